#pragma once
// Admin → Language: the signed-in user's language, applied at once (every screen retranslates
// and mirrors, no restart) and kept for the user (services::UserPreferences), so that it is
// back the next time they sign in, on any computer of the clinic.
#include <QGroupBox>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class LanguagePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit LanguagePanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* urduDigitsBox() const { return m_urduDigits; }

public Q_SLOTS:
    // Stores the choice for the user and applies it; false (and a message) when it was refused.
    bool choose(const QString& code);

private:
    std::shared_ptr<services::Session> m_session;
    QComboBox* m_language = nullptr;
    QCheckBox* m_urduDigits = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace bhu::ui
