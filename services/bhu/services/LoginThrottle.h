#pragma once
// Lockout with increasing delay after failed logins, per user (and for the recovery key).
// The state is kept in the key file, because the database is locked when logins fail: it
// survives restarts, and removing it means removing the key file, which locks everyone out.
// Failed attempts are also queued there and written to the audit trail at the next login.
// Limit: someone who can copy the files can try passwords offline; there only the PBKDF2 cost
// of each key slot slows them down (docs/security.md).
#include "bhu/db/KeySlots.h"
#include "bhu/domain/Clock.h"

namespace bhu::services {

struct LockoutPolicy {
    int freeAttempts = 3;        // failures before any delay
    int baseDelaySecs = 30;      // the first delay; it doubles with each further failure
    int maxDelaySecs = 15 * 60;
    qint64 delayAfter(int failures) const;   // seconds to wait after `failures` failures
};

class LoginThrottle {
public:
    LoginThrottle(QString dbPath, const Clock& clock, LockoutPolicy policy = {});
    // Forbidden ("try again in …") while the user must wait; ok otherwise.
    Status check(const QString& user) const;
    qint64 secondsToWait(const QString& user) const;
    void recordFailure(const QString& user, const QString& source);
    void recordSuccess(const QString& user);
    // The failures not yet in the audit trail; removes them from the key file.
    QList<db::UnreportedFailure> takeUnreported();

private:
    QString m_keyPath;
    const Clock& m_clock;
    LockoutPolicy m_policy;
};

} // namespace bhu::services
