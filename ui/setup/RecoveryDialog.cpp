#include "RecoveryDialog.h"

#include "bhu/services/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

RecoveryDialog::RecoveryDialog(QString databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_watcher(new QFutureWatcher<Status>(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Use the recovery key"));
    auto* intro = new QLabel(tr("Type the recovery key from the sheet in the facility's safe, and a new password for an "
                                "administrator account."),
                             this);
    intro->setWordWrap(true);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    //: The shape of a recovery key: eight groups of four letters or digits.
    m_key->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_user = new QLineEdit(QStringLiteral("admin"), this);
    m_user->setObjectName(QStringLiteral("recoveryAdminEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("recoveryPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("recoveryRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &key:"), m_key);
    form->addRow(tr("&Administrator:"), m_user);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Set the password"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, &RecoveryDialog::onFinished);
    m_key->setFocus();
}

QString RecoveryDialog::adminUser() const { return m_user->text().trimmed(); }

void RecoveryDialog::submit()
{
    if (isBusy()) return;
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    m_message->setText(tr("Checking the recovery key… this takes a moment."));
    m_ok->setEnabled(false);
    const QString path = m_databasePath, key = m_key->text(), user = adminUser(), pw = m_password->text();
    m_watcher->setFuture(QtConcurrent::run([path, key, user, pw] {
        return services::UserService::recoverAdmin(path, key, user, pw, QStringLiteral("ui/unlock/recovery"));
    }));
}

void RecoveryDialog::reject()
{
    if (!isBusy()) QDialog::reject();
}

void RecoveryDialog::onFinished()
{
    const Status s = m_watcher->result();
    m_ok->setEnabled(true);
    if (!s.ok()) {
        m_message->setText(s.error().message);
        return;
    }
    m_key->clear();
    m_password->clear();
    m_repeat->clear();
    accept();
}

} // namespace bhu::ui
