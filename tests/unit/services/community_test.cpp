// Community and mother-and-child health through the service layer: households and moves that
// keep history, immunisation doses (append-only, corrections, due lists), pregnancies and
// ANC/FP contacts; each write with its outbox and audit entries; roles.
#include "bhu/db/AuditLog.h"
#include "bhu/services/HouseholdService.h"
#include "bhu/services/ImmunisationService.h"
#include "bhu/services/MaternalService.h"
#include "bhu/services/PatientService.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kLhwPw = QStringLiteral("lhw-password-1");
const QString kDeskPw = QStringLiteral("desk-password-1");

class Community : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb();
        bhu::test::addUser(t, QStringLiteral("lhw_rubina"), Role::Lhw, kLhwPw);
        bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, kDeskPw);
        auto s = Session::unlock(t.path, QStringLiteral("lhw_rubina"), kLhwPw, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        lhw = std::move(s.value());
    }

    Patient person(const char* name, Sex sex, QDate born)
    {
        Patient p;
        p.name = QString::fromLatin1(name);
        p.sex = sex;
        p.birthDate = born;
        auto r = PatientService(*lhw).registerPatient(p, RegisterOptions{true, {}, {}});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : p;
    }

    Household household(const char* village, const char* address)
    {
        Household h;
        h.village = QString::fromLatin1(village);
        h.address = QString::fromLatin1(address);
        auto r = HouseholdService(*lhw).createHousehold(h);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : h;
    }

    qint64 rows(const QString& sql) { return lhw->store().conn().queryInt(sql).value(); }
    qint64 outbox(const char* type) { return rows(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_type = '%1'").arg(QString::fromLatin1(type))); }
    qint64 audit(const char* action) { return rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QString::fromLatin1(action))); }

    Immunisation dose(const Patient& child, const char* antigen, int n, QDate on)
    {
        Immunisation i;
        i.patientId = child.id;
        i.dose = GivenDose{QString::fromLatin1(antigen), n, on, QStringLiteral("L-2291"), QStringLiteral("BHU"), false};
        return i;
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> lhw;
    ManualClock clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
};
} // namespace

TEST_F(Community, AnLhwRegistersAHouseholdWithMembersInHerArea)
{
    const Household h = household("Chak 12", "House 4, near the mosque");
    EXPECT_EQ(h.lhwArea, QStringLiteral("lhw_rubina"));   // defaults to the LHW herself
    EXPECT_EQ(h.facilityCode, QStringLiteral("BHU-0001"));
    const Patient head = person("Akram Ali", Sex::Male, QDate(1980, 1, 1));
    const Patient wife = person("Nasreen Akram", Sex::Female, QDate(1990, 1, 1));
    HouseholdService svc(*lhw);
    ASSERT_TRUE(svc.addMember(h.id, wife.id, Relationship::Spouse).ok());
    ASSERT_TRUE(svc.addMember(h.id, head.id, Relationship::Head).ok());

    auto reg = svc.familyRegister(QStringLiteral("lhw_rubina"), QStringLiteral("Chak 12"));
    ASSERT_TRUE(reg.ok());
    ASSERT_EQ(reg->size(), 1);
    EXPECT_EQ(reg->first().household.headPatientId, head.id);
    ASSERT_EQ(reg->first().members.size(), 2);
    EXPECT_EQ(reg->first().members.first().patient.name, QStringLiteral("Akram Ali"));   // head first
    EXPECT_TRUE(svc.familyRegister(QStringLiteral("lhw_other"), {})->isEmpty());
    EXPECT_EQ(svc.villages({}).value(), QStringList{QStringLiteral("Chak 12")});

    // One Group entry (re-queued as the household changes) and an audit entry per write.
    EXPECT_EQ(outbox("Group"), 1);
    EXPECT_EQ(audit("household.create"), 1);
    EXPECT_EQ(audit("household.member.add"), 2);
}

TEST_F(Community, APersonBelongsToOneHouseholdAtATime)
{
    const Household a = household("Chak 12", "House 4");
    const Household b = household("Chak 12", "House 9");
    const Patient p = person("Shazia Bibi", Sex::Female, QDate(2000, 3, 1));
    HouseholdService svc(*lhw);
    ASSERT_TRUE(svc.addMember(a.id, p.id, Relationship::Daughter).ok());
    const auto again = svc.addMember(b.id, p.id, Relationship::DaughterInLaw);
    EXPECT_TRUE(again.is(ErrorCode::Conflict));
    EXPECT_TRUE(again.error().message.contains(u"Move them"));
}

TEST_F(Community, MovingAMemberOnMarriageKeepsHistory)
{
    const Household parents = household("Chak 12", "House 4");
    const Household inLaws = household("Chak 14", "House 2");
    const Patient bride = person("Shazia Bibi", Sex::Female, QDate(2000, 3, 1));
    HouseholdService svc(*lhw);
    ASSERT_TRUE(svc.addMember(parents.id, bride.id, Relationship::Daughter).ok());
    auto moved = svc.moveMember(bride.id, inLaws.id, Relationship::DaughterInLaw, QDate::currentDate(), QStringLiteral("marriage"));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();

    const auto history = svc.memberships(bride.id).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].householdId, parents.id);
    EXPECT_EQ(history[0].leftReason, QStringLiteral("marriage"));
    EXPECT_FALSE(history[0].isCurrent());
    EXPECT_EQ(history[1].householdId, inLaws.id);
    EXPECT_TRUE(history[1].isCurrent());
    EXPECT_TRUE(svc.household(parents.id)->members.isEmpty());
    EXPECT_EQ(svc.household(inLaws.id)->members.size(), 1);
    // Memberships are never deleted, even from a raw connection.
    EXPECT_FALSE(lhw->store().conn().exec(QStringLiteral("DELETE FROM household_members")).ok());
}

TEST_F(Community, ARecordedDoseIsAppendOnlyAndCorrectedByANewVersion)
{
    const Patient child = person("Baby Ali", Sex::Male, QDate(2026, 4, 1));
    ImmunisationService svc(*lhw, clock);
    auto d = svc.recordDose(dose(child, "Penta", 1, QDate(2026, 5, 13)));
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    EXPECT_EQ(outbox("Immunization"), 1);
    EXPECT_EQ(audit("immunisation.record"), 1);
    EXPECT_FALSE(lhw->store().conn().exec(QStringLiteral("UPDATE immunisations SET lot = 'x'")).ok());
    EXPECT_FALSE(lhw->store().conn().exec(QStringLiteral("DELETE FROM immunisations")).ok());

    // Recorded as Penta-1 but it was PCV-1: the correction counts, the original stays.
    Immunisation fixed = d.value();
    fixed.dose.antigen = QStringLiteral("PCV");
    auto c = svc.correctDose(d->id, fixed, QStringLiteral("wrong vaccine picked"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->version, 2);
    EXPECT_EQ(c->amendsId, d->id);
    EXPECT_TRUE(svc.correctDose(d->id, fixed, QStringLiteral("again")).is(ErrorCode::Conflict));
    const auto card = svc.card(child.id).value();
    EXPECT_EQ(card.doses.size(), 2);
    EXPECT_EQ(card.series, QStringLiteral("child"));
    for (const AntigenDue& a : card.due) {
        if (a.antigen == u"PCV") {
            EXPECT_EQ(a.nextDose, 2);
        }
        if (a.antigen == u"Penta") {
            EXPECT_EQ(a.nextDose, 1);
        }
    }
    EXPECT_EQ(outbox("Immunization"), 2);
}

TEST_F(Community, ADoseIsCheckedAgainstTheScheduleAndTheDates)
{
    const Patient child = person("Baby Ali", Sex::Male, QDate(2026, 4, 1));
    ImmunisationService svc(*lhw, clock);
    EXPECT_TRUE(svc.recordDose(dose(child, "Penta", 4, QDate(2026, 5, 13))).is(ErrorCode::Invalid));
    EXPECT_TRUE(svc.recordDose(dose(child, "Penta", 1, QDate(2026, 6, 2))).is(ErrorCode::Invalid));   // tomorrow
    EXPECT_TRUE(svc.recordDose(dose(child, "BCG", 1, QDate(2026, 3, 1))).is(ErrorCode::Invalid));     // before birth
    Immunisation noLot = dose(child, "BCG", 1, QDate(2026, 4, 1));
    noLot.dose.lot.clear();
    EXPECT_TRUE(svc.recordDose(noLot).is(ErrorCode::Invalid));
    noLot.dose.givenElsewhere = true;   // from another facility's card: no lot needed
    EXPECT_TRUE(svc.recordDose(noLot).ok());
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM immunisations")), 1);
}

TEST_F(Community, TheVillageDueListShowsDefaultersFirstAndOnlyThatVillage)
{
    const Household h = household("Chak 12", "House 4");
    const Household other = household("Chak 14", "House 1");
    const Patient late = person("Late Child", Sex::Female, QDate(2025, 12, 1));     // 6 months, nothing given
    const Patient onTime = person("On Time", Sex::Male, QDate(2026, 4, 15));        // 6.5 weeks: Penta-1 due
    const Patient elsewhere = person("Other Village", Sex::Male, QDate(2025, 12, 1));
    const Patient adult = person("Mother Adult", Sex::Female, QDate(1995, 1, 1));
    HouseholdService hs(*lhw);
    ASSERT_TRUE(hs.addMember(h.id, late.id, Relationship::Daughter).ok());
    ASSERT_TRUE(hs.addMember(h.id, onTime.id, Relationship::Son).ok());
    ASSERT_TRUE(hs.addMember(h.id, adult.id, Relationship::Spouse).ok());
    ASSERT_TRUE(hs.addMember(other.id, elsewhere.id, Relationship::Son).ok());

    ImmunisationService svc(*lhw, clock);
    ASSERT_TRUE(svc.recordDose(dose(onTime, "BCG", 1, QDate(2026, 4, 15))).ok());
    ASSERT_TRUE(svc.recordDose(dose(onTime, "OPV", 0, QDate(2026, 4, 15))).ok());
    // The mother's Td series is on time (Td-3 not due before November): she is not listed.
    ASSERT_TRUE(svc.recordDose(dose(adult, "Td", 1, QDate(2026, 4, 1))).ok());
    ASSERT_TRUE(svc.recordDose(dose(adult, "Td", 2, QDate(2026, 5, 1))).ok());
    auto list = svc.dueList({}, QStringLiteral("Chak 12"));
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).patient.id, late.id);
    EXPECT_TRUE(list->at(0).defaulter);
    EXPECT_EQ(list->at(1).patient.id, onTime.id);
    EXPECT_FALSE(list->at(1).defaulter);
    EXPECT_EQ(list->at(0).address, QStringLiteral("House 4"));

    // Once the late child's overdue doses are given she is no longer a defaulter.
    for (const AntigenDue& a : list->at(0).due)
        if (a.antigen != u"OPV" || a.nextDose != 0) {
            ASSERT_TRUE(svc.recordDose(dose(late, a.antigen.toLatin1().constData(), a.nextDose, QDate(2026, 6, 1))).ok());
        }
    list = svc.dueList({}, QStringLiteral("Chak 12"));
    ASSERT_TRUE(list.ok());
    for (const DueListEntry& e : list.value()) EXPECT_FALSE(e.defaulter) << e.patient.name.toStdString();
}

TEST_F(Community, TheDueListHasWomenDueATdDosePregnantWomenFirst)
{
    const Household h = household("Chak 12", "House 7");
    const Patient pregnant = person("Pregnant Woman", Sex::Female, QDate(1998, 3, 1));   // no Td yet
    const Patient woman = person("Young Woman", Sex::Female, QDate(2008, 1, 1));         // 18: Td-1 overdue
    const Patient older = person("Older Woman", Sex::Female, QDate(1970, 1, 1));         // 56: past the Td age limit
    const Patient man = person("Young Man", Sex::Male, QDate(2000, 1, 1));
    const Patient girl = person("School Girl", Sex::Female, QDate(2016, 1, 1));          // 10: neither series due list
    HouseholdService hs(*lhw);
    for (const Patient& p : {pregnant, woman, older, man, girl}) ASSERT_TRUE(hs.addMember(h.id, p.id, Relationship::OtherRelative).ok());
    Pregnancy p;
    p.patientId = pregnant.id;
    p.lmp = QDate(2026, 3, 1);
    p.gravida = 1;
    ASSERT_TRUE(MaternalService(*lhw, clock).registerPregnancy(p).ok());

    ImmunisationService svc(*lhw, clock);
    auto list = svc.dueList({}, QStringLiteral("Chak 12"));
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).patient.id, pregnant.id);
    EXPECT_TRUE(list->at(0).pregnant);
    EXPECT_EQ(list->at(0).series, QStringLiteral("td"));
    ASSERT_EQ(list->at(0).due.size(), 1);
    EXPECT_EQ(list->at(0).due.first().nextCode(), QStringLiteral("Td-1"));
    EXPECT_EQ(list->at(1).patient.id, woman.id);
    EXPECT_FALSE(list->at(1).pregnant);

    // Td-1 given: Td-2 is due four weeks later, so she leaves the list until then.
    ASSERT_TRUE(svc.recordDose(dose(pregnant, "Td", 1, QDate(2026, 6, 1))).ok());
    list = svc.dueList({}, QStringLiteral("Chak 12"));
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->at(0).patient.id, woman.id);
}

TEST_F(Community, PregnancyRegistrationGivesTheEddAndNumbersTheAncVisits)
{
    const Patient woman = person("Nasreen Akram", Sex::Female, QDate(1995, 1, 1));
    MaternalService svc(*lhw, clock);
    Pregnancy p;
    p.patientId = woman.id;
    p.lmp = QDate(2026, 3, 1);
    p.gravida = 3;
    p.para = 2;
    auto reg = svc.registerPregnancy(p);
    ASSERT_TRUE(reg.ok()) << reg.error().message.toStdString();
    EXPECT_EQ(reg->edd, QDate(2026, 12, 6));
    EXPECT_TRUE(svc.registerPregnancy(p).is(ErrorCode::Conflict));   // one ongoing pregnancy at a time
    EXPECT_EQ(outbox("EpisodeOfCare"), 1);

    MchContact anc;
    anc.patientId = woman.id;
    anc.pregnancyId = reg->id;
    anc.kind = MchKind::Antenatal;
    anc.date = QDate(2026, 5, 20);
    anc.systolic = 118;
    anc.diastolic = 76;
    anc.hbGdl = 10.5;
    auto first = svc.recordContact(anc);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->contact.number, 1);
    EXPECT_TRUE(first->referralReasons.isEmpty());
    EXPECT_FALSE(first->contact.referred);

    anc.date = QDate(2026, 6, 1);
    anc.dangerSigns = {QStringLiteral("severe-headache")};
    anc.systolic = 150;
    anc.diastolic = 100;
    auto second = svc.recordContact(anc);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->contact.number, 2);
    EXPECT_TRUE(second->contact.referred);
    EXPECT_EQ(second->referralReasons.size(), 2);
    const auto stored = svc.contacts(woman.id).value();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[1].dangerSigns, QStringList{QStringLiteral("severe-headache")});
    EXPECT_EQ(stored[1].systolic, 150);
    EXPECT_EQ(outbox("Encounter"), 2);

    auto out = svc.recordOutcome(reg->id, PregnancyOutcome::LiveBirth, QDate(2026, 6, 1), QStringLiteral("bhu"), QStringLiteral("LHV"));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(out->version, 2);
    EXPECT_TRUE(svc.registerPregnancy(p).ok());   // a new pregnancy may be registered now
}

TEST_F(Community, FamilyPlanningNeedsAMethodAndAPregnancyNeedsAWoman)
{
    const Patient woman = person("Nasreen Akram", Sex::Female, QDate(1995, 1, 1));
    const Patient man = person("Akram Ali", Sex::Male, QDate(1990, 1, 1));
    MaternalService svc(*lhw, clock);
    MchContact fp;
    fp.patientId = woman.id;
    fp.kind = MchKind::FamilyPlanning;
    fp.date = QDate(2026, 6, 1);
    EXPECT_TRUE(svc.recordContact(fp).is(ErrorCode::Invalid));
    fp.fpMethod = QStringLiteral("injectable");
    fp.newAcceptor = true;
    EXPECT_TRUE(svc.recordContact(fp).ok());
    Pregnancy p;
    p.patientId = man.id;
    p.lmp = QDate(2026, 3, 1);
    p.gravida = 1;
    EXPECT_TRUE(svc.registerPregnancy(p).is(ErrorCode::Invalid));
}

TEST_F(Community, TheFrontDeskKeepsTheRegisterButRecordsNoDoses)
{
    auto desk = Session::unlock(t.path, QStringLiteral("desk"), kDeskPw, QStringLiteral("test"));
    ASSERT_TRUE(desk.ok());
    Household h;
    h.village = QStringLiteral("Chak 12");
    EXPECT_TRUE(HouseholdService(*desk.value()).createHousehold(h).ok());
    const Patient child = person("Baby Ali", Sex::Male, QDate(2026, 4, 1));
    const auto r = ImmunisationService(*desk.value(), clock).recordDose(dose(child, "BCG", 1, QDate(2026, 4, 1)));
    EXPECT_TRUE(r.is(ErrorCode::Forbidden));
    Pregnancy p;
    EXPECT_TRUE(MaternalService(*desk.value(), clock).registerPregnancy(p).is(ErrorCode::Forbidden));
}
