#include "PasswordDialog.h"

#include "bhu/domain/Roles.h"
#include "bhu/services/PasswordPolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bhu::ui {

PasswordDialog::PasswordDialog(Kind kind, const QString& username, QWidget* parent) : QDialog(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(kind == Kind::NewUser ? tr("Add a user") : kind == Kind::Reset ? tr("Reset the password of %1").arg(username)
                                                                                   : tr("Change my password"));
    auto* form = new QFormLayout;
    m_user = new QLineEdit(username, this);
    m_user->setObjectName(QStringLiteral("userNameEdit"));
    m_user->setReadOnly(kind != Kind::NewUser);
    form->addRow(tr("&User name:"), m_user);
    if (kind == Kind::NewUser) {
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
        form->addRow(tr("&Full name:"), m_fullName);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (Role r : {Role::FrontDesk, Role::Lhw, Role::Clinician, Role::Supervisor, Role::Admin}) m_role->addItem(roleDisplayName(r));
        form->addRow(tr("R&ole:"), m_role);
    }
    if (kind == Kind::Own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("ruleLabel"));
    m_rule->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rule);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_user, m_password, m_repeat}) connect(e, &QLineEdit::textChanged, this, &PasswordDialog::update);
    update();
    (kind == Kind::NewUser ? m_user : kind == Kind::Own ? m_current : m_password)->setFocus();
}

QString PasswordDialog::username() const { return m_user->text().trimmed(); }
QString PasswordDialog::fullName() const { return m_fullName ? m_fullName->text().trimmed() : QString(); }
int PasswordDialog::roleIndex() const { return m_role ? m_role->currentIndex() : 0; }
QString PasswordDialog::currentPassword() const { return m_current ? m_current->text() : QString(); }
QString PasswordDialog::newPassword() const { return m_password->text(); }

void PasswordDialog::showError(const QString& message) { m_rule->setText(message); }

void PasswordDialog::update()
{
    const Status s = services::checkPasswordStrength(m_password->text(), m_user->text());
    const bool same = m_password->text() == m_repeat->text();
    m_rule->setText(!s.ok() ? s.error().message : !same ? tr("The two passwords differ.") : tr("The password is good."));
    m_ok->setEnabled(s.ok() && same && !username().isEmpty());
}

} // namespace bhu::ui
