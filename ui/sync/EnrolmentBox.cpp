#include "EnrolmentBox.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace bhu::ui {

EnrolmentBox::EnrolmentBox(bool mayEnrol, QWidget* parent) : QGroupBox(tr("Enrol with the registry"), parent), m_may(mayEnrol)
{
    setObjectName(QStringLiteral("enrolmentBox"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("registryUrl"));
    //: An example registry address; keep it a web address.
    m_url->setPlaceholderText(tr("https://registry.example.gov.pk/fhir"));
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("enrolmentToken"));
    m_token->setLayoutDirection(Qt::LeftToRight);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setLayoutDirection(Qt::LeftToRight);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Certificate authority of the registry"), {}, tr("Certificates (*.pem *.crt)"));
        if (!f.isEmpty()) m_ca->setText(f);
    });
    m_enrol = new QPushButton(tr("&Enrol"), this);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setEnabled(m_may);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enrolmentMessage"));
    m_message->setWordWrap(true);
    if (!m_may) m_message->setText(tr("Only an administrator can enrol this clinic."));

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca);
    caRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The registry operator gives you its address and a one-time enrolment token."), this));
    form->addRow(tr("Registry &address:"), m_url);
    form->addRow(tr("Enrolment &token:"), m_token);
    form->addRow(tr("Certificate authority (optional):"), caRow);
    form->addRow(m_enrol);
    form->addRow(m_message);

    connect(m_enrol, &QPushButton::clicked, this, [this] {
        const QUrl url(m_url->text().trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            showResult(false, tr("The registry address must look like https://registry.example.gov.pk/fhir."));
            m_url->setFocus();
            return;
        }
        if (m_token->text().trimmed().isEmpty()) {
            showResult(false, tr("Type the enrolment token the registry operator gave you."));
            m_token->setFocus();
            return;
        }
        Q_EMIT enrolRequested(m_url->text().trimmed(), m_token->text().trimmed(), m_ca->text().trimmed());
    });
}

void EnrolmentBox::setBusy(bool busy)
{
    m_enrol->setEnabled(m_may && !busy);
    if (busy) {
        m_message->setStyleSheet({});
        m_message->setText(tr("Enrolling…"));
    }
}

void EnrolmentBox::showResult(bool ok, const QString& message)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(ok ? tr("Enrolled. This clinic now syncs with the registry.") : message);
}

} // namespace bhu::ui
