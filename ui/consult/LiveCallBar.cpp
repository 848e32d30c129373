#include "LiveCallBar.h"

#include "bhu/services/TeleconsultSettings.h"
#include "patients/SessionAccess.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace bhu::ui {

LiveCallBar::LiveCallBar(std::shared_ptr<SessionAccess> access, QWidget* parent) : QWidget(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("liveCallBar"));
    m_call = new QPushButton(tr("&Call (video meeting)"), this);
    m_call->setObjectName(QStringLiteral("callButton"));
    m_call->setAutoDefault(false);
    m_log = new QPushButton(tr("&Log call…"), this);
    m_log->setObjectName(QStringLiteral("logCallButton"));
    m_log->setAutoDefault(false);
    m_log->setToolTip(tr("Records the call as a teleconsultation encounter of this patient."));
    m_phone = new QLabel(this);
    m_phone->setObjectName(QStringLiteral("specialistPhone"));
    m_phone->setTextFormat(Qt::PlainText);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_call);
    layout->addWidget(m_phone, 1);
    layout->addWidget(m_log);
    connect(m_call, &QPushButton::clicked, this, &LiveCallBar::call);
    connect(m_log, &QPushButton::clicked, this, &LiveCallBar::askToLogCall);
    hide();
}

QString LiveCallBar::phoneText() const
{
    return m_phone->isHidden() ? QString() : m_phone->text();
}

void LiveCallBar::setCase(const std::optional<services::ConsultationCase>& c)
{
    const auto answer = c ? c->answer() : std::nullopt;
    m_id = c ? c->request.id : QString();
    m_url.clear();
    if (answer) {
        auto url = m_access->runWith<services::TeleconsultSettings>([](services::TeleconsultSettings& s) { return s.meetingUrl(); });
        if (url.ok()) m_url = url.value();
    }
    const QString phone = answer ? answer->authorPhone : QString();
    const QString who = answer ? (answer->authorName.isEmpty() ? answer->author : answer->authorName) : QString();
    m_phone->setText(phone.isEmpty() ? QString() : tr("%1's phone: %2").arg(who, phone));
    m_phone->setVisible(!phone.isEmpty());
    m_call->setVisible(!m_url.isEmpty());
    m_call->setToolTip(tr("Opens %1. Both ends must be online.").arg(m_url));
    m_log->setVisible(m_access->runWith<services::ConsultationService>([](services::ConsultationService& s) { return s.mayRequest(); }));
    setVisible(answer && (!m_url.isEmpty() || !phone.isEmpty()));
}

void LiveCallBar::askToLogCall()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("logCallDialog"));
    dialog->setWindowTitle(tr("Log the call"));
    dialog->setLabelText(tr("How many minutes did the call with the specialist last?"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 240);
    dialog->setIntValue(10);
    connect(dialog, &QInputDialog::intValueSelected, this, [this](int minutes) { logCall(minutes); });
    dialog->open();
}

bool LiveCallBar::logCall(int minutes)
{
    if (m_id.isEmpty()) return false;
    const QString id = m_id;
    services::ConsultationCallLog entry;
    entry.minutes = minutes;
    auto v = m_access->runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.logCall(id, entry); });
    if (!v.ok()) {
        Q_EMIT failed(v.error().message);
        return false;
    }
    Q_EMIT callLogged(v.value(), tr("The call was recorded as a teleconsultation encounter of the patient; it travels with the next sync."));
    return true;
}

void LiveCallBar::call()
{
    if (!m_url.isEmpty()) QDesktopServices::openUrl(QUrl(m_url));
}

} // namespace bhu::ui
