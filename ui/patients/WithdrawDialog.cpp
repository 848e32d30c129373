#include "WithdrawDialog.h"

#include "bhu/services/WithdrawalService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bhu::ui {

WithdrawDialog::WithdrawDialog(const QString& title, const QString& what, Action action, QWidget* parent)
    : QDialog(parent), m_action(std::move(action))
{
    setObjectName(QStringLiteral("withdrawDialog"));
    setWindowTitle(title);
    auto* explain = new QLabel(what + u"\n\n"
                                   + tr("Nothing is deleted: the record stays in the database and in the audit trail, marked "
                                        "as withdrawn with your name and the reason. It no longer counts here (history, "
                                        "today's visits, reports, exports) nor, after the next sync, at other facilities. "
                                        "This cannot be undone."),
                               this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("&Reason (at least %1 characters):").arg(QLocale().toString(services::WithdrawalService::kMinReasonLength)), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("withdrawReason"));
    m_reason->setPlaceholderText(tr("for example: recorded under the wrong patient"));
    label->setBuddy(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("withdrawError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(p);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Withdraw"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("withdrawConfirmButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &WithdrawDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WithdrawDialog::withdraw);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    m_reason->setFocus();
}

QString WithdrawDialog::reason() const { return m_reason->text().trimmed(); }

void WithdrawDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason().size() >= services::WithdrawalService::kMinReasonLength);
}

void WithdrawDialog::withdraw()
{
    if (reason().size() < services::WithdrawalService::kMinReasonLength) return;
    const Status s = m_action(reason());
    if (!s.ok()) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace bhu::ui
