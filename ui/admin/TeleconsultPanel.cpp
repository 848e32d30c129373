#include "TeleconsultPanel.h"

#include "bhu/services/TeleconsultSettings.h"
#include "consult/StatusMessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bhu::ui {

TeleconsultPanel::TeleconsultPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Teleconsultation"), parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("teleconsultPanel"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("meetingUrlEdit"));
    m_url->setPlaceholderText(tr("https://meet.example.org/your-bhu", "an example address; keep it in Latin letters"));
    m_url->setToolTip(tr("The video-meeting room the BHU uses with the specialists. Offered as \"Call\" on an answered consultation."));
    auto* save = new QPushButton(tr("Save &link"), this);
    save->setObjectName(QStringLiteral("saveMeetingUrlButton"));
    save->setAutoDefault(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teleconsultMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(save);
    auto* form = new QFormLayout(this);
    auto* label = new QLabel(tr("&Video-meeting link:"), this);
    label->setBuddy(m_url);
    form->addRow(label, row);
    form->addRow(m_message);
    auto url = services::TeleconsultSettings(*m_session).meetingUrl();
    if (url.ok()) m_url->setText(url.value());
    connect(save, &QPushButton::clicked, this, &TeleconsultPanel::save);
    connect(m_url, &QLineEdit::returnPressed, this, &TeleconsultPanel::save);
}

QString TeleconsultPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool TeleconsultPanel::save()
{
    const Status st = services::TeleconsultSettings(*m_session).setMeetingUrl(m_url->text());
    if (!st.ok()) {
        showStatus(m_message, st.error().message, true);
        return false;
    }
    m_url->setText(m_url->text().trimmed());
    showStatus(m_message, m_url->text().isEmpty() ? tr("No video-meeting link: \"Call\" is not offered.") : tr("Video-meeting link saved."), false);
    return true;
}

} // namespace bhu::ui
