// bhuctl as an admin or a script uses it: exit codes, one-line reasons, nothing touched on failure.
#include "bhu/db/KeySlots.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using bhu::test::run;

namespace {
QByteArray sha(const QString& path) { return QCryptographicHash::hash(bhu::test::readAll(path), QCryptographicHash::Sha256); }

QString initDb(QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("c.db"));
    auto r = run(QStringLiteral("bhuctl"), {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--facility"),
                                            QStringLiteral("BHU-0007"), QStringLiteral("--facility-name"), QStringLiteral("BHU Seven"),
                                            QStringLiteral("--admin"), QStringLiteral("Admin")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("Recovery key"));
    return db;
}
} // namespace

TEST(Bhuctl, WrongPasswordExitsNonZeroNamesTheProblemAndLeavesTheDatabaseUntouched)
{
    QTemporaryDir dir;
    const QString db = initDb(dir);
    const QByteArray before = sha(db);
    const QByteArray keysBefore = sha(bhu::db::KeySlotFile::pathFor(db));
    for (const QString& cmd : {QStringLiteral("info"), QStringLiteral("verify"), QStringLiteral("seed")}) {
        QStringList args{cmd, QStringLiteral("--db"), db};
        if (cmd == u"seed") args << QStringLiteral("--patients") << QStringLiteral("5");
        auto r = run(QStringLiteral("bhuctl"), args, QStringLiteral("not-the-password"));
        EXPECT_EQ(r.exitCode, 1) << cmd.toStdString();
        EXPECT_TRUE(r.err.startsWith("bhuctl: ")) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("password")) << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << "one line: " << r.err.toStdString();
    }
    EXPECT_EQ(sha(db), before);
    // The key file records the failed attempts (lockout, docs/security.md) but its key slots
    // are untouched.
    EXPECT_NE(sha(bhu::db::KeySlotFile::pathFor(db)), keysBefore);
    auto keys = bhu::db::KeySlotFile::load(bhu::db::KeySlotFile::pathFor(db));
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(keys->failures(QStringLiteral("admin")).count, 3);
    EXPECT_EQ(keys->unreported().size(), 3);
    EXPECT_TRUE(keys->unlock(QStringLiteral("admin"), bhu::test::kPassword).ok());
}

TEST(Bhuctl, InfoReportsVersionsAndCounts)
{
    QTemporaryDir dir;
    const QString db = initDb(dir);
    auto seed = run(QStringLiteral("bhuctl"), {QStringLiteral("seed"), QStringLiteral("--db"), db, QStringLiteral("--patients"), QStringLiteral("25")});
    ASSERT_EQ(seed.exitCode, 0) << seed.err.toStdString();
    auto r = run(QStringLiteral("bhuctl"), {QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(u"patients").toInt(), 25);
    EXPECT_EQ(o.value(u"visits").toInt(), 0);
    EXPECT_GE(o.value(u"schema_version").toInt(), 2);
    const QStringList v = o.value(u"sqlcipher_version").toString().split(u'.');
    ASSERT_GE(v.size(), 2);
    EXPECT_TRUE(v[0].toInt() > 4 || (v[0].toInt() == 4 && v[1].toInt() >= 5)) << o.value(u"sqlcipher_version").toString().toStdString();
    EXPECT_FALSE(o.value(u"sqlite_version").toString().isEmpty());
}

TEST(Bhuctl, UsageErrorsExitTwo)
{
    EXPECT_EQ(run(QStringLiteral("bhuctl"), {}).exitCode, 2);
    EXPECT_EQ(run(QStringLiteral("bhuctl"), {QStringLiteral("no-such-command")}).exitCode, 2);
    EXPECT_EQ(run(QStringLiteral("bhuctl"), {QStringLiteral("info")}).exitCode, 2);
    QTemporaryDir dir;
    EXPECT_EQ(run(QStringLiteral("bhuctl"), {QStringLiteral("info"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.db"))}).exitCode, 1);
}

TEST(Bhuctl, UnknownUserLooksLikeAWrongPassword)
{
    QTemporaryDir dir;
    const QString db = initDb(dir);
    auto r = run(QStringLiteral("bhuctl"), {QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("ghost")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Wrong user name or password")) << r.err.toStdString();
}
