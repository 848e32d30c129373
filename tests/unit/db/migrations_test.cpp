// Migrations: every earlier version migrates to the same schema as a fresh database; a newer
// database is refused and left untouched.
#include "bhu/db/Migrations.h"
#include "bhu/db/Store.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::db;

namespace {
QString schemaOf(Connection& c)
{
    QStringList parts;
    auto st = c.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    EXPECT_TRUE(st.ok());
    while (st.value()->step().value()) parts << st.value()->text(0) + u' ' + st.value()->text(1) + u' ' + st.value()->text(2);
    st.value()->reset();
    return parts.join(u'\n');
}
} // namespace

TEST(Migrations, VersionsAreContiguousFromOne)
{
    int expected = 1;
    for (const Migration& m : allMigrations()) EXPECT_EQ(m.version, expected++) << m.name;
    EXPECT_EQ(latestSchemaVersion(), expected - 1);
}

TEST(Migrations, EveryEarlierVersionMigratesToTheFreshSchema)
{
    QTemporaryDir dir;
    const SecretBytes key = SecretBytes::random(32);
    auto fresh = Connection::open(dir.filePath(QStringLiteral("fresh.db")), key, Connection::Mode::Create);
    ASSERT_TRUE(fresh.ok());
    ASSERT_TRUE(migrate(*fresh.value()).ok());
    const QString expected = schemaOf(*fresh.value());

    for (int from = 0; from < latestSchemaVersion(); ++from) {
        const QString path = dir.filePath(QStringLiteral("from%1.db").arg(from));
        auto c = Connection::open(path, key, Connection::Mode::Create);
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(migrate(*c.value(), from).ok());
        EXPECT_EQ(schemaVersion(*c.value()).value(), from);
        ASSERT_TRUE(migrate(*c.value()).ok()) << "from " << from;
        EXPECT_EQ(schemaVersion(*c.value()).value(), latestSchemaVersion());
        EXPECT_EQ(schemaOf(*c.value()), expected) << "from " << from;
    }
}

TEST(Migrations, ANewerDatabaseIsRefusedAndUntouched)
{
    auto t = bhu::test::makeTestDb();
    {
        auto s = bhu::test::openTestDb(t);
        ASSERT_TRUE(s->conn().exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)).ok());
    }
    const QByteArray before = QCryptographicHash::hash(bhu::test::readAll(t.path), QCryptographicHash::Sha256);
    auto s = Store::open(t.path, bhu::test::kAdmin, bhu::test::kPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::TooNew);
    EXPECT_TRUE(s.error().message.contains(u"newer version"));
    EXPECT_EQ(QCryptographicHash::hash(bhu::test::readAll(t.path), QCryptographicHash::Sha256), before);
}

TEST(Migrations, AFailingMigrationRollsBackCompletely)
{
    QTemporaryDir dir;
    auto c = Connection::open(dir.filePath(QStringLiteral("x.db")), SecretBytes::random(32), Connection::Mode::Create);
    ASSERT_TRUE(c.ok());
    // Pre-create a table that migration 1 creates: it must fail and leave version 0, no half schema.
    ASSERT_TRUE(c.value()->exec(QStringLiteral("CREATE TABLE outbox(x)")).ok());
    EXPECT_FALSE(migrate(*c.value()).ok());
    EXPECT_EQ(schemaVersion(*c.value()).value(), 0);
    EXPECT_EQ(c.value()->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'patients'")).value(), 0);
}
