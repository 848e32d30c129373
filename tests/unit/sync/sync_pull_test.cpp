// Pull: records from elsewhere, unsent local edits kept, provisional → national MR kept as an
// alias, 410 full resync, a cut or malformed page applies nothing, a malformed resource is
// set aside, merge conflicts listed.
#include "SyncFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/SyncApply.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/MrNumber.h"

#include <QJsonDocument>
#include <QUuid>

using namespace bhu;
using namespace bhu::test;

namespace {
QString cursorOf(db::Store& s) { return db::SyncStateStore(s.conn()).cursor().value(); }
} // namespace

TEST_F(SyncFixture, PatientFromAnotherFacilityIsStoredAndFoundByNumber)
{
    const QJsonObject other = otherFacilityPatient(QStringLiteral("Rashid Khan"));
    fake.injectChange(other);
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.applied, 1);
    db::PatientRepository repo(store->conn());
    auto p = repo.get(other[u"id"].toString());
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->name, u"Rashid Khan");
    EXPECT_EQ(counts().pending, 0);   // a replica is not sent back
    auto found = repo.findByIdentifier(MrNumber::fromPayload(555).value().digits());
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 1);
    auto audit = db::AuditLog(store->conn()).recent(5);
    ASSERT_TRUE(audit.ok());
    bool pulled = false;
    for (const auto& e : audit.value())
        if (e.action == u"sync.pull") {
            pulled = true;
            EXPECT_FALSE(e.details.contains(u"Rashid"));
        }
    EXPECT_TRUE(pulled);

    // A newer version from the registry updates it; the same version again is a no-op.
    QJsonObject v2 = fake.resources[QStringLiteral("Patient/") + p->id].resource;
    v2.insert(QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                                {QStringLiteral("value"), QStringLiteral("+923007654321")},
                                                                {QStringLiteral("use"), QStringLiteral("mobile")}}});
    fake.injectChange(v2);
    auto r2 = sync();
    EXPECT_EQ(r2.applied, 1);
    EXPECT_EQ(repo.get(p->id)->phone, u"+923007654321");
    EXPECT_EQ(db::SyncApply(store->conn()).serverVersion(QStringLiteral("Patient"), p->id).value(), 2);
}

TEST_F(SyncFixture, PagesFollowTheNextLinkAndTheCursorIsStored)
{
    engine = std::make_unique<sync::SyncEngine>(*store, &fake, [this] {
        auto o = options;
        o.pageSize = 2;
        return o;
    }());
    for (int i = 0; i < 5; ++i) fake.injectChange(otherFacilityPatient(QStringLiteral("Patient %1").arg(i)));
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.pulled, 5);
    EXPECT_EQ(r.applied, 5);
    EXPECT_EQ(fake.calls(Op::Changes), 3);
    EXPECT_EQ(cursorOf(*store), QStringLiteral("v1.5"));
}

TEST_F(SyncFixture, PullNeverOverwritesAnUnsentLocalEdit)
{
    Patient p = addPatient(QStringLiteral("Amina Bibi"));
    ASSERT_TRUE(sync().complete());
    // Elsewhere: the name changes (server version 2).
    QJsonObject theirs = fake.resources[QStringLiteral("Patient/") + p.id].resource;
    theirs.insert(QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                                                 {QStringLiteral("text"), QStringLiteral("Amina Begum")}}});
    fake.injectChange(theirs);
    // Here: the phone changes, and the registry refuses it for now (stays unsent: rejected).
    p = db::PatientRepository(store->conn()).get(p.id).value();
    p.phone = QStringLiteral("+923339998887");
    ASSERT_TRUE(db::PatientRepository(store->conn()).update(p, actor()).ok());
    fake.rejectIds.insert(p.id);

    const auto r = sync();
    EXPECT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.rejected, 1);
    auto local = db::PatientRepository(store->conn()).get(p.id);
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(local->name, u"Amina Bibi");          // not overwritten…
    EXPECT_EQ(local->phone, u"+923339998887");      // …the local edit stays
    EXPECT_EQ(db::SyncApply(store->conn()).serverVersion(QStringLiteral("Patient"), p.id).value(), 2);   // new base

    // Retried, the edit goes out with ifMatch = the new base.
    fake.rejectIds.clear();
    db::SyncQueue q(store->conn());
    ASSERT_TRUE(q.retry(q.openIssues()->first().id, actor()).ok());
    ASSERT_TRUE(sync().complete());
    const QJsonObject last = fake.pushedBundles.last()[u"entry"].toArray().first().toObject();
    EXPECT_EQ(last[u"request"][u"ifMatch"].toString(), QStringLiteral("W/\"2\""));
}

TEST_F(SyncFixture, ProvisionalMrIsKeptAsAliasWhenTheNationalOneArrives)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));   // pool empty: provisional
    const QString provisional = p.identifier(IdSystem::MrProvisional);
    ASSERT_FALSE(provisional.isEmpty());
    fake.assignNationalMr = true;
    const auto r = sync();
    ASSERT_TRUE(r.complete()) << r.errorDetail.toStdString();
    db::PatientRepository repo(store->conn());
    auto local = repo.get(p.id);
    ASSERT_TRUE(local.ok());
    const QString national = local->identifier(IdSystem::Mr);
    EXPECT_FALSE(national.isEmpty());
    EXPECT_EQ(local->identifier(IdSystem::MrProvisional), provisional);
    EXPECT_EQ(repo.findByIdentifier(provisional).value(), QList<QString>{p.id});
    EXPECT_EQ(repo.findByIdentifier(national).value(), QList<QString>{p.id});
    EXPECT_EQ(counts().pending, 0);   // the registry's own change is not sent back
}

// The registry's answer (here: a national MR number) and the outbox acknowledgement commit
// together. When storing the answer fails (as a crash between the two would), the entry stays
// unacknowledged and is sent again; acknowledged alone, the national number would never reach
// this clinic (a run does not pull back its own pushes).
TEST_F(SyncFixture, AnAnswerThatCannotBeStoredLeavesTheEntryUnacknowledged)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));   // pool empty: provisional
    ASSERT_FALSE(p.identifier(IdSystem::MrProvisional).isEmpty());
    fake.assignNationalMr = true;
    // Storing the answer fails at its last step (the audit entry of the applied answer).
    ASSERT_TRUE(store->conn().exec(QStringLiteral("CREATE TEMP TRIGGER fail_returned BEFORE INSERT ON audit_log "
                                                  "WHEN NEW.action = 'sync.returned' BEGIN SELECT RAISE(ABORT, 'injected'); END")).ok());
    EXPECT_FALSE(sync().complete());
    auto acked = store->conn().queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_id = '%1' AND state = 'synced'").arg(p.id));
    ASSERT_TRUE(acked.ok());
    EXPECT_EQ(acked.value(), 0) << "acknowledged although the registry's answer was not stored";

    // Once the answer can be stored, the resend brings the national number.
    ASSERT_TRUE(store->conn().exec(QStringLiteral("DROP TRIGGER temp.fail_returned")).ok());
    const auto again = sync();
    ASSERT_TRUE(again.complete()) << again.errorDetail.toStdString();
    auto local = db::PatientRepository(store->conn()).get(p.id);
    ASSERT_TRUE(local.ok());
    EXPECT_FALSE(local->identifier(IdSystem::Mr).isEmpty());
}

TEST_F(SyncFixture, ExpiredCursorTriggersAFullResync)
{
    fake.injectChange(otherFacilityPatient(QStringLiteral("Rashid Khan")));
    addPatient(QStringLiteral("Amina Bibi"));
    ASSERT_TRUE(sync().complete());
    const QString before = cursorOf(*store);
    ASSERT_FALSE(before.isEmpty());
    fake.injectChange(otherFacilityPatient(QStringLiteral("Bilal Ahmed")));
    fake.expireCursorOnce = true;
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_TRUE(r.resynced);
    EXPECT_EQ(r.pulled, fake.feed.size());   // everything again, from the beginning
    EXPECT_EQ(r.applied, 1);                 // only the new one changes anything
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 3);
}

// A full resync re-pulls the registry's older version of a record edited here and not yet
// acknowledged: the local edit and its pending outbox entry survive, and go out afterwards.
TEST_F(SyncFixture, FullResyncKeepsPendingOutboxItems)
{
    Patient p = addPatient(QStringLiteral("Amina Bibi"));
    ASSERT_TRUE(sync().complete());
    p = db::PatientRepository(store->conn()).get(p.id).value();
    p.phone = QStringLiteral("+923339998887");
    ASSERT_TRUE(db::PatientRepository(store->conn()).update(p, actor()).ok());
    fake.failIds.insert(p.id);   // the registry cannot store it now: pending with backoff
    EXPECT_FALSE(sync().ok);
    ASSERT_EQ(counts().pending, 1);

    fake.injectChange(otherFacilityPatient(QStringLiteral("Bilal Ahmed")));
    fake.expireCursorOnce = true;
    const auto r = sync();   // the entry waits for its backoff; the pull meets the 410
    EXPECT_TRUE(r.resynced);
    EXPECT_EQ(r.pulled, fake.feed.size());   // the registry's version 1 of Amina again, too
    EXPECT_EQ(counts().pending, 1);          // not lost…
    EXPECT_EQ(db::PatientRepository(store->conn()).get(p.id)->phone, u"+923339998887");   // …nor overwritten
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 2);

    fake.failIds.clear();
    clock.advanceSecs(60);
    ASSERT_TRUE(sync().complete());
    EXPECT_EQ(counts().pending, 0);
    EXPECT_TRUE(QJsonDocument(fake.resources[QStringLiteral("Patient/") + p.id].resource).toJson().contains("+923339998887"));
}

TEST_F(SyncFixture, PageCutMidBodyAppliesNothing)
{
    fake.injectChange(otherFacilityPatient(QStringLiteral("Rashid Khan")));
    fake.injectChange(otherFacilityPatient(QStringLiteral("Bilal Ahmed")));
    fake.setFault(Op::Changes, Fault{Fault::Kind::CutBody, 0, 0, 1});
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.transient);
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 0);
    EXPECT_EQ(cursorOf(*store), QString());
    r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.applied, 2);
}

// Pages already here when one is applied commit together; a later page cut mid-body keeps
// the pages applied before it (with their cursor) and applies nothing of itself.
TEST_F(SyncFixture, APageCutAfterOthersKeepsThePagesBeforeIt)
{
    engine = std::make_unique<sync::SyncEngine>(*store, &fake, [this] {
        auto o = options;
        o.pageSize = 2;
        return o;
    }());
    for (int i = 0; i < 7; ++i) fake.injectChange(otherFacilityPatient(QStringLiteral("Patient %1").arg(i)));
    fake.setFault(Op::Changes, Fault{Fault::Kind::CutBody, 0, 0, 1, 2});   // the third page
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.applied, 4);
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 4);
    EXPECT_EQ(cursorOf(*store), QStringLiteral("v1.4"));
    r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.applied, 3);
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 7);
}

TEST_F(SyncFixture, MalformedPageAppliesNothing)
{
    fake.injectChange(otherFacilityPatient(QStringLiteral("Rashid Khan")));
    fake.setFault(Op::Changes, Fault{Fault::Kind::MalformedJson, 0, 0, 1});
    auto r = sync();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(db::PatientRepository(store->conn()).count().value(), 0);
    EXPECT_EQ(cursorOf(*store), QString());
    r = sync();
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.applied, 1);
}

TEST_F(SyncFixture, MalformedResourceIsSetAsideAndTheRestApplies)
{
    const QString badId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fake.injectRaw(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                               {QStringLiteral("id"), badId},
                               {QStringLiteral("gender"), QStringLiteral("banana")},
                               {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("X")}}}}});
    fake.injectChange(otherFacilityPatient(QStringLiteral("Rashid Khan")));
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.invalid, 1);
    EXPECT_EQ(r.applied, 1);
    EXPECT_EQ(cursorOf(*store), QStringLiteral("v1.2"));
    auto issues = db::SyncQueue(store->conn()).openIssues();
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().kind, u"pull-invalid");
    EXPECT_EQ(issues->first().resourceId, badId);
    EXPECT_FALSE(db::PatientRepository(store->conn()).get(badId).ok());
}

TEST_F(SyncFixture, MergeConflictReportedByTheRegistryNeedsAttention)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    auto part = [](const char* url, const char* v) {
        return QJsonObject{{QStringLiteral("url"), QString::fromLatin1(url)}, {QStringLiteral("valueString"), QString::fromLatin1(v)}};
    };
    fake.conflictFor.insert(p.id, QJsonObject{{QStringLiteral("url"), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/merge-conflict")},
                                              {QStringLiteral("extension"), QJsonArray{part("field", "phone"), part("value", "+923000000000"),
                                                                                       part("facility", "BHU-0002")}}});
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.conflicts, 1);
    auto issues = db::SyncQueue(store->conn()).openIssues();
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().kind, u"merge-conflict");
    EXPECT_EQ(issues->first().field, u"phone");
    // Seen again in the pull: listed once.
    EXPECT_EQ(sync().conflicts, 0);
    EXPECT_EQ(db::SyncQueue(store->conn()).openIssues()->size(), 1);
}

TEST_F(SyncFixture, AnotherClinicsVisitArrivesWholeEvenOnePageAtATime)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    const VisitRecord v = addClosedVisit(p);
    ASSERT_TRUE(sync().complete());

    // A second clinic computer of the same facility, one resource per page.
    auto other = makeTestDb();
    auto otherStore = openTestDb(other);
    ASSERT_TRUE(otherStore);
    sync::SyncOptions o = options;
    o.pageSize = 1;
    sync::SyncEngine second(*otherStore, &fake, o);
    ASSERT_TRUE(second.enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QString(), {}}).ok());
    const auto r = second.syncOnce();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.invalid, 0);
    EXPECT_EQ(r.deferred, 0);
    auto got = db::VisitRepository(otherStore->conn()).get(v.visit.id);
    ASSERT_TRUE(got.ok()) << got.error().message.toStdString();
    EXPECT_FALSE(got->visit.isOpen());
    ASSERT_EQ(got->diagnoses.size(), 1);
    EXPECT_EQ(got->diagnoses.first().icd10, u"J18.9");
    ASSERT_TRUE(got->vitals.has_value());
    EXPECT_EQ(got->vitals->systolic, 120);   // from the blood-pressure Observation…
    EXPECT_EQ(got->vitals->weightKg, 61);    // …and the weight one, on another page
    EXPECT_EQ(db::Outbox(otherStore->conn()).counts()->pending, 0);   // replicas are not sent back

    // Everything again (a full resync) changes nothing.
    ASSERT_TRUE(db::SyncStateStore(otherStore->conn()).resetCursor().ok());
    const auto again = second.syncOnce();
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.applied, 0);
}

TEST_F(SyncFixture, PatientMergedAwayByTheRegistryIsListed)
{
    QJsonObject loser = otherFacilityPatient(QStringLiteral("Rashid Khan"));
    const QString survivor = QUuid::createUuid().toString(QUuid::WithoutBraces);
    loser.insert(QStringLiteral("link"), QJsonArray{QJsonObject{
                                             {QStringLiteral("other"), QJsonObject{{QStringLiteral("reference"), QString(QStringLiteral("Patient/") + survivor)}}},
                                             {QStringLiteral("type"), QStringLiteral("replaced-by")}}});
    fake.injectChange(loser);
    const auto r = sync();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    auto issues = db::SyncQueue(store->conn()).openIssues();
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().kind, u"merged");
    EXPECT_EQ(issues->first().detail, survivor);
    fake.expireCursorOnce = true;   // seen again: listed once
    ASSERT_TRUE(sync().ok);
    EXPECT_EQ(db::SyncQueue(store->conn()).openIssues()->size(), 1);
}

TEST(SyncNotEnrolled, SyncSaysEnrolFirst)
{
    auto t = makeTestDb();
    auto s = openTestDb(t);
    FakeRegistry fake;
    sync::SyncEngine engine(*s, &fake);
    const auto r = engine.syncOnce();
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(u"not enrolled"));
    EXPECT_EQ(fake.calls(Op::Push) + fake.calls(Op::Changes), 0);
}
