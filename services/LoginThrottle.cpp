#include "bhu/services/LoginThrottle.h"

#include <QCoreApplication>

namespace bhu::services {

qint64 LockoutPolicy::delayAfter(int failures) const
{
    if (failures < freeAttempts) return 0;
    const int doublings = qMin(failures - freeAttempts, 20);
    return qMin<qint64>(qint64(baseDelaySecs) << doublings, maxDelaySecs);
}

LoginThrottle::LoginThrottle(QString dbPath, const Clock& clock, LockoutPolicy policy)
    : m_keyPath(db::KeySlotFile::pathFor(dbPath)), m_clock(clock), m_policy(policy)
{
}

qint64 LoginThrottle::secondsToWait(const QString& user) const
{
    auto keys = db::KeySlotFile::load(m_keyPath);
    if (!keys.ok()) return 0;
    const db::LoginFailures f = keys->failures(user);
    if (f.count == 0) return 0;
    const QDateTime last = QDateTime::fromString(f.lastAt, Qt::ISODateWithMs);
    if (!last.isValid()) return m_policy.delayAfter(f.count);
    const qint64 waited = last.secsTo(m_clock.nowUtc());
    // A clock set back does not shorten the wait below the full delay.
    return qMax<qint64>(0, m_policy.delayAfter(f.count) - qMax<qint64>(0, waited));
}

Status LoginThrottle::check(const QString& user) const
{
    const qint64 wait = secondsToWait(user);
    if (wait <= 0) return {};
    const qint64 minutes = (wait + 59) / 60;
    return Error::make(ErrorCode::Forbidden,
                       wait < 60 ? QCoreApplication::translate("bhu::services::LoginThrottle",
                                                               "Too many wrong passwords. Try again in %n second(s).", nullptr, int(wait))
                                 : QCoreApplication::translate("bhu::services::LoginThrottle",
                                                               "Too many wrong passwords. Try again in %n minute(s).", nullptr, int(minutes)),
                       QStringLiteral("locked-out"));
}

void LoginThrottle::recordFailure(const QString& user, const QString& source)
{
    auto keys = db::KeySlotFile::load(m_keyPath);
    if (!keys.ok()) return;
    db::LoginFailures f = keys->failures(user);
    ++f.count;
    f.lastAt = isoUtc(m_clock.nowUtc());
    keys->setFailures(user, f);
    keys->addUnreported(db::UnreportedFailure{db::KeySlotFile::normalizeUser(user), f.lastAt, source});
    (void)keys->save();
}

void LoginThrottle::recordSuccess(const QString& user)
{
    auto keys = db::KeySlotFile::load(m_keyPath);
    if (!keys.ok() || keys->failures(user).count == 0) return;
    keys->clearFailures(user);
    (void)keys->save();
}

QList<db::UnreportedFailure> LoginThrottle::takeUnreported()
{
    auto keys = db::KeySlotFile::load(m_keyPath);
    if (!keys.ok() || keys->unreported().isEmpty()) return {};
    QList<db::UnreportedFailure> out = keys->unreported();
    keys->clearUnreported();
    if (!keys->save().ok()) return {};
    return out;
}

} // namespace bhu::services
