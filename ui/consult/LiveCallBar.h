#pragma once
// The optional live call of an answered teleconsultation: "Call" opens the facility's
// video-meeting link (Admin → Teleconsultation) in the browser, and the specialist's phone number
// from the answer is shown to dial. Shown only when there is an answer and a link or a phone; a
// call needs both ends online (the link says nothing about the specialist being there).
// "Log call…" records the call as a teleconsultation encounter (ConsultationService::logCall).
#include "bhu/services/ConsultationService.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace bhu::ui {

class SessionAccess;

class LiveCallBar : public QWidget {
    Q_OBJECT
public:
    explicit LiveCallBar(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void setCase(const std::optional<services::ConsultationCase>& c);
    QString meetingUrl() const { return m_url; }
    QString phoneText() const;
    QPushButton* callButton() const { return m_call; }
    QPushButton* logButton() const { return m_log; }

public Q_SLOTS:
    void call();   // opens the meeting link (QDesktopServices)
    void askToLogCall();             // asks the call's length, then logCall()
    bool logCall(int minutes);       // false (and failed()) when refused

Q_SIGNALS:
    void callLogged(const bhu::Visit& encounter, const QString& message);
    void failed(const QString& message);

private:
    std::shared_ptr<SessionAccess> m_access;
    QString m_url;
    QString m_id;
    QLabel* m_phone = nullptr;
    QPushButton* m_call = nullptr;
    QPushButton* m_log = nullptr;
};

} // namespace bhu::ui
