#include "RegistryLookupDialog.h"

#include "RegistryFetchJob.h"
#include "SessionAccess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bhu::ui {

RegistryLookupDialog::RegistryLookupDialog(std::shared_ptr<SessionAccess> access, services::RegistryFetch fetch, QWidget* parent)
    : QDialog(parent), m_access(std::move(access)), m_fetch(std::move(fetch))
{
    setObjectName(QStringLiteral("registryLookupDialog"));
    setWindowTitle(tr("Look up in the national registry"));
    setModal(true);
    auto* intro = new QLabel(tr("For a patient registered at another facility. You need a connection to the registry. "
                                "The lookup and your reason are recorded here and at the registry."),
                             this);
    intro->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("lookupKind"));
    m_kind->addItem(tr("MR number"), IdSystem::Mr);
    m_kind->addItem(tr("CNIC"), IdSystem::Cnic);
    m_kind->addItem(tr("B-form"), IdSystem::BForm);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("lookupNumber"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("lookupReason"));
    m_reason->setPlaceholderText(tr("Why do you need this patient's record? (e.g. referred here with fever, needs earlier visits)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("lookupBusy"));
    m_busy->setRange(0, 0);   // no measure: the registry answers in one go
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_job = new RegistryFetchJob(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Find by:"), m_kind);
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Look up"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("lookupButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("lookupCancel"));

    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isAsking()) cancelLookUp();   // the first Cancel stops the question, the next closes
        else QDialog::reject();
    });
    connect(m_job, &RegistryFetchJob::finished, this, &RegistryLookupDialog::onAnswer);
    connect(m_go, &QPushButton::clicked, this, &RegistryLookupDialog::lookUp);
    connect(m_number, &QLineEdit::textChanged, this, &RegistryLookupDialog::updateButton);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RegistryLookupDialog::updateButton);
    updateButton();
}

void RegistryLookupDialog::setNumber(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit()) digits += c;
    m_number->setText(digits);
    m_kind->setCurrentIndex(digits.size() == 13 ? 1 : 0);
}

bool RegistryLookupDialog::isAsking() const { return m_job->isRunning(); }

void RegistryLookupDialog::reject()
{
    m_job->cancel();
    QDialog::reject();
}

void RegistryLookupDialog::setAsking(bool asking)
{
    m_kind->setEnabled(!asking);
    m_number->setReadOnly(asking);
    m_reason->setReadOnly(asking);
    m_busy->setVisible(asking);
    m_cancel->setToolTip(asking ? tr("Stops asking the registry. Nothing is fetched.") : QString());
    updateButton();
}

void RegistryLookupDialog::updateButton()
{
    m_go->setEnabled(!isAsking() && !m_number->text().trimmed().isEmpty() &&
                     m_reason->toPlainText().simplified().size() >= services::RegistryLookupService::kMinReasonLength);
}

void RegistryLookupDialog::lookUp()
{
    if (isAsking()) return;
    const services::RegistryQuery q{m_kind->currentData().toString(), m_number->text(), m_reason->toPlainText()};
    // Checked and audited here (the session, GUI thread); the question goes from a worker.
    auto prepared = m_access->runWith<services::RegistryLookupService>(
        [&](services::RegistryLookupService& s) { return s.prepareLookUp(q); });
    if (!prepared.ok()) {
        m_status->setText(prepared.error().message);
        return;
    }
    m_status->setText(tr("Asking the national registry…"));
    m_job->start(prepared.value(), m_fetch);
    setAsking(true);
}

void RegistryLookupDialog::cancelLookUp()
{
    m_job->cancel();
    setAsking(false);
    m_status->setText(tr("Cancelled. Nothing was fetched from the registry."));
}

void RegistryLookupDialog::onAnswer()
{
    const Result<db::PulledPage> page = m_job->result();
    auto r = m_access->runWith<services::RegistryLookupService>(
        [&](services::RegistryLookupService& s) { return s.applyLookUp(page); });
    setAsking(false);
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_patientId = r.value();
    Q_EMIT patientFetched(m_patientId);
    accept();
}

} // namespace bhu::ui
