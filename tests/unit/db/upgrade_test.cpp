// Opening a database made by an older version (docs/installing.md, "Upgrades"): it is backed up
// beside itself, then migrated; when a migration fails, the backup is put back and the message
// names the migration. The fixture tests/fixtures/clinic-schema4.db (+ .keys) was made by
// `bhuctl init` + `bhuctl seed --patients 20 --visits-per-patient 2 --seed 4` at schema
// version 4 and is never rewritten: each test works on a copy. Migrations later than the
// program's real ones are played with the test hooks of bhu/db/Migrations.h.
#include "bhu/db/Migrations.h"
#include "bhu/db/Store.h"
#include "bhu/test/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::db;

namespace {

const QString kFixtureUser = QStringLiteral("admin");
const QString kFixturePassword = QStringLiteral("fixture-schema-4");   // the fixture's admin password
constexpr int kFixtureVersion = 4;
constexpr int kFixturePatients = 20;

class Upgrade : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("clinic.db"));
        const QString fixture = QStringLiteral(BHU_FIXTURES_DIR "/clinic-schema4.db");
        ASSERT_TRUE(QFile::copy(fixture, path)) << "missing fixture " << fixture.toStdString();
        ASSERT_TRUE(QFile::copy(fixture + QStringLiteral(".keys"), path + QStringLiteral(".keys")));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(path + QStringLiteral(".keys"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    void TearDown() override { testhooks::reset(); }

    // The migration an upgrade brings: one more than this program has, creating a marker table.
    static Migration probe(int version, const char* name)
    {
        return Migration{version, name, "CREATE TABLE upgrade_probe(id INTEGER PRIMARY KEY);"};
    }
    QStringList upgradeBackups() const
    {
        return QDir(dir.path()).entryList({QStringLiteral("clinic.db.schema%1-*.bhubak").arg(kFixtureVersion)}, QDir::Files);
    }
    static bool hasProbe(Store& s)
    {
        return s.conn().queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_probe'")).value() == 1;
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST(UpgradeCurrent, ACurrentDatabaseIsNotBackedUp)
{
    const auto t = bhu::test::makeTestDb();
    ASSERT_TRUE(bhu::test::openTestDb(t));
    EXPECT_TRUE(QDir(t.dir->path()).entryList({QStringLiteral("*.bhubak")}, QDir::Files).isEmpty());
}

TEST_F(Upgrade, OlderDatabaseIsBackedUpThenMigrated)
{
    const int target = latestSchemaVersion() + 1;
    testhooks::addMigration(probe(target, "upgrade_probe"));
    {
        auto s = Store::open(path, kFixtureUser, kFixturePassword);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(schemaVersion(s.value()->conn()).value(), target);
        EXPECT_TRUE(hasProbe(*s.value()));
        EXPECT_EQ(s.value()->info().value().value(QStringLiteral("patients")).toInt(), kFixturePatients);
        EXPECT_TRUE(s.value()->verify().ok());
    }
    const QStringList backups = upgradeBackups();
    ASSERT_EQ(backups.size(), 1) << "one backup, named after the version it had";
    const QString backup = dir.filePath(backups.constFirst());
    EXPECT_TRUE(QFile::exists(backup + QStringLiteral(".keys")));

    // The backup is the database as it was: without the upgrade's table, with every patient.
    testhooks::reset();
    auto b = Store::open(backup, kFixtureUser, kFixturePassword);
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    EXPECT_FALSE(hasProbe(*b.value()));
    EXPECT_EQ(b.value()->info().value().value(QStringLiteral("patients")).toInt(), kFixturePatients);
}

TEST_F(Upgrade, FailedMigrationPutsTheOriginalBackAndNamesTheMigration)
{
    // Two steps: the first succeeds and commits, the second fails. Without putting the backup
    // back, the database would be left half-way (version +1, with the probe table).
    const int first = latestSchemaVersion() + 1;
    testhooks::addMigration(probe(first, "upgrade_probe"));
    testhooks::addMigration(Migration{first + 1, "broken_step", "CREATE TABLE broken_step(x);"});
    testhooks::failMigration(first + 1);

    auto failed = Store::open(path, kFixtureUser, kFixturePassword);
    ASSERT_FALSE(failed.ok());
    const QString message = failed.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("broken_step"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(first + 1))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("put back"))) << message.toStdString();
    EXPECT_TRUE(failed.error().detail.contains(QStringLiteral("broken_step")));
    ASSERT_EQ(upgradeBackups().size(), 1) << "the copy is kept too";

    // The original is intact: opened by a program that knows no later migration, it has the
    // older schema's content and nothing of the half-done upgrade.
    testhooks::reset();
    auto s = Store::open(path, kFixtureUser, kFixturePassword);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_FALSE(hasProbe(*s.value()));
    EXPECT_EQ(s.value()->conn().queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'broken_step'")).value(), 0);
    EXPECT_EQ(s.value()->info().value().value(QStringLiteral("patients")).toInt(), kFixturePatients);
    EXPECT_TRUE(s.value()->verify().ok());
}

TEST_F(Upgrade, BhuctlOpensTheFixture)
{
    // bhuctl goes through the same Store::open: the schema is current afterwards.
    const test::RunResult r = test::run(QStringLiteral("bhuctl"), {QStringLiteral("info"), QStringLiteral("--db"), path}, kFixturePassword);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(info.value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
    EXPECT_EQ(info.value(QStringLiteral("patients")).toInt(), kFixturePatients);
    EXPECT_EQ(upgradeBackups().size(), latestSchemaVersion() > kFixtureVersion ? 1 : 0);
}
