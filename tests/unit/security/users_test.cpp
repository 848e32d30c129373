// Users and key slots: adding a user, changing and resetting a password, disabling an account
// and the recovery key rewrite only the key file; the database is never re-encrypted.
#include "bhu/db/KeySlots.h"
#include "bhu/services/UserService.h"
#include "security_support.h"

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kNurse = QStringLiteral("nurse");
const QString kNursePw = QStringLiteral("ward-pass-2026");

// The main database file after a checkpoint: what "re-encrypting" would change.
QByteArray checkpointedDbHash(Session& s, const QString& path)
{
    EXPECT_TRUE(s.store().conn().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    return bhu::test::sha256Of(path);
}
} // namespace

TEST(Users, AddChangeResetRewriteOnlyTheKeyFile)
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    ASSERT_TRUE(admin);
    const QByteArray dbBefore = checkpointedDbHash(*admin, t.path);
    const QDateTime mtimeBefore = QFileInfo(t.path).lastModified();
    const QByteArray keysBefore = bhu::test::sha256Of(db::KeySlotFile::pathFor(t.path));

    UserService users(*admin);
    ASSERT_TRUE(users.add(kNurse, QStringLiteral("Nurse Amina"), Role::Clinician, kNursePw).ok());
    ASSERT_TRUE(users.resetPassword(kNurse, QStringLiteral("reset-by-admin-1")).ok());

    // The changes went to the WAL (users row, audit entries) and the key file; the main file's
    // pages were not rewritten with another key.
    EXPECT_EQ(bhu::test::sha256Of(t.path), dbBefore);
    EXPECT_EQ(QFileInfo(t.path).lastModified(), mtimeBefore);
    EXPECT_NE(bhu::test::sha256Of(db::KeySlotFile::pathFor(t.path)), keysBefore);
    // Every page still opens with the same key: the admin's slot and the nurse's give one key.
    auto keys = db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(keys.ok());
    auto k1 = keys->unlock(bhu::test::kAdmin, bhu::test::kPassword);
    auto k2 = keys->unlock(kNurse, QStringLiteral("reset-by-admin-1"));
    ASSERT_TRUE(k1.ok() && k2.ok());
    EXPECT_EQ(k1->bytes(), k2->bytes());
    admin.reset();

    EXPECT_FALSE(Session::unlock(t.path, kNurse, kNursePw, QStringLiteral("test")).ok());   // the old password is gone
    auto nurse = bhu::test::sessionAs(t, kNurse, QStringLiteral("reset-by-admin-1"));
    ASSERT_TRUE(nurse);
    UserService own(*nurse);
    EXPECT_TRUE(own.changeOwnPassword(QStringLiteral("wrong-current-1"), QStringLiteral("my-own-secret-9")).is(ErrorCode::WrongPassword));
    ASSERT_TRUE(own.changeOwnPassword(QStringLiteral("reset-by-admin-1"), QStringLiteral("my-own-secret-9")).ok());
    // A clinician may not manage users, from the UI or bhuctl alike.
    EXPECT_TRUE(own.list().is(ErrorCode::Forbidden));
    EXPECT_TRUE(own.resetPassword(bhu::test::kAdmin, QStringLiteral("taken-over-123")).is(ErrorCode::Forbidden));
    nurse.reset();
    EXPECT_TRUE(bhu::test::sessionAs(t, kNurse, QStringLiteral("my-own-secret-9")));

    auto again = bhu::test::adminOf(t);
    auto& c = again->store().conn();
    for (const char* action : {"user.add", "user.password_reset", "user.password_change"})
        EXPECT_EQ(c.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action))).value(), 1)
            << action;
}

TEST(Users, PasswordRuleIsEnforced)
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    UserService users(*admin);
    for (const char* weak : {"short1", "onlyletters", "1234567890", "xnursex-99-long"}) {
        auto r = users.add(QStringLiteral("nurse"), {}, Role::Clinician, QString::fromLatin1(weak));
        EXPECT_TRUE(r.is(ErrorCode::Invalid)) << weak;
    }
    EXPECT_TRUE(users.add(QStringLiteral("nurse"), {}, Role::Clinician, QStringLiteral("a long passphrase of words")).ok());
}

TEST(Users, DeactivatedUserCannotUnlockAndLastAdminStays)
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    UserService users(*admin);
    ASSERT_TRUE(users.add(kNurse, {}, Role::Lhw, kNursePw).ok());
    EXPECT_TRUE(users.deactivate(bhu::test::kAdmin).is(ErrorCode::Invalid));   // oneself / last admin
    ASSERT_TRUE(users.deactivate(kNurse).ok());
    auto list = users.list();
    ASSERT_TRUE(list.ok());
    for (const auto& u : list.value()) {
        if (u.record.username == kNurse) {
            EXPECT_FALSE(u.canSignIn);
        }
    }
    auto refused = Session::unlock(t.path, kNurse, kNursePw, QStringLiteral("test"));
    EXPECT_FALSE(refused.ok());
    // Re-enabled with a new password by the admin.
    ASSERT_TRUE(users.reactivate(kNurse, QStringLiteral("back-again-2027")).ok());
    EXPECT_TRUE(Session::unlock(t.path, kNurse, QStringLiteral("back-again-2027"), QStringLiteral("test")).ok());
}

TEST(Users, RecoveryKeyGivesTheAdministratorANewPassword)
{
    auto t = bhu::test::makeTestDb();
    const QByteArray dbBefore = bhu::test::sha256Of(t.path);
    EXPECT_TRUE(UserService::recoverAdmin(t.path, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"), bhu::test::kAdmin,
                                          QStringLiteral("brand-new-pass-1"), QStringLiteral("test"))
                    .is(ErrorCode::WrongPassword));
    // Lower case and spaces around the key are forgiven.
    ASSERT_TRUE(UserService::recoverAdmin(t.path, QStringLiteral("  ") + t.created.recoveryKey.toLower(), bhu::test::kAdmin,
                                          QStringLiteral("brand-new-pass-1"), QStringLiteral("test"))
                    .ok());
    EXPECT_FALSE(Session::unlock(t.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test")).ok());
    auto s = bhu::test::sessionAs(t, bhu::test::kAdmin, QStringLiteral("brand-new-pass-1"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.recover' AND username = 'recovery'")).value(), 1);
    Q_UNUSED(dbBefore)
}
