#pragma once
// A signed-in user on an unlocked database: the entry point of every service call.
// Opening is slow on purpose (key derivation): call unlock() off the GUI thread.
#include "bhu/db/Store.h"
#include "bhu/services/Permissions.h"

#include <memory>
#include <mutex>

namespace bhu::services {

class Session {
public:
    explicit Session(std::unique_ptr<db::Store> store, QString source);
    ~Session();

    // Unlocks the database with a user's password and records the login in the audit trail.
    static Result<std::unique_ptr<Session>> unlock(const QString& dbPath, const QString& user, const QString& password,
                                                   const QString& source);

    db::Store& store() { return *m_store; }
    const db::UserRecord& user() const { return m_store->user(); }
    Role role() const { return m_store->user().role; }
    const db::FacilityInfo& facility() const { return m_store->facility(); }
    db::Actor actor() const { return m_store->actor(m_source); }
    Status require(Permission p) const { return check(role(), p); }
    // One database handle serves the session: every service call holds this lock, so a search
    // on a worker thread and a save on the GUI thread never share the handle at once.
    std::unique_lock<std::recursive_mutex> guard() { return std::unique_lock(m_mutex); }

private:
    std::unique_ptr<db::Store> m_store;
    std::recursive_mutex m_mutex;
    QString m_source;
};

} // namespace bhu::services
