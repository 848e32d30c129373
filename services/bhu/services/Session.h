#pragma once
// A signed-in user on an unlocked database: the entry point of every service call.
// Opening is slow on purpose (key derivation): call unlock() off the GUI thread.
#include "bhu/db/Store.h"
#include "bhu/domain/Clock.h"
#include "bhu/services/LoginThrottle.h"
#include "bhu/services/Permissions.h"

#include <memory>
#include <mutex>

namespace bhu::services {

class Session {
public:
    explicit Session(std::unique_ptr<db::Store> store, QString source);
    ~Session();

    // Unlocks the database with a user's password and records the login in the audit trail,
    // together with the failed attempts since the last login. A wrong password counts towards
    // the user's lockout (LoginThrottle); while locked out no password is even tried.
    static Result<std::unique_ptr<Session>> unlock(const QString& dbPath, const QString& user, const QString& password,
                                                   const QString& source, const Clock& clock = Clock::system());
    // The recovery key opens the database with administrator rights (throttled like a user).
    static Result<std::unique_ptr<Session>> unlockWithRecoveryKey(const QString& dbPath, const QString& recoveryKey,
                                                                  const QString& source, const Clock& clock = Clock::system());

    db::Store& store() { return *m_store; }
    const db::UserRecord& user() const { return m_store->user(); }
    Role role() const { return m_store->user().role; }
    const db::FacilityInfo& facility() const { return m_store->facility(); }
    db::Actor actor() const;
    // The screen or command that acts from now on (recorded in each audit entry).
    void setSource(const QString& source);
    Status require(Permission p) const { return check(role(), p); }
    // One database handle serves the session: every service call holds this lock, so a search
    // on a worker thread and a save on the GUI thread never share the handle at once.
    std::unique_lock<std::recursive_mutex> guard() const { return std::unique_lock(m_mutex); }

    // The one path for lock and logout: records it, closes the handle and wipes the key.
    // The session is unusable afterwards; callers drop it.
    void forgetSensitiveData(const QString& why);
    bool isLocked() const { return m_locked; }

private:
    static Result<std::unique_ptr<Session>> finishUnlock(Result<std::unique_ptr<db::Store>> store, const QString& dbPath,
                                                         const QString& principal, const QString& source, const Clock& clock);
    std::unique_ptr<db::Store> m_store;
    mutable std::recursive_mutex m_mutex;
    QString m_source;
    bool m_locked = false;
};

} // namespace bhu::services
