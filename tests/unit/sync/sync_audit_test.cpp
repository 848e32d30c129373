// Audit sync against the FakeRegistry (issue #7): every entry arrives once across runs and a
// lost answer, the cursor only moves on the registry's 200, a refused (tampered) trail does not
// stop the run but is reported, and no patient name ever leaves in an audit entry.
#include "SyncFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/AuditSyncState.h"
#include "bhu/db/SyncStateStore.h"

#include <QJsonDocument>

using namespace bhu;
using namespace bhu::test;

namespace {
qint64 localHead(db::Store& s)
{
    auto n = s.conn().queryInt(QStringLiteral("SELECT max(seq) FROM audit_log"));
    return n.ok() ? n.value() : -1;
}

qint64 cursorOf(db::Store& s)
{
    auto e = db::SyncStateStore(s.conn()).enrolment();
    auto c = db::AuditSyncState(s.conn()).sentThrough(e->deviceId);
    return c.ok() ? c.value() : -1;
}

// Every seq 1..head exactly once, each the clinic's entry (same hash).
void expectRegistryHoldsChain(const FakeRegistry& fake, db::Store& s, qint64 head)
{
    ASSERT_EQ(fake.auditHashes.size(), head);
    auto local = db::AuditLog(s.conn()).after(0, static_cast<int>(head));
    ASSERT_TRUE(local.ok());
    for (const db::AuditEntry& e : local.value()) EXPECT_EQ(fake.auditHashes.value(e.seq), e.hash) << "entry " << e.seq;
}
} // namespace

TEST_F(SyncFixture, AuditEntriesArriveOnceAcrossTwoSyncs)
{
    addPatient(QStringLiteral("Amina Bibi"));
    const qint64 before = localHead(*store);
    const auto r1 = sync();
    ASSERT_TRUE(r1.ok) << r1.error.toStdString();
    EXPECT_TRUE(r1.complete());
    EXPECT_EQ(r1.toJson().value(u"audit_pushed").toInt(), r1.auditPushed);
    // Everything up to the audit push, including the run's own sync.push entry.
    EXPECT_GT(r1.auditPushed, before);
    expectRegistryHoldsChain(fake, *store, r1.auditPushed);
    EXPECT_EQ(cursorOf(*store), r1.auditPushed);
    const int receivedAfterFirst = fake.auditReceived;

    addPatient(QStringLiteral("Fatima Noor"));
    const qint64 beforeSecond = localHead(*store);
    const auto r2 = sync();
    ASSERT_TRUE(r2.ok) << r2.error.toStdString();
    // Only what was new: the entries written since the first audit push.
    EXPECT_EQ(fake.auditReceived - receivedAfterFirst, r2.auditPushed);
    EXPECT_GE(r1.auditPushed + r2.auditPushed, beforeSecond);
    expectRegistryHoldsChain(fake, *store, r1.auditPushed + r2.auditPushed);
    EXPECT_TRUE(fake.auditRefusals.isEmpty());
}

TEST_F(SyncFixture, AuditAnswerLostIsResentAndStoredOnce)
{
    addPatient(QStringLiteral("Amina Bibi"));
    fake.setFault(Op::Audit, Fault{Fault::Kind::DropAfterCommit, 0, 0, 1});   // stored, but the clinic hears nothing
    const auto r1 = sync();
    EXPECT_FALSE(r1.ok);
    EXPECT_TRUE(r1.transient);
    const qint64 storedByFake = fake.auditHashes.size();
    ASSERT_GT(storedByFake, 0);
    EXPECT_EQ(cursorOf(*store), 0);   // not acknowledged: the cursor did not move

    const auto r2 = sync();
    ASSERT_TRUE(r2.ok) << r2.error.toStdString();
    EXPECT_EQ(r2.auditPushed, cursorOf(*store));
    // The replayed entries were duplicates: each seq is held once, with the clinic's hash.
    expectRegistryHoldsChain(fake, *store, cursorOf(*store));
    EXPECT_GE(fake.auditReceived, storedByFake + r2.auditPushed);
    EXPECT_TRUE(fake.auditRefusals.isEmpty());
}

TEST_F(SyncFixture, RefusedAuditTrailIsReportedAndDoesNotStopThePull)
{
    addPatient(QStringLiteral("Amina Bibi"));
    ASSERT_TRUE(sync().ok);
    const qint64 sent = cursorOf(*store);
    // The registry already holds entry 2 with another hash (as if the clinic's copy was
    // rewritten since), and the clinic offers it again.
    fake.auditHashes[2] = QString(64, u'f');
    ASSERT_TRUE(db::AuditSyncState(store->conn()).setSentThrough(db::SyncStateStore(store->conn()).enrolment()->deviceId, 0).ok());
    fake.injectChange(otherFacilityPatient(QStringLiteral("Bushra Khan")));
    const int pullsBefore = fake.calls(Op::Changes);

    const auto r = sync();
    EXPECT_TRUE(r.ok);
    EXPECT_TRUE(r.auditRefused);
    EXPECT_FALSE(r.complete());
    EXPECT_TRUE(r.toJson().value(u"audit_refused").toBool());
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_EQ(r.auditPushed, 0);
    EXPECT_EQ(cursorOf(*store), 0);   // nothing acknowledged: offered again next run
    EXPECT_EQ(fake.auditRefusals, QStringList{QStringLiteral("changed 2")});
    EXPECT_GT(fake.calls(Op::Changes), pullsBefore);   // the pull still ran
    EXPECT_GE(sent, 2);
}

TEST_F(SyncFixture, AuditEntriesCarryPatientIdsNeverNames)
{
    const Patient p = addPatient(QStringLiteral("Zarmeena Gulalai"));
    ASSERT_TRUE(db::AuditLog(store->conn()).record(actor(), QStringLiteral("patient.view"), QStringLiteral("Patient"), p.id, p.id).ok());
    ASSERT_TRUE(sync().ok);
    QByteArray all;
    bool sawId = false;
    for (const QJsonObject& e : std::as_const(fake.auditEntries)) {
        const QByteArray text = QJsonDocument(e).toJson(QJsonDocument::Compact);
        all += text;
        sawId = sawId || text.contains(p.id.toUtf8());
    }
    EXPECT_TRUE(sawId);
    for (const char* secret : {"Zarmeena", "Gulalai", "Muhammad Aslam", "923001234567"}) EXPECT_FALSE(all.contains(secret)) << secret;
}
