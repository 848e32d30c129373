#pragma once
// Admin → Teleconsultation: the facility's video-meeting link (an https:// address of the
// meeting room the BHU uses with the hospital), offered as "Call" on an answered consultation.
// Stored in the encrypted database (services::TeleconsultSettings, audited); checked on Save.
#include <QGroupBox>
#include <memory>

class QLabel;
class QLineEdit;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class TeleconsultPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit TeleconsultPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    QLineEdit* meetingUrlEdit() const { return m_url; }
    QString message() const;

public Q_SLOTS:
    bool save();   // false (and the reason shown) when refused

private:
    std::shared_ptr<services::Session> m_session;
    QLineEdit* m_url = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace bhu::ui
