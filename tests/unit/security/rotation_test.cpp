// Key rotation: explicit, with progress, and safe against a crash at any step — after each
// step, the key file still holds a slot whose key opens the database, and the next open
// completes or undoes the rotation.
#include "bhu/db/KeySlots.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/services/KeyService.h"
#include "bhu/services/UserService.h"
#include "security_support.h"

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kNurse = QStringLiteral("nurse");
const QString kNursePw = QStringLiteral("ward-pass-2026");

db::SecretBytes currentKey(const bhu::test::TestDb& t)
{
    auto keys = db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path));
    auto k = keys->unlock(bhu::test::kAdmin, bhu::test::kPassword);
    return k.ok() ? std::move(k.value()) : db::SecretBytes();
}

bhu::test::TestDb dbWithNurse()
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    EXPECT_TRUE(UserService(*admin).add(kNurse, {}, Role::Clinician, kNursePw).ok());
    return t;
}
} // namespace

TEST(KeyRotation, NewKeyOpensTheDatabaseOldSlotsAndRecoveryKeyStopWorking)
{
    auto t = dbWithNurse();
    const QByteArray oldKey = currentKey(t).bytes();
    const QString newRecovery = db::Store::generateRecoveryKey();
    QList<qint64> steps;
    {
        auto admin = bhu::test::adminOf(t);
        auto dropped = KeyService(*admin).rotate(bhu::test::kPassword, newRecovery, [&](qint64 done, qint64) { steps << done; });
        ASSERT_TRUE(dropped.ok()) << dropped.error().message.toStdString();
        EXPECT_EQ(dropped.value(), QStringList{kNurse});
        EXPECT_TRUE(admin->store().verify().ok());
    }
    EXPECT_EQ(steps, (QList<qint64>{0, 1, 2, 3}));
    EXPECT_NE(currentKey(t).bytes(), oldKey);
    // The old key no longer opens the file.
    EXPECT_TRUE(db::Connection::open(t.path, db::SecretBytes(oldKey), db::Connection::Mode::OpenExisting).is(ErrorCode::WrongPassword));
    EXPECT_TRUE(bhu::test::adminOf(t));
    EXPECT_FALSE(Session::unlock(t.path, kNurse, kNursePw, QStringLiteral("test")).ok());
    EXPECT_FALSE(Session::unlockWithRecoveryKey(t.path, t.created.recoveryKey, QStringLiteral("test")).ok());
    EXPECT_TRUE(Session::unlockWithRecoveryKey(t.path, newRecovery, QStringLiteral("test")).ok());
}

TEST(KeyRotation, OnlyAnAdministratorWithTheRightPasswordRotates)
{
    auto t = dbWithNurse();
    auto nurse = bhu::test::sessionAs(t, kNurse, kNursePw);
    EXPECT_TRUE(KeyService(*nurse).rotate(kNursePw, db::Store::generateRecoveryKey()).is(ErrorCode::Forbidden));
    nurse.reset();
    auto admin = bhu::test::adminOf(t);
    EXPECT_TRUE(KeyService(*admin).rotate(QStringLiteral("not-my-password"), db::Store::generateRecoveryKey()).is(ErrorCode::WrongPassword));
    EXPECT_FALSE(db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path))->hasStaged());
}

class KeyRotationCrash : public ::testing::TestWithParam<db::RotationStep> {};

TEST_P(KeyRotationCrash, TheDatabaseStillOpensAndTheRotationIsSettled)
{
    auto t = dbWithNurse();
    const QByteArray oldKey = currentKey(t).bytes();
    const QString newRecovery = db::Store::generateRecoveryKey();
    {
        auto admin = bhu::test::adminOf(t);
        auto r = KeyService(*admin).rotate(bhu::test::kPassword, newRecovery, {}, GetParam());
        ASSERT_FALSE(r.ok());   // "crashed" after the step: nothing after it ran
    }
    auto keys = db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(keys.ok());
    EXPECT_TRUE(keys->hasStaged()) << "the crash left both generations of slots";

    // The administrator can open it whatever step the crash came after.
    auto admin = bhu::test::adminOf(t);
    ASSERT_TRUE(admin);
    EXPECT_TRUE(admin->store().verify().ok());
    EXPECT_FALSE(db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path))->hasStaged()) << "open settles the rotation";
    admin.reset();
    if (GetParam() == db::RotationStep::Staged) {
        // The rekey never ran: the old key, the old recovery key and the nurse still work.
        EXPECT_EQ(currentKey(t).bytes(), oldKey);
        EXPECT_TRUE(Session::unlock(t.path, kNurse, kNursePw, QStringLiteral("test")).ok());
        EXPECT_TRUE(Session::unlockWithRecoveryKey(t.path, t.created.recoveryKey, QStringLiteral("test")).ok());
    } else {
        // The database was re-encrypted: the new slots stay, the new recovery key works.
        EXPECT_NE(currentKey(t).bytes(), oldKey);
        EXPECT_TRUE(Session::unlockWithRecoveryKey(t.path, newRecovery, QStringLiteral("test")).ok());
        EXPECT_FALSE(Session::unlock(t.path, kNurse, kNursePw, QStringLiteral("test")).ok());
    }
}

INSTANTIATE_TEST_SUITE_P(Steps, KeyRotationCrash, ::testing::Values(db::RotationStep::Staged, db::RotationStep::Rekeyed));
