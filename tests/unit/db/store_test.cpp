// The encrypted store: create, unlock, wrong password, key slots, no plaintext on disk.
#include "bhu/db/AuditLog.h"
#include "bhu/db/KeySlots.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Store.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::db;
using bhu::test::kAdmin;
using bhu::test::kPassword;

namespace {
QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(bhu::test::readAll(path), QCryptographicHash::Sha256);
}
} // namespace

TEST(Store, CreateThenOpenReportsFacilityAndAdmin)
{
    auto t = bhu::test::makeTestDb(QStringLiteral("BHU-0042"));
    auto s = bhu::test::openTestDb(t);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->facility().code, u"BHU-0042");
    EXPECT_EQ(s->user().username, kAdmin);
    EXPECT_EQ(s->user().role, Role::Admin);
    auto info = s->info();
    ASSERT_TRUE(info.ok());
    EXPECT_TRUE(info->value(u"sqlcipher_version").toString().startsWith(u"4."));
    EXPECT_TRUE(s->verify().ok());
}

TEST(Store, CreateRefusesToOverwriteAnExistingDatabase)
{
    auto t = bhu::test::makeTestDb();
    const QByteArray before = fileHash(t.path);
    auto again = Store::create(CreateOptions{t.path, QStringLiteral("X"), QStringLiteral("Y"), kAdmin, kPassword, {}});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.code(), ErrorCode::Conflict);
    EXPECT_EQ(fileHash(t.path), before);
}

TEST(Store, WrongPasswordIsRefusedAndTouchesNothing)
{
    auto t = bhu::test::makeTestDb();
    const QByteArray dbBefore = fileHash(t.path);
    const QByteArray keysBefore = fileHash(KeySlotFile::pathFor(t.path));
    auto s = Store::open(t.path, kAdmin, QStringLiteral("not-the-password"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::WrongPassword);
    EXPECT_TRUE(s.error().message.contains(u"password"));
    auto u = Store::open(t.path, QStringLiteral("nobody"), kPassword);
    EXPECT_EQ(u.code(), ErrorCode::WrongPassword);   // unknown users look the same
    EXPECT_EQ(fileHash(t.path), dbBefore);
    EXPECT_EQ(fileHash(KeySlotFile::pathFor(t.path)), keysBefore);
}

TEST(Store, WrongRawKeyFailsWithWrongPasswordNotCorruption)
{
    auto t = bhu::test::makeTestDb();
    auto c = Connection::open(t.path, SecretBytes::random(32), Connection::Mode::OpenExisting);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.code(), ErrorCode::WrongPassword);
}

TEST(Store, RecoveryKeyUnlocksAndWrongRecoveryKeyDoesNot)
{
    auto t = bhu::test::makeTestDb();
    auto ok = Store::openWithRecoveryKey(t.path, t.created.recoveryKey.toLower());
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok.value()->user().role, Role::Admin);
    auto bad = Store::openWithRecoveryKey(t.path, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    EXPECT_EQ(bad.code(), ErrorCode::WrongPassword);
}

TEST(Store, MissingKeyFileSaysWhatToDo)
{
    auto t = bhu::test::makeTestDb();
    ASSERT_TRUE(QFile::remove(KeySlotFile::pathFor(t.path)));
    auto s = Store::open(t.path, kAdmin, kPassword);
    EXPECT_EQ(s.code(), ErrorCode::NotFound);
    EXPECT_TRUE(s.error().message.contains(u"backup"));
}

TEST(KeySlots, AddingAUserDoesNotReencryptTheDatabase)
{
    auto t = bhu::test::makeTestDb();
    const QByteArray dbBefore = fileHash(t.path);
    const QString keyPath = KeySlotFile::pathFor(t.path);
    auto keys = KeySlotFile::load(keyPath);
    ASSERT_TRUE(keys.ok());
    auto dbKey = keys->unlock(kAdmin, kPassword);
    ASSERT_TRUE(dbKey.ok());
    ASSERT_TRUE(keys->setPassword(QStringLiteral("Nurse"), QStringLiteral("another-password"), dbKey.value()).ok());
    ASSERT_TRUE(keys->save().ok());
    EXPECT_EQ(fileHash(t.path), dbBefore);

    auto reloaded = KeySlotFile::load(keyPath);
    ASSERT_TRUE(reloaded.ok());
    auto k2 = reloaded->unlock(QStringLiteral("nurse"), QStringLiteral("another-password"));
    ASSERT_TRUE(k2.ok());
    EXPECT_EQ(k2->bytes(), dbKey->bytes());
    EXPECT_EQ(reloaded->unlock(QStringLiteral("nurse"), kPassword).code(), ErrorCode::WrongPassword);
}

TEST(KeySlots, ASlotMovedToAnotherUserDoesNotUnlock)
{
    auto t = bhu::test::makeTestDb();
    QByteArray json = bhu::test::readAll(KeySlotFile::pathFor(t.path));
    json.replace("\"user\": \"admin\"", "\"user\": \"mallory\"");
    QFile f(KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(keys->unlock(QStringLiteral("mallory"), kPassword).code(), ErrorCode::WrongPassword);
}

TEST(KeySlots, DamagedFileIsReportedNotCrashed)
{
    auto t = bhu::test::makeTestDb();
    QFile f(KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": \"bhu-keys");
    f.close();
    EXPECT_EQ(KeySlotFile::load(KeySlotFile::pathFor(t.path)).code(), ErrorCode::Corrupt);
}

TEST(SecretBytes, WipeClearsTheBuffer)
{
    SecretBytes s = SecretBytes::random(32);
    const char* data = s.bytes().constData();
    QByteArray keep(data, 32);
    EXPECT_NE(keep, QByteArray(32, '\0'));
    s.wipe();
    EXPECT_TRUE(s.isEmpty());
}
