// Immunisation doses travel like every other record: outbox → Immunization in the push Bundle
// → the registry → pulled and stored by another computer of the union council; a replay and a
// full resync change nothing; a correction arrives as its own version. Households (Group),
// pregnancies (EpisodeOfCare) and ANC/PNC/FP contacts (Encounter) travel the same way.
#include "SyncFixture.h"

#include "bhu/db/HouseholdRepository.h"
#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/db/Outbox.h"
#include "bhu/db/SyncStateStore.h"

using namespace bhu;
using namespace bhu::test;

namespace {
Immunisation pentaFor(const Patient& p)
{
    Immunisation i;
    i.patientId = p.id;
    i.dose = GivenDose{QStringLiteral("Penta"), 1, QDate(2026, 5, 13), QStringLiteral("PN-1"), QStringLiteral("outreach"), false};
    i.facilityCode = QStringLiteral("BHU-0001");
    return i;
}
} // namespace

TEST_F(SyncFixture, ADoseRecordedOnAnLhwLaptopReachesTheOtherComputers)
{
    const Patient child = addPatient(QStringLiteral("Baby Ali"));
    db::ImmunisationRepository doses(store->conn());
    auto d = doses.record(pentaFor(child), actor());
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    const auto pushed = sync();
    ASSERT_TRUE(pushed.complete()) << pushed.errorDetail.toStdString();
    EXPECT_EQ(counts().pending, 0);
    ASSERT_TRUE(fake.resources.contains(QStringLiteral("Immunization/") + d->id));
    EXPECT_EQ(fake.resources[QStringLiteral("Immunization/") + d->id].resource.value(u"lotNumber").toString(), QStringLiteral("PN-1"));

    auto other = makeTestDb();
    auto otherStore = openTestDb(other);
    ASSERT_TRUE(otherStore);
    sync::SyncEngine second(*otherStore, &fake, options);
    ASSERT_TRUE(second.enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QString(), {}}).ok());
    const auto r = second.syncOnce();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.invalid, 0);
    EXPECT_EQ(r.deferred, 0);
    db::ImmunisationRepository there(otherStore->conn());
    auto got = there.get(d->id);
    ASSERT_TRUE(got.ok()) << got.error().message.toStdString();
    EXPECT_EQ(got->code(), QStringLiteral("Penta-1"));
    EXPECT_EQ(got->dose.date, QDate(2026, 5, 13));
    EXPECT_EQ(got->patientId, child.id);
    EXPECT_EQ(db::Outbox(otherStore->conn()).counts()->pending, 0);   // replicas are not sent back

    // A correction on the first computer arrives as a second version; the first stays.
    Immunisation fixed = d.value();
    fixed.dose.date = QDate(2026, 5, 12);
    ASSERT_TRUE(doses.amend(d->id, fixed, QStringLiteral("date misread"), actor()).ok());
    ASSERT_TRUE(sync().complete());
    ASSERT_TRUE(second.syncOnce().ok);
    const auto versions = there.forPatient(child.id).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(currentDoses(versions).first().date, QDate(2026, 5, 12));

    // Everything again (a full resync) changes nothing and duplicates nothing.
    ASSERT_TRUE(db::SyncStateStore(otherStore->conn()).resetCursor().ok());
    const auto again = second.syncOnce();
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(there.count().value(), 2);
}

namespace {
struct SecondComputer {
    TestDb db;
    std::unique_ptr<db::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

std::unique_ptr<SecondComputer> secondComputer(FakeRegistry& fake, const sync::SyncOptions& options)
{
    auto c = std::make_unique<SecondComputer>();
    c->db = makeTestDb();
    c->store = openTestDb(c->db);
    if (!c->store) return nullptr;
    c->engine = std::make_unique<sync::SyncEngine>(*c->store, &fake, options);
    if (!c->engine->enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QString(), {}}).ok()) return nullptr;
    return c;
}
} // namespace

TEST_F(SyncFixture, AHouseholdAPregnancyAndAnAncVisitReachTheOtherComputers)
{
    const Patient head = addPatient(QStringLiteral("Aslam Khan"));
    const Patient wife = addPatient(QStringLiteral("Rubina Bibi"));
    const Patient son = addPatient(QStringLiteral("Ali Khan"));
    db::HouseholdRepository households(store->conn());
    Household h;
    h.village = QStringLiteral("Chak 12");
    h.address = QStringLiteral("House 4");
    h.lhwArea = QStringLiteral("lhw_rubina");
    h.facilityCode = QStringLiteral("BHU-0001");
    auto made = households.create(h, actor());
    ASSERT_TRUE(made.ok());
    for (const auto& [p, rel] : {std::pair{head, Relationship::Head}, {wife, Relationship::Spouse}, {son, Relationship::Son}}) {
        HouseholdMember m;
        m.householdId = made->id;
        m.patientId = p.id;
        m.relationship = rel;
        m.joinedOn = QDate(2026, 5, 2);
        ASSERT_TRUE(households.addMember(m, actor()).ok());
    }
    db::MaternalRepository maternal(store->conn());
    Pregnancy preg;
    preg.patientId = wife.id;
    preg.lmp = QDate(2026, 3, 1);
    preg.edd = eddFromLmp(preg.lmp);
    preg.gravida = 2;
    preg.para = 1;
    preg.facilityCode = QStringLiteral("BHU-0001");
    auto p = maternal.registerPregnancy(preg, actor());
    ASSERT_TRUE(p.ok());
    MchContact anc;
    anc.patientId = wife.id;
    anc.pregnancyId = p->id;
    anc.date = QDate(2026, 6, 20);
    anc.systolic = 146;
    anc.diastolic = 94;
    anc.dangerSigns = QStringList{QStringLiteral("swelling")};
    anc.referred = true;
    anc.facilityCode = QStringLiteral("BHU-0001");
    auto c = maternal.recordContact(anc, actor());
    ASSERT_TRUE(c.ok());

    const auto pushed = sync();
    ASSERT_TRUE(pushed.complete()) << pushed.errorDetail.toStdString();
    EXPECT_EQ(counts().pending, 0);
    EXPECT_EQ(counts().rejected, 0);
    ASSERT_TRUE(fake.resources.contains(QStringLiteral("Group/") + made->id));
    ASSERT_TRUE(fake.resources.contains(QStringLiteral("EpisodeOfCare/") + p->id));
    ASSERT_TRUE(fake.resources.contains(QStringLiteral("Encounter/") + c->id));

    auto second = secondComputer(fake, options);
    ASSERT_TRUE(second);
    const auto r = second->engine->syncOnce();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.invalid, 0);
    EXPECT_EQ(r.deferred, 0);
    db::HouseholdRepository there(second->store->conn());
    auto rows = there.reg(QString(), QStringLiteral("Chak 12"));
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().household.headPatientId, head.id);
    EXPECT_EQ(rows->first().members.size(), 3);
    db::MaternalRepository maternalThere(second->store->conn());
    auto ongoing = maternalThere.ongoingPregnancy(wife.id);
    ASSERT_TRUE(ongoing.ok());
    ASSERT_TRUE(ongoing.value().has_value());
    EXPECT_EQ((*ongoing.value()).edd, preg.edd);
    auto contacts = maternalThere.contactsOf(wife.id);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 1);
    EXPECT_EQ(contacts->first().number, 1);
    EXPECT_TRUE(contacts->first().referred);
    EXPECT_EQ(contacts->first().dangerSigns, QStringList{QStringLiteral("swelling")});
    EXPECT_EQ(db::Outbox(second->store->conn()).counts()->pending, 0);   // replicas are not sent back

    // The son marries away on the second computer; the delivery is recorded on the first. Each
    // sees the other's change after a sync; a replay changes nothing.
    Household other;
    other.village = QStringLiteral("Chak 12");
    other.address = QStringLiteral("House 9");
    auto made2 = there.create(other, second->store->actor(QStringLiteral("lhw2")));
    ASSERT_TRUE(made2.ok());
    ASSERT_TRUE(there.moveMember(son.id, made2->id, Relationship::Head, QDate(2026, 7, 1), QStringLiteral("marriage"),
                                 second->store->actor(QStringLiteral("lhw2"))).ok());
    ASSERT_TRUE(maternal.recordOutcome(p->id, PregnancyOutcome::LiveBirth, QDate(2026, 11, 30), QStringLiteral("bhu"), QStringLiteral("LHV"), actor()).ok());
    const auto back = second->engine->syncOnce();
    ASSERT_TRUE(back.ok) << back.errorDetail.toStdString();
    EXPECT_EQ(db::Outbox(second->store->conn()).counts()->rejected, 0);
    ASSERT_TRUE(sync().complete());
    ASSERT_TRUE(second->engine->syncOnce().ok);
    auto moved = households.currentMembership(son.id);
    ASSERT_TRUE(moved.ok());
    ASSERT_TRUE(moved.value().has_value());
    EXPECT_EQ((*moved.value()).householdId, made2->id);
    EXPECT_EQ(households.members(made->id)->size(), 2);
    EXPECT_EQ(households.membershipsOf(son.id)->size(), 2);   // the history stays
    auto delivered = maternalThere.getPregnancy(p->id);
    ASSERT_TRUE(delivered.ok());
    EXPECT_EQ(delivered->outcome, PregnancyOutcome::LiveBirth);
    EXPECT_EQ(delivered->deliveryPlace, QStringLiteral("bhu"));

    ASSERT_TRUE(db::SyncStateStore(second->store->conn()).resetCursor().ok());
    const auto again = second->engine->syncOnce();
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(there.count().value(), 2);
    EXPECT_EQ(maternalThere.contactsOf(wife.id)->size(), 1);
}
