// Push: happy path, backoff after 500, timeout, committed-but-unheard, per-entry 422 and
// Retry, edit while uploading, crash recovery, cancel.
#include "SyncFixture.h"

#include "bhu/db/Backoff.h"
#include "bhu/db/MrNumberPool.h"
#include "bhu/db/SyncStateStore.h"

#include <QTimer>

using namespace bhu;
using namespace bhu::test;

namespace {
int countPrefix(const FakeRegistry& f, const QString& type)
{
    int n = 0;
    for (auto it = f.resources.begin(); it != f.resources.end(); ++it) n += it.key().startsWith(type + u'/');
    return n;
}
} // namespace

TEST_F(SyncFixture, HappyPathPushesEverythingAndItsEchoChangesNothing)
{
    const Patient a = addPatient(QStringLiteral("Amina Bibi"));
    addPatient(QStringLiteral("Fatima Noor"));
    addPatient(QStringLiteral("Zainab Ali"));
    addClosedVisit(a);   // Encounter + vitals (3 Observations) + Condition

    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.error.toStdString() << " " << r.errorDetail.toStdString();
    EXPECT_TRUE(r.complete());
    EXPECT_EQ(r.pushed, 6);   // 3 patients, the encounter, the vitals record, the diagnosis
    EXPECT_EQ(r.rejected, 0);
    EXPECT_EQ(countPrefix(fake, QStringLiteral("Patient")), 3);
    EXPECT_EQ(countPrefix(fake, QStringLiteral("Encounter")), 1);
    EXPECT_EQ(countPrefix(fake, QStringLiteral("Observation")), 2);   // BP panel and weight: one per measurement
    EXPECT_EQ(countPrefix(fake, QStringLiteral("Condition")), 1);
    EXPECT_EQ(counts().synced, 6);
    EXPECT_EQ(counts().pending + counts().uploading, 0);
    EXPECT_EQ(r.pulled, fake.feed.size());   // our own changes come back…
    EXPECT_EQ(r.applied, 0);                 // …and change nothing
    EXPECT_EQ(r.deferred, 0);
    EXPECT_EQ(r.invalid, 0);
    EXPECT_GT(r.bytesSent, 1024);
    EXPECT_GT(r.bytesReceived, 0);
    EXPECT_TRUE(fake.requestEncodings.contains("gzip"));

    // Every resource carries its client version and device; the Patient has no ifMatch yet.
    const QJsonObject first = fake.pushedBundles.first()[u"entry"].toArray().first().toObject();
    EXPECT_FALSE(first[u"request"].toObject().contains(u"ifMatch"));
    EXPECT_TRUE(first[u"resource"][u"meta"][u"source"].toString().startsWith(u"urn:bhu:device:"));

    const int writes = fake.storedWrites;
    const auto again = sync();
    EXPECT_TRUE(again.complete());
    EXPECT_EQ(again.pushed, 0);
    EXPECT_EQ(again.pulled, 0);
    EXPECT_EQ(fake.storedWrites, writes);
}

TEST_F(SyncFixture, GzipAnswersAreInflated)
{
    addPatient(QStringLiteral("Amina Bibi"));
    fake.gzipResponses = true;
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 1);
    EXPECT_EQ(r.mrReceived, 1000);
}

TEST_F(SyncFixture, ServerErrorKeepsEverythingPendingWithBackoffAndLaterSucceeds)
{
    addPatient(QStringLiteral("Amina Bibi"));
    addPatient(QStringLiteral("Fatima Noor"));
    fake.setFault(Op::Push, Fault{Fault::Kind::Status, 500, 0, 2});

    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.transient);
    EXPECT_EQ(r.pendingLeft, 2);
    EXPECT_EQ(counts().pending, 2);
    db::SyncQueue q(store->conn());
    EXPECT_EQ(q.nextAttemptAt().value(), clock.nowUtc().addMSecs(1000));   // 1 s · 2^0, jitter factor 1
    // What the Sync screen shows: pending by type and the last result.
    EXPECT_EQ(q.pendingByType().value().value(QStringLiteral("Patient")), 2);
    auto status = db::SyncStateStore(store->conn()).status();
    ASSERT_TRUE(status.ok());
    EXPECT_FALSE(status->lastError.isEmpty());
    EXPECT_EQ(status->lastReport.value(u"pending_left").toInt(), 2);
    EXPECT_TRUE(status->lastAttemptAt.isValid());

    // Not due yet: nothing is sent.
    const int pushes = fake.calls(Op::Push);
    r = sync();
    EXPECT_EQ(fake.calls(Op::Push), pushes);
    EXPECT_FALSE(r.complete());

    clock.advanceSecs(1);
    r = sync();   // second failure: 2 s
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(q.nextAttemptAt().value(), clock.nowUtc().addMSecs(2000));

    clock.advanceSecs(2);
    r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 2);
    EXPECT_EQ(fake.resources.size(), 2);
    EXPECT_TRUE(db::SyncStateStore(store->conn()).status()->lastSuccessAt.isValid());
    EXPECT_TRUE(q.pendingByType().value().isEmpty());
}

TEST_F(SyncFixture, BackoffDoublesUpToFifteenMinutesWithJitter)
{
    EXPECT_EQ(db::backoffMs(1, 0.5), 1000);
    EXPECT_EQ(db::backoffMs(4, 0.5), 8000);
    EXPECT_EQ(db::backoffMs(40, 0.5), 15 * 60 * 1000);
    EXPECT_EQ(db::backoffMs(1, 0.0), 750);
    EXPECT_EQ(db::backoffMs(1, 1.0), 1250);
}

TEST_F(SyncFixture, HangingRegistryTimesOutAndNothingIsLost)
{
    engine = std::make_unique<sync::SyncEngine>(*store, &fake, [this] {
        auto o = options;
        o.timeoutMs = 200;
        return o;
    }());
    addPatient(QStringLiteral("Amina Bibi"));
    fake.setFault(Op::Push, Fault{Fault::Kind::Hang, 0, 0, 1});
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.errorDetail.contains(u"net:timeout")) << r.errorDetail.toStdString();
    EXPECT_EQ(counts().pending, 1);
    clock.advanceSecs(5);
    r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(fake.resources.size(), 1);
}

TEST_F(SyncFixture, CommittedButUnheardIsResentWithoutDuplicates)
{
    addPatient(QStringLiteral("Amina Bibi"));
    addClosedVisit(addPatient(QStringLiteral("Fatima Noor")));
    fake.setFault(Op::Push, Fault{Fault::Kind::DropAfterCommit, 0, 0, 1});
    auto r = sync();
    EXPECT_FALSE(r.ok);
    const int writes = fake.storedWrites;
    EXPECT_GT(writes, 0);                 // the registry stored it…
    EXPECT_EQ(counts().synced, 0);        // …the clinic never heard
    clock.advanceSecs(5);
    r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(fake.storedWrites, writes);   // replays: no new versions
    EXPECT_EQ(counts().pending + counts().uploading, 0);
    for (const StoredResource& s : fake.resources) EXPECT_EQ(s.version, 1);
}

TEST_F(SyncFixture, RejectedEntryNeedsAttentionAndRetryWorks)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    addPatient(QStringLiteral("Fatima Noor"));
    fake.rejectIds.insert(p.id);
    auto r = sync();
    EXPECT_TRUE(r.ok);
    EXPECT_FALSE(r.complete());
    EXPECT_EQ(r.pushed, 1);
    EXPECT_EQ(r.rejected, 1);
    EXPECT_EQ(counts().rejected, 1);
    db::SyncQueue q(store->conn());
    auto issues = q.openIssues();
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().kind, u"rejected");
    EXPECT_EQ(issues->first().resourceId, p.id);
    EXPECT_TRUE(issues->first().reason.contains(u"refused by test"));

    fake.rejectIds.clear();
    ASSERT_TRUE(q.retry(issues->first().id, actor()).ok());
    EXPECT_EQ(counts().pending, 1);
    r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 1);
    EXPECT_TRUE(q.openIssues()->isEmpty());
    EXPECT_TRUE(fake.resources.contains(QStringLiteral("Patient/") + p.id));
}

TEST_F(SyncFixture, EditWhileUploadingGetsANewEntrySentWithTheNewBase)
{
    Patient p = addPatient(QStringLiteral("Amina Bibi"));
    bool edited = false;
    fake.onPush = [&](const QJsonObject&) {
        if (edited) return;
        edited = true;
        Patient e = p;
        e.phone = QStringLiteral("+923331112223");
        auto u = db::PatientRepository(store->conn()).update(e, actor());
        ASSERT_TRUE(u.ok()) << u.error().message.toStdString();
        EXPECT_EQ(counts().pending, 1);     // a new entry…
        EXPECT_EQ(counts().uploading, 1);   // …next to the one on the wire
    };
    const auto r = sync();
    ASSERT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 2);
    EXPECT_EQ(counts().synced, 2);
    EXPECT_EQ(fake.resources[QStringLiteral("Patient/") + p.id].version, 2);
    ASSERT_EQ(fake.pushedBundles.size(), 2);
    const QJsonObject second = fake.pushedBundles[1][u"entry"].toArray().first().toObject();
    EXPECT_EQ(second[u"request"][u"ifMatch"].toString(), QStringLiteral("W/\"1\""));
}

TEST_F(SyncFixture, EntriesLeftUploadingByACrashAreResent)
{
    addPatient(QStringLiteral("Amina Bibi"));
    addPatient(QStringLiteral("Fatima Noor"));
    auto claimed = db::SyncQueue(store->conn()).claim(500, clock.nowUtc());   // then the process "dies"
    ASSERT_TRUE(claimed.ok());
    ASSERT_EQ(claimed->items.size(), 2);
    EXPECT_EQ(counts().uploading, 2);
    const auto r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 2);
    EXPECT_EQ(counts().uploading, 0);
    EXPECT_EQ(fake.resources.size(), 2);
}

TEST_F(SyncFixture, CancelStopsTheRunAndKeepsEntriesPending)
{
    engine = std::make_unique<sync::SyncEngine>(*store, &fake, [this] {
        auto o = options;
        o.timeoutMs = 20000;
        return o;
    }());
    addPatient(QStringLiteral("Amina Bibi"));
    fake.setFault(Op::Push, Fault{Fault::Kind::Hang, 0, 0, 1});
    QTimer::singleShot(100, engine.get(), [this] { engine->cancel(); });
    const auto r = sync();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.transient);
    EXPECT_EQ(counts().pending, 1);
}

TEST_F(SyncFixture, MrPoolIsRefilledOnlyWhenLow)
{
    auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.mrReceived, 1000);
    EXPECT_EQ(db::MrNumberPool(store->conn()).freeCount().value(), 1000);
    r = sync();
    EXPECT_EQ(r.mrReceived, 0);
    EXPECT_EQ(fake.calls(Op::MrBlock), 1);
    // A patient registered now gets a national number from the pool.
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    EXPECT_FALSE(p.identifier(IdSystem::Mr).isEmpty());
}

TEST_F(SyncFixture, LostMrBlockAnswerIsAskedAgainUnderTheSameRequestId)
{
    fake.setFault(Op::MrBlock, Fault{Fault::Kind::DropAfterCommit, 0, 0, 1});
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(fake.mrBlocksIssued, 1);   // issued, never heard
    r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(fake.calls(Op::MrBlock), 2);
    EXPECT_EQ(fake.mrBlocksIssued, 1);   // the same block again, not a second one
    EXPECT_EQ(db::MrNumberPool(store->conn()).freeCount().value(), 1000);
}

TEST_F(SyncFixture, TooLargeBatchIsSplitAndSent)
{
    for (int i = 0; i < 5; ++i) addPatient(QStringLiteral("Patient %1").arg(i));
    fake.maxEntries = 2;
    const auto r = sync();
    ASSERT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 5);
    EXPECT_EQ(fake.resources.size(), 5);
    for (const QJsonObject& b : fake.pushedBundles) EXPECT_LE(b[u"entry"].toArray().size(), 2);
}

TEST_F(SyncFixture, SlowButTimelyAnswerIsFine)
{
    addPatient(QStringLiteral("Amina Bibi"));
    fake.setFault(Op::Push, Fault{Fault::Kind::Delay, 0, 300, 1});
    const auto r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_GE(r.durationMs, 300);
}

TEST_F(SyncFixture, EntryTheRegistryCouldNotStoreIsRetriedLater)
{
    const Patient a = addPatient(QStringLiteral("Amina Bibi"));
    addPatient(QStringLiteral("Fatima Noor"));
    fake.failIds.insert(a.id);
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.transient);
    EXPECT_EQ(r.pushed, 1);
    EXPECT_EQ(counts().synced, 1);
    EXPECT_EQ(counts().pending, 1);
    EXPECT_EQ(db::SyncQueue(store->conn()).nextAttemptAt().value(), clock.nowUtc().addMSecs(1000));
    fake.failIds.clear();
    clock.advanceSecs(1);
    r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pushed, 1);
}

TEST_F(SyncFixture, EnrolmentTokenWorksOnce)
{
    const QString token = fake.addEnrolmentToken();
    EXPECT_TRUE(engine->enroll(sync::EnrolRequest{FakeRegistry::base(), token, QString(), {}}).ok());
    auto again = engine->enroll(sync::EnrolRequest{FakeRegistry::base(), token, QString(), {}});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Forbidden);
}

TEST_F(SyncFixture, ARecordWaitingOutItsBackoffHoldsBackTheRecordsAfterIt)
{
    // The patient's first push fails; the visit recorded afterwards must not overtake it (the
    // registry would refuse a visit of an unknown patient, for good).
    const Patient p = addPatient(QStringLiteral("Rukhsana Bibi"));
    fake.setFault(Op::Push, Fault{Fault::Kind::Status, 503, 0, 1});
    EXPECT_FALSE(sync().ok);
    addClosedVisit(p);
    db::SyncQueue q(store->conn());
    auto claimed = q.claim(500, clock.nowUtc());
    ASSERT_TRUE(claimed.ok());
    EXPECT_TRUE(claimed->items.isEmpty()) << "the visit's entries were claimed before the patient's";
    clock.advanceSecs(1);
    const auto r = sync();
    EXPECT_TRUE(r.complete()) << r.errorDetail.toStdString();
    EXPECT_EQ(r.rejected, 0);
    EXPECT_EQ(counts().rejected, 0);
}
