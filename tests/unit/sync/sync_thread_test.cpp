// Threading: the engine on a second connection of the same encrypted file, and the
// controller running it on its worker thread.
#include "SyncFixture.h"

#include "bhu/db/SyncStateStore.h"
#include "bhu/sync/SyncController.h"

#include <QEventLoop>
#include <QTimer>

using namespace bhu;
using namespace bhu::test;

TEST_F(SyncFixture, EngineOnASiblingConnectionSyncsWhatTheFirstOneWrote)
{
    auto sibling = store->openSibling();
    ASSERT_TRUE(sibling.ok()) << sibling.error().message.toStdString();
    sync::SyncEngine second(*sibling.value(), &fake, options);
    addPatient(QStringLiteral("Amina Bibi"));   // written through the first handle
    const auto r = second.syncOnce();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 1);
    EXPECT_EQ(counts().synced, 1);   // seen through the first handle
}

TEST(SyncControllerTest, RunsOnItsWorkerThreadAndReportsBack)
{
    auto t = makeTestDb();
    auto s = openTestDb(t);
    ASSERT_TRUE(s);
    auto sibling = s->openSibling();
    ASSERT_TRUE(sibling.ok());
    sync::SyncControllerOptions o;
    o.watchNetwork = false;
    sync::SyncController controller(std::move(sibling.value()), o);
    QList<sync::SyncController::State> states;
    QObject::connect(&controller, &sync::SyncController::stateChanged, [&](auto st) { states.append(st); });
    QEventLoop loop;
    sync::SyncReport got;
    QObject::connect(&controller, &sync::SyncController::finished, &loop, [&](const sync::SyncReport& r) {
        got = r;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    controller.syncNow();
    controller.syncNow();   // ignored while running
    loop.exec();
    EXPECT_FALSE(got.ok);   // not enrolled
    EXPECT_TRUE(got.error.contains(u"not enrolled"));
    EXPECT_EQ(controller.state(), sync::SyncController::State::Waiting);
    EXPECT_EQ(controller.consecutiveFailures(), 1);
    EXPECT_EQ(states.first(), sync::SyncController::State::Syncing);
    // The attempt is recorded in the database for the Sync screen.
    auto status = db::SyncStateStore(s->conn()).status();
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(status->lastError.contains(u"not enrolled"));
}

TEST(SyncControllerTest, EnrolsOnTheWorkerThread)
{
    auto t = makeTestDb();
    auto s = openTestDb(t);
    ASSERT_TRUE(s);
    sync::SyncControllerOptions o;
    o.watchNetwork = false;
    o.engine.timeoutMs = 5000;
    sync::SyncController controller(std::move(s->openSibling().value()), o);
    QEventLoop loop;
    bool ok = true;
    QString message;
    QObject::connect(&controller, &sync::SyncController::enrolled, &loop, [&](bool k, const QString& m) {
        ok = k;
        message = m;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    controller.enroll(sync::EnrolRequest{QStringLiteral("http://127.0.0.1:9/fhir"), QStringLiteral("enr_x"), QString(), {}});
    loop.exec();
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(u"could not be reached")) << message.toStdString();
}
