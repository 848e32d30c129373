#include "bhu/services/TeleconsultSettings.h"

#include "bhu/db/Settings.h"

#include <QCoreApplication>
#include <QUrl>

namespace bhu::services {

namespace {
const QString kMeetingUrl = QStringLiteral("teleconsult.meeting_url");
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::TeleconsultSettings", s); }
} // namespace

Status TeleconsultSettings::validateMeetingUrl(const QString& url)
{
    if (url.isEmpty()) return {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QStringLiteral("https") || u.host().isEmpty() || !u.userInfo().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The video-meeting link must be a complete https:// address, e.g. "
                                                  "https://meet.example.org/bhu-0042. Copy it from the meeting service."));
    return {};
}

Result<QString> TeleconsultSettings::meetingUrl()
{
    if (!allowed(m_s.role(), Permission::RequestConsultation) && !allowed(m_s.role(), Permission::AnswerConsultation) && !mayChange())
        return Error::make(ErrorCode::Forbidden, tr("Your role does not deal with teleconsultations."));
    const auto lock = m_s.guard();
    return db::Settings(m_s.store().conn()).value(kMeetingUrl);
}

Status TeleconsultSettings::setMeetingUrl(const QString& url)
{
    BHU_TRY(m_s.require(Permission::EnrolDevice));
    const QString clean = url.trimmed();
    BHU_TRY(validateMeetingUrl(clean));
    const auto lock = m_s.guard();
    return db::Settings(m_s.store().conn()).setValue(kMeetingUrl, clean, m_s.actor());
}

} // namespace bhu::services
