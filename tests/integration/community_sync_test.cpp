// Two LHW laptops and the BHU computer of one facility, each offline, then synced through the
// real bhu-registry (docs/community.md, issue #9): each LHW registers a household and records
// doses; both add a member to the same household while offline; after syncing everyone sees
// every household of the area and every dose in the due dates, and nothing is doubled.
#include "SyncFixture.h"

#include "bhu/db/HouseholdRepository.h"
#include "bhu/db/ImmunisationRepository.h"
#include "bhu/domain/EpiSchedule.h"
#include "bhu/domain/ImmunisationDue.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/PatientGenerator.h"

using namespace bhu;
using namespace bhu::test;

namespace {

const QString kFacility = QStringLiteral("PB-LHR-009");
const QString kVillage = QStringLiteral("Chak 12");

class community_sync : public SyncTest {};

// A person registered offline the way the front desk or an LHW does (duplicate check skipped:
// the generated names are unique), born on `born`.
Patient registerPerson(const Clinic& c, const QString& name, const QDate& born, std::uint64_t seed)
{
    auto s = c.session();
    EXPECT_TRUE(s);
    synth::PatientGenerator gen(seed, QDate::currentDate(), c.code);
    Patient p = gen.next(1).constFirst();
    p.id.clear();
    p.identifiers.clear();
    p.name = name;
    p.birthDate = born;
    p.birthDateEstimated = false;
    auto r = services::PatientService(*s).registerPatient(p, services::RegisterOptions{true, {}, {}});
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? r.value() : Patient{};
}

Household newHousehold(const Clinic& c, const QString& address, const QString& lhw)
{
    auto s = c.session();
    Household h;
    h.village = kVillage;
    h.address = address;
    h.lhwArea = QStringLiteral("area-7");
    h.facilityCode = kFacility;
    auto made = db::HouseholdRepository(s->store().conn()).create(h, s->store().actor(lhw));
    EXPECT_TRUE(made.ok());
    return made.ok() ? made.value() : Household{};
}

void addMember(const Clinic& c, const QString& householdId, const Patient& p, Relationship rel, const QString& lhw)
{
    auto s = c.session();
    HouseholdMember m;
    m.householdId = householdId;
    m.patientId = p.id;
    m.relationship = rel;
    m.joinedOn = QDate::currentDate();
    auto r = db::HouseholdRepository(s->store().conn()).addMember(m, s->store().actor(lhw));
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
}

void giveDose(const Clinic& c, const Patient& child, const QString& antigen, int dose, const QDate& on, const QString& lhw)
{
    auto s = c.session();
    Immunisation i;
    i.patientId = child.id;
    i.dose = GivenDose{antigen, dose, on, QStringLiteral("LOT-") + antigen, QStringLiteral("outreach"), false};
    i.facilityCode = kFacility;
    i.performer = lhw;
    auto r = db::ImmunisationRepository(s->store().conn()).record(i, s->store().actor(lhw));
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
}

// The child's next due dose of an antigen, as the due list computes it on that computer.
QString nextDose(const Clinic& c, const Patient& child, const QString& antigen)
{
    auto s = c.session();
    auto doses = db::ImmunisationRepository(s->store().conn()).forPatient(child.id);
    EXPECT_TRUE(doses.ok());
    for (const AntigenDue& a : immunisationDue(EpiSchedule::builtIn(), u"child", child.birthDate, currentDoses(doses.value()), QDate::currentDate()))
        if (a.antigen == antigen) return a.state == DueState::Complete ? QStringLiteral("complete") : a.nextCode();
    return {};
}

} // namespace

TEST_F(community_sync, TwoLhwLaptopsAndTheBhuSeeEveryHouseholdAndDoseOnce)
{
    auto lhwA = enrolledClinic(kFacility, 109);
    auto lhwB = enrolledClinic(kFacility, 109);   // a second laptop of the same facility
    auto bhu = enrolledClinic(kFacility, 109);
    const QDate today = QDate::currentDate();
    // Each laptop is enrolled and synced at the BHU before going to the field: it takes its own
    // block of MR numbers, so what it registers offline has numbers no other computer gives.
    for (const Clinic* c : {lhwA.get(), lhwB.get(), bhu.get()}) ASSERT_EQ(sync(*c).exitCode, 0);

    // LHW A, offline: a household of five with an infant; BCG and OPV-0 at birth, Penta-1 at 6 weeks.
    const QDate infantBorn = today.addDays(-75);
    const Household h1 = newHousehold(*lhwA, QStringLiteral("House 4"), QStringLiteral("lhw_a"));
    const Patient head = registerPerson(*lhwA, QStringLiteral("Aslam Khan"), today.addYears(-34), 901);
    const Patient wife = registerPerson(*lhwA, QStringLiteral("Rubina Aslam"), today.addYears(-29), 902);
    const Patient grandmother = registerPerson(*lhwA, QStringLiteral("Zainab Bibi"), today.addYears(-61), 903);
    const Patient son = registerPerson(*lhwA, QStringLiteral("Ahmed Aslam"), today.addYears(-4), 904);
    const Patient infant = registerPerson(*lhwA, QStringLiteral("Baby Aslam"), infantBorn, 905);
    addMember(*lhwA, h1.id, head, Relationship::Head, QStringLiteral("lhw_a"));
    addMember(*lhwA, h1.id, wife, Relationship::Spouse, QStringLiteral("lhw_a"));
    addMember(*lhwA, h1.id, grandmother, Relationship::Mother, QStringLiteral("lhw_a"));
    addMember(*lhwA, h1.id, son, Relationship::Son, QStringLiteral("lhw_a"));
    addMember(*lhwA, h1.id, infant, Relationship::Son, QStringLiteral("lhw_a"));
    giveDose(*lhwA, infant, QStringLiteral("BCG"), 1, infantBorn.addDays(1), QStringLiteral("lhw_a"));
    giveDose(*lhwA, infant, QStringLiteral("OPV"), 0, infantBorn.addDays(1), QStringLiteral("lhw_a"));
    giveDose(*lhwA, infant, QStringLiteral("Penta"), 1, infantBorn.addDays(42), QStringLiteral("lhw_a"));

    // LHW B, offline: another household with a newborn and its BCG.
    const QDate newbornBorn = today.addDays(-10);
    const Household h2 = newHousehold(*lhwB, QStringLiteral("House 9"), QStringLiteral("lhw_b"));
    const Patient mother = registerPerson(*lhwB, QStringLiteral("Sadia Noor"), today.addYears(-24), 906);
    const Patient newborn = registerPerson(*lhwB, QStringLiteral("Baby Noor"), newbornBorn, 907);
    addMember(*lhwB, h2.id, mother, Relationship::Head, QStringLiteral("lhw_b"));
    addMember(*lhwB, h2.id, newborn, Relationship::Daughter, QStringLiteral("lhw_b"));
    giveDose(*lhwB, newborn, QStringLiteral("BCG"), 1, newbornBorn.addDays(2), QStringLiteral("lhw_b"));

    // Everyone syncs (twice: the first to go last sees the others' records on its second run).
    for (int round = 0; round < 2; ++round)
        for (const Clinic* c : {lhwA.get(), lhwB.get(), bhu.get()}) {
            const SyncRun r = sync(*c);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.report.value(u"rejected").toInt(), 0) << r.report.value(u"rejected").toInt();
        }

    // LHW B meets the first family and gives the infant Penta-2 (4 weeks after Penta-1); the
    // BHU adds a newborn to the same household; both offline, both change household 1.
    giveDose(*lhwB, infant, QStringLiteral("Penta"), 2, infantBorn.addDays(70), QStringLiteral("lhw_b"));
    const Patient baby2 = registerPerson(*bhu, QStringLiteral("Baby Two Aslam"), today.addDays(-3), 908);
    addMember(*bhu, h1.id, baby2, Relationship::Daughter, QStringLiteral("lhv"));
    const Patient nephew = registerPerson(*lhwB, QStringLiteral("Bilal Khan"), today.addYears(-12), 909);
    addMember(*lhwB, h1.id, nephew, Relationship::OtherRelative, QStringLiteral("lhw_b"));
    for (int round = 0; round < 2; ++round)
        for (const Clinic* c : {lhwB.get(), bhu.get(), lhwA.get()}) {
            const SyncRun r = sync(*c);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.report.value(u"rejected").toInt(), 0);
        }

    // The registry holds every household and dose once.
    EXPECT_EQ(registryCount(QStringLiteral("Group")), 2);
    EXPECT_EQ(registryCount(QStringLiteral("Immunization")), 5);
    for (const Clinic* c : {lhwA.get(), lhwB.get(), bhu.get()}) {
        SCOPED_TRACE(c == lhwA.get() ? "LHW A" : c == lhwB.get() ? "LHW B" : "BHU");
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM households")), 2);
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM immunisations")), 5);   // no dose doubled
        // Both offline additions to household 1 survived the other's (the registry merges).
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM household_members WHERE household_id = '") + h1.id +
                                     QStringLiteral("' AND left_on IS NULL")),
                  7);
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM household_members")), 9);
        // The due dates use every dose, wherever it was recorded.
        EXPECT_EQ(nextDose(*c, infant, QStringLiteral("Penta")), QStringLiteral("Penta-3"));
        EXPECT_EQ(nextDose(*c, newborn, QStringLiteral("BCG")), QStringLiteral("complete"));
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('synced')")), 0);
    }
}
