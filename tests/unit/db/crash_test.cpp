// Crash safety: a child writes patients in a loop and is killed with SIGKILL at random
// moments, 50 times. Every time the database opens, `bhuctl verify` passes, and every
// patient whose commit the child reported is present.
#include "bhu/db/PatientRepository.h"
#include "bhu/test/TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <gtest/gtest.h>

using namespace bhu;

namespace {
QStringList committedIds(const QByteArray& out)
{
    QStringList ids;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("committed ")) ids << QString::fromLatin1(line.mid(10)).trimmed();
    return ids;
}
} // namespace

TEST(CrashSafety, KilledWriterLosesNoCommittedPatient)
{
    auto t = bhu::test::makeTestDb();
    const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/crash_writer");
    QRandomGenerator rng(20261125);
    QStringList allCommitted;
    int rounds = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess child;
        child.start(writer, {t.path, bhu::test::kAdmin, bhu::test::kPassword});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Wait until it has unlocked the database, then let it write for a random while.
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (!out.contains("ready\n") && waited.elapsed() < 30000) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
        }
        ASSERT_TRUE(out.contains("ready\n")) << child.readAllStandardError().toStdString();
        QThread::usleep(static_cast<unsigned long>(rng.bounded(1000, 150000)));
        child.kill();   // SIGKILL
        child.waitForFinished(10000);
        out += child.readAllStandardOutput();
        const QStringList ids = committedIds(out);
        allCommitted += ids;

        auto verify = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("verify"), QStringLiteral("--db"), t.path});
        ASSERT_EQ(verify.exitCode, 0) << "round " << round << ": " << verify.err.toStdString();

        auto store = bhu::test::openTestDb(t);
        ASSERT_TRUE(store);
        db::PatientRepository repo(store->conn());
        for (const QString& id : ids) ASSERT_TRUE(repo.get(id).ok()) << "round " << round << ": lost " << id.toStdString();
        ++rounds;
    }
    EXPECT_EQ(rounds, 50);
    // The writer really wrote in most rounds (otherwise the test proves nothing).
    EXPECT_GT(allCommitted.size(), 100);
    auto store = bhu::test::openTestDb(t);
    db::PatientRepository repo(store->conn());
    for (const QString& id : allCommitted) ASSERT_TRUE(repo.get(id).ok()) << id.toStdString();
    EXPECT_GE(repo.count().value(), allCommitted.size());
}
