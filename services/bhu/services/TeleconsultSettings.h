#pragma once
// The facility's teleconsultation settings, kept in the encrypted database's settings (audited
// "setting.change"): the video-meeting link offered as "Call" when a specialist has answered
// (docs/telemedicine.md, "Live call"). Anyone who deals with consultations reads it; only the
// administrator (Permission::EnrolDevice: the facility's connection settings) changes it.
#include "bhu/services/Session.h"

namespace bhu::services {

class TeleconsultSettings {
public:
    explicit TeleconsultSettings(Session& s) : m_s(s) {}
    // Empty when none is configured.
    Result<QString> meetingUrl();
    // An https:// URL with a host, or empty to remove it; Invalid otherwise.
    Status setMeetingUrl(const QString& url);
    bool mayChange() const { return allowed(m_s.role(), Permission::EnrolDevice); }
    static Status validateMeetingUrl(const QString& url);

private:
    Session& m_s;
};

} // namespace bhu::services
