#pragma once
// The specialist's inbox (docs/telemedicine.md): requests of the chosen specialty routed to this
// hospital, urgent first then oldest first, fetched from the registry (online) through the
// ConsultationRemote calls; when the registry cannot be reached a clear message says so and
// the cached inbox is shown. The selected case with its photos side by side (zoom), Claim, and
// the reply form (answer or follow-up question).
#include "Screen.h"
#include "bhu/services/ConsultationService.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

class AnswerForm;
class ConsultationCaseView;
class SessionAccess;

class SpecialistInboxScreen : public Screen {
    Q_OBJECT
public:
    SpecialistInboxScreen(std::shared_ptr<SessionAccess> access, services::ConsultationRemote remote, QWidget* parent = nullptr);
    QString title() const override;

    QComboBox* specialtyBox() const { return m_specialty; }
    QTableWidget* table() const { return m_table; }
    ConsultationCaseView* caseView() const { return m_case; }
    AnswerForm* answerForm() const { return m_form; }
    QString currentId() const;
    QString message() const;
    bool isOffline() const { return m_offline; }

    void claim();
    void sendAnswer();
    void askFollowUp();

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCurrent();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<SessionAccess> m_access;
    services::ConsultationRemote m_remote;
    QList<services::ConsultationListItem> m_items;
    std::optional<services::ConsultationCase> m_open;
    bool m_offline = false;
    QComboBox* m_specialty = nullptr;
    QTableWidget* m_table = nullptr;
    ConsultationCaseView* m_case = nullptr;
    AnswerForm* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_claim = nullptr;
};

} // namespace bhu::ui
