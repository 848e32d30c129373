// Lockout with increasing delay after failed logins, kept in the key file (it survives a
// restart and a new LoginThrottle), and failed logins written to the audit trail at the next
// login. Auto-lock: forgetSensitiveData zeroes the key buffer and closes the handle.
#include "bhu/db/KeySlots.h"
#include "bhu/services/IdleMonitor.h"
#include "bhu/services/LoginThrottle.h"
#include "security_support.h"

using namespace bhu;
using namespace bhu::services;

namespace {
const QDateTime kStart(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

Result<std::unique_ptr<Session>> tryLogin(const bhu::test::TestDb& t, const QString& pw, const Clock& clock)
{
    return Session::unlock(t.path, bhu::test::kAdmin, pw, QStringLiteral("ui/unlock"), clock);
}
} // namespace

TEST(Lockout, DelayGrowsWithEachFailure)
{
    LockoutPolicy p;
    EXPECT_EQ(p.delayAfter(0), 0);
    EXPECT_EQ(p.delayAfter(2), 0);
    EXPECT_EQ(p.delayAfter(3), 30);
    EXPECT_EQ(p.delayAfter(4), 60);
    EXPECT_EQ(p.delayAfter(5), 120);
    EXPECT_EQ(p.delayAfter(40), 15 * 60);
}

TEST(Lockout, WrongPasswordsLockTheUserOutForLongerEachTime)
{
    auto t = bhu::test::makeTestDb();
    ManualClock clock(kStart);
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(tryLogin(t, QStringLiteral("guess-%1").arg(i), clock).is(ErrorCode::WrongPassword));
    // Now locked: even the right password is refused without being tried, with a clear message.
    auto locked = tryLogin(t, bhu::test::kPassword, clock);
    ASSERT_TRUE(locked.is(ErrorCode::Forbidden));
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("Try again"))) << locked.error().message.toStdString();
    // The state is in the key file: another throttle (another program start) sees it.
    EXPECT_EQ(LoginThrottle(t.path, clock).secondsToWait(bhu::test::kAdmin), 30);

    clock.advanceSecs(31);
    EXPECT_TRUE(tryLogin(t, QStringLiteral("guess-4"), clock).is(ErrorCode::WrongPassword));
    EXPECT_EQ(LoginThrottle(t.path, clock).secondsToWait(bhu::test::kAdmin), 60);   // doubled
    clock.advanceSecs(30);
    EXPECT_TRUE(tryLogin(t, bhu::test::kPassword, clock).is(ErrorCode::Forbidden));
    clock.advanceSecs(31);

    // Another user is not affected by the admin's lockout.
    EXPECT_EQ(LoginThrottle(t.path, clock).secondsToWait(QStringLiteral("nurse")), 0);

    auto ok = tryLogin(t, bhu::test::kPassword, clock);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(LoginThrottle(t.path, clock).secondsToWait(bhu::test::kAdmin), 0);   // reset by success
    // The four failed attempts were written to the audit trail at this login, with where from.
    auto& c = ok.value()->store().conn();
    EXPECT_EQ(c.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND username = 'admin' "
                                        "AND source = 'ui/unlock'"))
                  .value(),
              4);
    EXPECT_TRUE(db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path))->unreported().isEmpty());
}

TEST(Lockout, RecoveryKeyIsThrottledToo)
{
    auto t = bhu::test::makeTestDb();
    ManualClock clock(kStart);
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(Session::unlockWithRecoveryKey(t.path, QStringLiteral("AAAA-%1").arg(i), QStringLiteral("test"), clock).ok());
    EXPECT_TRUE(Session::unlockWithRecoveryKey(t.path, t.created.recoveryKey, QStringLiteral("test"), clock).is(ErrorCode::Forbidden));
}

TEST(AutoLock, ForgetSensitiveDataZeroesTheKeyAndClosesTheHandle)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::adminOf(t);
    ASSERT_TRUE(s);
    int zeroedKeys = 0;
    int nonZero = 0;
    db::SecretBytes::setWipeObserver([&](const char* data, qsizetype size) {
        for (qsizetype i = 0; i < size; ++i)
            if (data[i] != 0) ++nonZero;
        if (size == 32) ++zeroedKeys;
    });
    s->forgetSensitiveData(QStringLiteral("lock"));
    db::SecretBytes::setWipeObserver({});
    EXPECT_GE(zeroedKeys, 1) << "the 32-byte database key was not wiped";
    EXPECT_EQ(nonZero, 0);
    EXPECT_TRUE(s->isLocked());
    s.reset();
    auto again = bhu::test::adminOf(t);
    EXPECT_EQ(again->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'session.lock'")).value(), 1);
}

TEST(AutoLock, IdleMonitorFiresAfterTheConfiguredTimeWithoutActivity)
{
    ManualClock clock(kStart);
    IdleMonitor idle(clock, 300);
    EXPECT_FALSE(idle.isIdle());
    clock.advanceSecs(299);
    EXPECT_FALSE(idle.isIdle());
    idle.activity();
    clock.advanceSecs(299);
    EXPECT_FALSE(idle.isIdle());
    clock.advanceSecs(2);
    EXPECT_TRUE(idle.isIdle());
    idle.setTimeoutSecs(0);   // 0: never lock
    EXPECT_FALSE(idle.isIdle());
}
