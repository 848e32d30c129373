#pragma once
// "New answers" after a sync, in the main window's status bar (not modal): how many specialists'
// answers and follow-up questions the sync brought (ConsultationService::newAnswersSince), with
// "Open" (Ctrl+Shift+O) going to the Consultations screen and "Dismiss". Hidden when there is
// nothing new. check() is called when a sync run finishes (automatic or Sync now).
#include <QDateTime>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::ui {

class SessionAccess;

class NewAnswersNotice : public QWidget {
    Q_OBJECT
public:
    explicit NewAnswersNotice(QWidget* parent = nullptr);

    // The session to ask (the screens' access; set again when they are rebuilt).
    void setAccess(std::shared_ptr<SessionAccess> access) { m_access = std::move(access); }
    // Answers and questions stored after this time count as new (default: when created).
    void setSince(const QDateTime& t) { m_since = t; }
    QString text() const;
    int count() const { return m_answers + m_questions; }

public Q_SLOTS:
    void check();     // after a sync: shows the notice when something new arrived
    void dismiss();

Q_SIGNALS:
    void openRequested();

private:
    std::shared_ptr<SessionAccess> m_access;
    QDateTime m_since;
    int m_answers = 0;
    int m_questions = 0;
    QLabel* m_label = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace bhu::ui
