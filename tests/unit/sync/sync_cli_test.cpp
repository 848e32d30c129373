// bhuctl enroll / sync: usage, roles, exit codes and the JSON report on failure paths (the
// success path needs a registry: see docs/sync-engine.md for the manual run against
// bhu-registry).
#include "bhu/test/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::test;

namespace {
QJsonObject lastJson(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}
} // namespace

TEST(SyncCli, SyncOfAClinicNotEnrolledFailsWithAReport)
{
    auto t = makeTestDb();
    const auto r = run(QStringLiteral("bhuctl"), {QStringLiteral("sync"), QStringLiteral("--db"), t.path});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = lastJson(r.out);
    EXPECT_FALSE(o.value(u"ok").toBool());
    for (const char* key : {"pushed", "pulled", "conflicts", "rejected", "bytes_sent", "bytes_received", "duration_ms"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(r.err.contains("not enrolled"));
}

TEST(SyncCli, EnrolNeedsRegistryAndTokenAndTheAdminRole)
{
    auto t = makeTestDb();
    auto usage = run(QStringLiteral("bhuctl"), {QStringLiteral("enroll"), QStringLiteral("--db"), t.path, QStringLiteral("--token"), QStringLiteral("x")});
    EXPECT_EQ(usage.exitCode, 2);
    addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("desk-password-1"));
    auto forbidden = run(QStringLiteral("bhuctl"),
                         {QStringLiteral("enroll"), QStringLiteral("--db"), t.path, QStringLiteral("--user"), QStringLiteral("desk"),
                          QStringLiteral("--registry"), QStringLiteral("http://127.0.0.1:9/fhir"), QStringLiteral("--token"), QStringLiteral("x")},
                         QStringLiteral("desk-password-1"));
    EXPECT_EQ(forbidden.exitCode, 1);
    EXPECT_TRUE(forbidden.err.contains("enrol this clinic")) << forbidden.err.toStdString();
    auto unreachable = run(QStringLiteral("bhuctl"), {QStringLiteral("enroll"), QStringLiteral("--db"), t.path, QStringLiteral("--registry"),
                                                      QStringLiteral("http://127.0.0.1:9/fhir"), QStringLiteral("--token"), QStringLiteral("x")});
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_TRUE(unreachable.err.contains("could not be reached")) << unreachable.err.toStdString();
}
