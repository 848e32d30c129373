#pragma once
// Asks for a new password twice (and, for one's own, the current one), showing the password
// rule as it is typed. The caller does the work when accepted; keyboard only: Enter accepts.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QComboBox;

namespace bhu::ui {

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { NewUser, Reset, Own };
    PasswordDialog(Kind kind, const QString& username, QWidget* parent = nullptr);

    QString username() const;
    QString fullName() const;
    int roleIndex() const;   // NewUser: index into Role
    QString currentPassword() const;
    QString newPassword() const;
    void showError(const QString& message);

private:
    void update();
    Kind m_kind;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_fullName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_rule = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace bhu::ui
