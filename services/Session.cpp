#include "bhu/services/Session.h"

#include "bhu/db/AuditLog.h"

namespace bhu::services {

Session::Session(std::unique_ptr<db::Store> store, QString source) : m_store(std::move(store)), m_source(std::move(source)) {}

Session::~Session() = default;

db::Actor Session::actor() const
{
    const auto lock = guard();
    return m_store->actor(m_source);
}

void Session::setSource(const QString& source)
{
    const auto lock = guard();
    m_source = source;
}

Result<std::unique_ptr<Session>> Session::unlock(const QString& dbPath, const QString& user, const QString& password,
                                                 const QString& source, const Clock& clock)
{
    LoginThrottle throttle(dbPath, clock);
    BHU_TRY(throttle.check(user));
    return finishUnlock(db::Store::open(dbPath, user, password), dbPath, user, source, clock);
}

Result<std::unique_ptr<Session>> Session::unlockWithRecoveryKey(const QString& dbPath, const QString& recoveryKey,
                                                                const QString& source, const Clock& clock)
{
    LoginThrottle throttle(dbPath, clock);
    BHU_TRY(throttle.check(db::KeySlotFile::kRecoveryPrincipal));
    return finishUnlock(db::Store::openWithRecoveryKey(dbPath, recoveryKey), dbPath, db::KeySlotFile::kRecoveryPrincipal, source, clock);
}

Result<std::unique_ptr<Session>> Session::finishUnlock(Result<std::unique_ptr<db::Store>> store, const QString& dbPath,
                                                       const QString& principal, const QString& source, const Clock& clock)
{
    LoginThrottle throttle(dbPath, clock);
    if (!store.ok()) {
        if (store.is(ErrorCode::WrongPassword)) throttle.recordFailure(principal, source);
        return store.error();
    }
    throttle.recordSuccess(principal);
    auto s = std::make_unique<Session>(std::move(store.value()), source);
    db::AuditLog audit(s->store().conn());
    // Failed attempts happened while the database was locked; they are written now, by whoever
    // got in, with the time and place of the attempt.
    for (const db::UnreportedFailure& f : throttle.takeUnreported())
        BHU_TRY(audit.record(db::Actor{QString(), f.user, f.source}, QStringLiteral("login.failed"), QStringLiteral("User"), QString(),
                             QString(), QStringLiteral("attempted_at=") + f.at));
    BHU_TRY(audit.record(s->actor(), principal == db::KeySlotFile::kRecoveryPrincipal ? QStringLiteral("login.recovery_key")
                                                                                      : QStringLiteral("login")));
    return s;
}

void Session::forgetSensitiveData(const QString& why)
{
    const auto lock = guard();
    if (m_locked) return;
    (void)db::AuditLog(m_store->conn()).record(m_store->actor(m_source), QStringLiteral("session.") + why);
    m_store->close();
    m_locked = true;
}

} // namespace bhu::services
