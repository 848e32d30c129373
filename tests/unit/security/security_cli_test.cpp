// bhuctl user | recover | rekey | audit | backup | restore as child processes, as an
// administrator would type them (passwords through BHU_PASSWORD / BHU_NEW_PASSWORD /
// BHU_RECOVERY_KEY, output as JSON lines).
#include "bhu/db/KeySlots.h"
#include "security_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace bhu;

namespace {
QList<QJsonObject> lines(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& l : out.split('\n'))
        if (!l.trimmed().isEmpty()) list << QJsonDocument::fromJson(l).object();
    return list;
}

// Runs bhuctl with extra environment variables for this call.
bhu::test::RunResult bhuctl(const QStringList& args, const QList<std::pair<const char*, QString>>& env = {},
                            const QString& password = bhu::test::kPassword)
{
    for (const auto& [k, v] : env) qputenv(k, v.toUtf8());
    auto r = bhu::test::run(QStringLiteral("bhuctl"), args, password);
    for (const auto& [k, v] : env) qunsetenv(k);
    return r;
}
} // namespace

TEST(SecurityCli, UserCommandsManageAccounts)
{
    auto t = bhu::test::makeTestDb();
    const QString db = t.path;
    auto add = bhuctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("amina"),
                       QStringLiteral("--role"), QStringLiteral("lhw")},
                      {{"BHU_NEW_PASSWORD", QStringLiteral("lhw-password-1")}});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    auto badRole = bhuctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("x"),
                           QStringLiteral("--role"), QStringLiteral("boss")});
    EXPECT_EQ(badRole.exitCode, 2);

    auto list = bhuctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const auto users = lines(list.out);
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users[1].value(u"user").toString(), u"amina");
    EXPECT_EQ(users[1].value(u"role").toString(), u"lhw");

    // The LHW may not list users: refused with a clear message, exit 1.
    auto lhwList = bhuctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("amina")},
                          {}, QStringLiteral("lhw-password-1"));
    EXPECT_EQ(lhwList.exitCode, 1);
    EXPECT_TRUE(lhwList.err.contains("may not manage user accounts")) << lhwList.err.toStdString();
    // ... nor read the audit trail.
    auto lhwAudit = bhuctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("amina")},
                           {}, QStringLiteral("lhw-password-1"));
    EXPECT_EQ(lhwAudit.exitCode, 1);
    EXPECT_TRUE(lhwAudit.err.contains("may not view the audit trail")) << lhwAudit.err.toStdString();

    auto passwd = bhuctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("amina")},
                         {{"BHU_NEW_PASSWORD", QStringLiteral("lhw-password-2")}}, QStringLiteral("lhw-password-1"));
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    auto reset = bhuctl({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("amina")},
                        {{"BHU_NEW_PASSWORD", QStringLiteral("lhw-password-3")}});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    auto off = bhuctl({QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("amina")});
    ASSERT_EQ(off.exitCode, 0) << off.err.toStdString();
    auto refused = bhuctl({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("amina")}, {},
                          QStringLiteral("lhw-password-3"));
    EXPECT_EQ(refused.exitCode, 1);

    // Audit list with filters, as JSON lines.
    auto audit = bhuctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--action"), QStringLiteral("user")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    QStringList actions;
    for (const auto& o : lines(audit.out)) actions << o.value(u"action").toString();
    EXPECT_EQ(actions, (QStringList{QStringLiteral("user.disable"), QStringLiteral("user.password_reset"), QStringLiteral("user.password_change"),
                                    QStringLiteral("user.add")}));
    auto byAmina = bhuctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("amina"),
                           QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2999-12-31")});
    ASSERT_EQ(byAmina.exitCode, 0) << byAmina.err.toStdString();
    for (const auto& o : lines(byAmina.out)) EXPECT_EQ(o.value(u"user").toString(), u"amina");
    EXPECT_GE(lines(byAmina.out).size(), 3);   // failed list, failed audit, passwd login, failed info...
}

TEST(SecurityCli, RecoverRekeyBackupRestore)
{
    auto t = bhu::test::makeTestDb();
    const QString db = t.path;
    auto recover = bhuctl({QStringLiteral("recover"), QStringLiteral("--db"), db},
                          {{"BHU_RECOVERY_KEY", t.created.recoveryKey}, {"BHU_NEW_PASSWORD", QStringLiteral("recovered-pass-1")}}, QString());
    ASSERT_EQ(recover.exitCode, 0) << recover.err.toStdString();
    const QString pw = QStringLiteral("recovered-pass-1");

    auto rekey = bhuctl({QStringLiteral("rekey"), QStringLiteral("--db"), db}, {}, pw);
    ASSERT_EQ(rekey.exitCode, 0) << rekey.err.toStdString();
    EXPECT_TRUE(rekey.err.contains("New recovery key")) << rekey.err.toStdString();
    EXPECT_EQ(bhuctl({QStringLiteral("verify"), QStringLiteral("--db"), db}, {}, pw).exitCode, 0);

    QTemporaryDir usb;
    auto backup = bhuctl({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), usb.path()}, {}, pw);
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QString file = lines(backup.out).value(0).value(u"backup").toString();
    ASSERT_TRUE(QFile::exists(file));
    ASSERT_TRUE(QFile::exists(file + QStringLiteral(".keys")));

    const QString other = usb.filePath(QStringLiteral("restored.db"));
    auto restore = bhuctl({QStringLiteral("restore"), QStringLiteral("--from"), file, QStringLiteral("--db"), other}, {}, pw);
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    auto info = bhuctl({QStringLiteral("info"), QStringLiteral("--db"), other}, {}, pw);
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    auto wrong = bhuctl({QStringLiteral("restore"), QStringLiteral("--from"), file, QStringLiteral("--db"), other}, {}, QStringLiteral("nope-nope-1"));
    EXPECT_EQ(wrong.exitCode, 1);
}
