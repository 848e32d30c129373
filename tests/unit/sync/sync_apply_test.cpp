// SyncApply with clinical records from another facility: a closed visit and its facts, the
// facts on a later page; replays are no-ops; local writes into a closed visit stay refused.
#include "SyncFixture.h"

#include "bhu/db/SyncApply.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/Tombstones.h"
#include "bhu/sync/PullReader.h"

#include <QJsonArray>

#include <QUuid>

using namespace bhu;
using namespace bhu::test;

namespace {
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
}

TEST_F(SyncFixture, ReplicatedClosedVisitTakesFactsFromALaterPageOnly)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    Visit v;
    v.id = uuid();
    v.patientId = p.id;
    v.facilityCode = QStringLiteral("BHU-0002");
    v.status = VisitStatus::Closed;
    v.startedAt = QDateTime::currentDateTimeUtc().addSecs(-900);
    v.closedAt = QDateTime::currentDateTimeUtc();
    v.signedBy = QStringLiteral("doctor-elsewhere");
    db::SyncApply apply(store->conn());

    db::PulledPage page1;
    db::PulledClinical enc;
    enc.visit = v;
    enc.visitId = v.id;
    enc.patientId = p.id;
    enc.resourceType = QStringLiteral("Encounter");
    enc.resourceId = v.id;
    enc.serverVersion = 1;
    page1.clinical.append(enc);
    page1.cursor = QStringLiteral("v1.1");
    auto n1 = apply.applyPage(page1, actor());
    ASSERT_TRUE(n1.ok()) << n1.error().message.toStdString() << n1.error().detail.toStdString();
    EXPECT_EQ(n1->applied, 1);

    db::PulledPage page2;   // the diagnosis arrives after the visit is already stored closed
    db::PulledClinical fact;
    fact.visitId = v.id;
    fact.patientId = p.id;
    Diagnosis d;
    d.id = uuid();
    d.patientId = p.id;
    d.visitId = v.id;
    d.icd10 = QStringLiteral("A09");
    d.display = QStringLiteral("Diarrhoea and gastroenteritis");
    d.recordedAt = v.closedAt;
    d.recordedBy = v.signedBy;
    fact.diagnoses.append(d);
    fact.resourceType = QStringLiteral("Condition");
    fact.resourceId = d.id;
    fact.serverVersion = 1;
    page2.clinical.append(fact);
    page2.cursor = QStringLiteral("v1.2");
    auto n2 = apply.applyPage(page2, actor());
    ASSERT_TRUE(n2.ok()) << n2.error().message.toStdString() << n2.error().detail.toStdString();
    EXPECT_EQ(n2->applied, 1);
    EXPECT_EQ(n2->invalid, 0);

    auto stored = db::VisitRepository(store->conn()).get(v.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->visit.isOpen());
    ASSERT_EQ(stored->diagnoses.size(), 1);
    EXPECT_EQ(stored->diagnoses.first().icd10, u"A09");
    EXPECT_EQ(counts().pending, 1);   // only the local patient; replicas are not sent back

    // The same page again: nothing changes.
    auto again = apply.applyPage(page2, actor());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->applied, 0);
    EXPECT_EQ(again->unchanged, 1);

    // Outside the apply transaction the read-only rule holds, even for raw SQL.
    EXPECT_FALSE(store->conn().exec(QStringLiteral("INSERT INTO clinical_facts(id, kind, patient_id, visit_id, recorded_at, recorded_by, data) "
                                                   "VALUES ('x', 'diagnosis', '%1', '%2', 'now', 'me', '{}')")
                                        .arg(p.id, v.id))
                     .ok());
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM sync_apply_guard")).value(), 0);
}

TEST_F(SyncFixture, FactOfAnUnknownVisitIsSetAsideNotTheWholePage)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    db::PulledPage page;
    db::PulledClinical fact;
    fact.visitId = uuid();   // never arrived
    fact.patientId = p.id;
    Diagnosis d;
    d.id = uuid();
    d.patientId = p.id;
    d.visitId = fact.visitId;
    d.recordedAt = QDateTime::currentDateTimeUtc();
    d.recordedBy = QStringLiteral("x");
    fact.diagnoses.append(d);
    fact.resourceType = QStringLiteral("Condition");
    fact.resourceId = d.id;
    page.clinical.append(fact);
    page.cursor = QStringLiteral("v1.9");
    auto n = db::SyncApply(store->conn()).applyPage(page, actor());
    ASSERT_TRUE(n.ok()) << n.error().detail.toStdString();
    EXPECT_EQ(n->invalid, 1);
    EXPECT_EQ(db::SyncStateStore(store->conn()).cursor().value(), QStringLiteral("v1.9"));
}

// A DELETE entry of the feed is a tombstone: read from the page, recorded once (a replay of the
// page changes nothing), the record's row kept.
TEST_F(SyncFixture, DeleteEntryOfTheFeedIsRecordedAsATombstoneOnce)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    const QString visitId = uuid();
    const QString url = QStringLiteral("Encounter/") + visitId;
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("history")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("fullUrl"), url},
                                {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                                        {QStringLiteral("url"), url}}},
                                {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")},
                                                                         {QStringLiteral("etag"), QStringLiteral("W/\"2\"")}}}}}}};
    auto page = sync::readChangesPage(bundle);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->page.tombstones.size(), 1);
    EXPECT_EQ(page->page.tombstones.first().resourceId, visitId);
    EXPECT_EQ(page->page.tombstones.first().serverVersion, 2);
    page->page.cursor = QStringLiteral("v1.5");
    db::SyncApply apply(store->conn());
    auto first = apply.applyPage(page->page, actor());
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->applied, 1);
    auto again = apply.applyPage(page->page, actor());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->applied, 0);
    EXPECT_EQ(again->unchanged, 1);
    EXPECT_TRUE(db::Tombstones(store->conn()).isWithdrawn(QStringLiteral("Encounter"), visitId).value());
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")).value(), 1);
    EXPECT_EQ(apply.serverVersion(QStringLiteral("Encounter"), visitId).value(), 2);
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 1);
    (void)p;
}

// Withdrawing here: the tombstone, one `delete` outbox entry and the audit entry; twice = once.
TEST_F(SyncFixture, WithdrawingARecordQueuesOneDeleteAndIsSentAsADeleteEntry)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    ASSERT_TRUE(sync().complete());
    db::Tombstones t(store->conn());
    ASSERT_TRUE(t.withdraw(QStringLiteral("Patient"), p.id, QStringLiteral("registered twice"), actor()).ok());
    ASSERT_TRUE(t.withdraw(QStringLiteral("Patient"), p.id, QStringLiteral("registered twice"), actor()).ok());
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete' AND state = 'pending'")).value(), 1);
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'record.withdraw'")).value(), 1);
    ASSERT_TRUE(sync().complete());
    const QJsonObject sent = fake.pushedBundles.last()[u"entry"].toArray().first().toObject();
    EXPECT_EQ(sent[u"request"][u"method"].toString(), QStringLiteral("DELETE"));
    EXPECT_EQ(sent[u"request"][u"url"].toString(), QStringLiteral("Patient/") + p.id);
    EXPECT_FALSE(sent.contains(u"resource"));
}
