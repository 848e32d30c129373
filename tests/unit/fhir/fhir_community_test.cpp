// Household (Group), pregnancy (EpisodeOfCare) and MCH contact (Encounter) ⇄ FHIR: the
// committed golden files parse back to their inputs (also through resourceFromFhir), and broken
// inputs are refused with their detail (docs/community.md, sync/fhir/README.md).
#include "CommunityFixtures.h"
#include "GoldenFile.h"

#include "bhu/fhir/FhirEpisodeOfCare.h"
#include "bhu/fhir/FhirGroup.h"
#include "bhu/fhir/FhirMchContact.h"
#include "bhu/fhir/FhirResource.h"

#include <QJsonArray>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {
std::vector<std::string> cases(const char* type)
{
    std::vector<std::string> out;
    for (const QString& n : fhirFixtures(QLatin1String(type) + QStringLiteral("_*.input.json"))) out.push_back(n.chopped(11).toStdString());
    return out;
}

QJsonObject expected(const std::string& name)
{
    return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".expected.json")).object();
}

QJsonObject input(const std::string& name)
{
    return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".input.json")).object();
}

template <typename T>
QString detailOf(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().detail;
}

// The members as the Group orders them (the input lists them in any order).
HouseholdRecord ordered(HouseholdRecord r)
{
    r.members = groupMemberOrder(r);
    return r;
}
} // namespace

class FhirGroupRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirGroupRoundTrip, ExpectedFhirParsesBackToTheInput)
{
    const HouseholdRecord original = ordered(householdFromJson(input(GetParam())));
    const auto parsed = householdFromFhir(expected(GetParam()));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.value() == original);
    const auto any = resourceFromFhir(expected(GetParam()));
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->resourceType(), QStringLiteral("Group"));
    ASSERT_NE(any->get<HouseholdRecord>(), nullptr);
    EXPECT_TRUE(*any->get<HouseholdRecord>() == original);
    EXPECT_TRUE(householdFromFhir(householdToFhir(original)).value() == original);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirGroupRoundTrip, ::testing::ValuesIn(cases("group")), testName);

class FhirEpisodeOfCareRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirEpisodeOfCareRoundTrip, ExpectedFhirParsesBackToTheInput)
{
    const Pregnancy original = pregnancyFromJson(input(GetParam()));
    const auto parsed = pregnancyFromFhir(expected(GetParam()));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.value() == original);
    const auto any = resourceFromFhir(expected(GetParam()));
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->resourceType(), QStringLiteral("EpisodeOfCare"));
    ASSERT_NE(any->get<Pregnancy>(), nullptr);
    EXPECT_TRUE(*any->get<Pregnancy>() == original);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirEpisodeOfCareRoundTrip, ::testing::ValuesIn(cases("episodeofcare")), testName);

class FhirMchContactRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirMchContactRoundTrip, ExpectedFhirParsesBackToTheInput)
{
    const MchContact original = mchContactFromJson(input(GetParam()));
    const auto parsed = mchContactFromFhir(expected(GetParam()));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.value() == original);
    // An Encounter typed mch-contact is a contact, not a visit.
    const auto any = resourceFromFhir(expected(GetParam()));
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->resourceType(), QStringLiteral("Encounter"));
    ASSERT_NE(any->get<MchContact>(), nullptr);
    EXPECT_EQ(any->get<Visit>(), nullptr);
    EXPECT_TRUE(*any->get<MchContact>() == original);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirMchContactRoundTrip, ::testing::ValuesIn(cases("mchcontact")), testName);

TEST(FhirCommunity, AVisitEncounterIsStillAVisit)
{
    const auto any = resourceFromFhir(expected("encounter_opd_closed"));
    ASSERT_TRUE(any.ok());
    EXPECT_NE(any->get<Visit>(), nullptr);
    EXPECT_FALSE(isMchContactEncounter(expected("encounter_opd_closed")));
}

TEST(FhirCommunity, GroupMemberZeroIsTheCurrentHead)
{
    // The registry files a household under member[0] (its catchment): the head, not a member
    // who moved away, even when listed first in the record.
    const QJsonObject g = expected("group_household_of_five");
    EXPECT_EQ(g.value(u"member").toArray().first().toObject().value(u"entity").toObject().value(u"reference").toString(),
              QStringLiteral("Patient/7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c01"));
    const QJsonObject moved = expected("group_daughter_married_away");
    const QJsonArray m = moved.value(u"member").toArray();
    EXPECT_FALSE(m.first().toObject().value(u"inactive").toBool());
    EXPECT_TRUE(m.last().toObject().value(u"inactive").toBool());
    EXPECT_EQ(moved.value(u"quantity").toInt(), 1);
}

TEST(FhirCommunity, BrokenGroupsAreRefusedWithTheirDetail)
{
    const QJsonObject good = expected("group_household_of_five");
    EXPECT_EQ(detailOf(householdFromFhir(good)), QStringLiteral("ok"));
    QJsonObject o = good;
    o.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
    EXPECT_EQ(detailOf(householdFromFhir(o)), QStringLiteral("fhir.group.resource_type"));
    o = good;
    o.insert(QStringLiteral("id"), QStringLiteral("household-1"));
    EXPECT_EQ(detailOf(householdFromFhir(o)), QStringLiteral("fhir.group.id"));
    o = good;
    o.remove(QStringLiteral("code"));
    EXPECT_EQ(detailOf(householdFromFhir(o)), QStringLiteral("fhir.group.code"));
    const auto withMember = [&](const char* key, const QJsonValue& v) {
        QJsonObject g = good;
        QJsonArray members = g.value(u"member").toArray();
        QJsonObject m = members.first().toObject();
        m.insert(QLatin1String(key), v);
        members.replace(0, m);
        g.insert(QStringLiteral("member"), members);
        return detailOf(householdFromFhir(g));
    };
    EXPECT_EQ(withMember("entity", QJsonObject{{QStringLiteral("reference"), QStringLiteral("Practitioner/x")}}), QStringLiteral("fhir.group.member"));
    EXPECT_EQ(withMember("id", QStringLiteral("m1")), QStringLiteral("fhir.group.member"));
    EXPECT_EQ(withMember("extension", QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/household-relationship")},
                                                             {QStringLiteral("valueCode"), QStringLiteral("cousin-twice-removed")}}}),
              QStringLiteral("fhir.group.member"));
    EXPECT_EQ(withMember("period", QJsonObject{{QStringLiteral("start"), QStringLiteral("02/05/2026")}}), QStringLiteral("fhir.group.date"));
    o = good;
    o.insert(QStringLiteral("member"), QStringLiteral("all of them"));
    EXPECT_EQ(detailOf(householdFromFhir(o)), QStringLiteral("fhir.group.structure"));
}

TEST(FhirCommunity, BrokenEpisodesAreRefusedWithTheirDetail)
{
    const QJsonObject good = expected("episodeofcare_live_birth_at_bhu");
    EXPECT_EQ(detailOf(pregnancyFromFhir(good)), QStringLiteral("ok"));
    QJsonObject o = good;
    o.remove(QStringLiteral("patient"));
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.patient"));
    o = good;
    o.insert(QStringLiteral("type"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Diabetes")}}});
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.type"));
    o = good;
    o.insert(QStringLiteral("status"), QStringLiteral("planned"));
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.status"));
    // Finished without an outcome, or with an unknown one.
    QJsonArray ext;
    for (const QJsonValue e : good.value(u"extension").toArray())
        if (!e.toObject().value(u"url").toString().endsWith(u"pregnancy-outcome")) ext.append(e);
    o = good;
    o.insert(QStringLiteral("extension"), ext);
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.outcome"));
    ext.append(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/pregnancy-outcome")},
                           {QStringLiteral("valueCode"), QStringLiteral("twins")}});
    o.insert(QStringLiteral("extension"), ext);
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.outcome"));
    o = good;
    o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), QStringLiteral("yesterday")}});
    EXPECT_EQ(detailOf(pregnancyFromFhir(o)), QStringLiteral("fhir.episodeofcare.date"));
}

TEST(FhirCommunity, BrokenContactsAreRefusedWithTheirDetail)
{
    const QJsonObject good = expected("mchcontact_anc2_referred");
    EXPECT_EQ(detailOf(mchContactFromFhir(good)), QStringLiteral("ok"));
    QJsonObject o = good;
    o.remove(QStringLiteral("subject"));
    EXPECT_EQ(detailOf(mchContactFromFhir(o)), QStringLiteral("fhir.encounter.subject"));
    o = good;
    o.insert(QStringLiteral("type"), QJsonArray{QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{
        {QStringLiteral("system"), QStringLiteral("https://fhir.bhu.gov.pk/CodeSystem/mch-contact")}, {QStringLiteral("code"), QStringLiteral("dental")}}}}}});
    EXPECT_EQ(detailOf(mchContactFromFhir(o)), QStringLiteral("fhir.encounter.kind"));
    o = good;
    o.remove(QStringLiteral("type"));
    EXPECT_EQ(detailOf(mchContactFromFhir(o)), QStringLiteral("fhir.encounter.kind"));
    o = good;
    o.remove(QStringLiteral("period"));
    EXPECT_EQ(detailOf(mchContactFromFhir(o)), QStringLiteral("fhir.encounter.date"));
    o = good;
    o.insert(QStringLiteral("episodeOfCare"), QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("Condition/5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c01")}}});
    EXPECT_EQ(detailOf(mchContactFromFhir(o)), QStringLiteral("fhir.encounter.episode"));
}
