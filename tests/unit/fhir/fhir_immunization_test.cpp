// Immunization ⇄ FHIR: the committed golden files parse back to their inputs (also through
// resourceFromFhir), broken inputs are refused with their detail, and the recommendation
// forecast carries the states of the due-date rules.
#include "GoldenFile.h"

#include "bhu/fhir/FhirImmunization.h"
#include "bhu/fhir/FhirResource.h"

#include <QJsonArray>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {
std::vector<std::string> immunizationCases()
{
    std::vector<std::string> out;
    for (const QString& n : fhirFixtures(QStringLiteral("immunization_*.input.json"))) out.push_back(n.chopped(11).toStdString());
    return out;
}

QJsonObject penta()
{
    return readJsonFixture(QStringLiteral("immunization_penta1_here.expected.json")).object();
}

QString detailOf(const QJsonObject& o)
{
    const auto r = immunisationFromFhir(o);
    return r.ok() ? QStringLiteral("ok") : r.error().detail;
}
} // namespace

class FhirImmunizationRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirImmunizationRoundTrip, ExpectedFhirParsesBackToTheInput)
{
    const QString name = QString::fromStdString(GetParam());
    const Immunisation original = immunisationFromJson(readJsonFixture(name + QStringLiteral(".input.json")).object());
    const QJsonObject expected = readJsonFixture(name + QStringLiteral(".expected.json")).object();
    const auto parsed = immunisationFromFhir(expected);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(immunisationToJson(parsed.value()), immunisationToJson(original));
    EXPECT_TRUE(parsed.value() == original);
    const auto any = resourceFromFhir(expected);
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->resourceType(), QStringLiteral("Immunization"));
    ASSERT_NE(any->get<Immunisation>(), nullptr);
    EXPECT_TRUE(*any->get<Immunisation>() == original);
    // And the freshly produced FHIR too.
    EXPECT_TRUE(immunisationFromFhir(immunisationToFhir(original)).value() == original);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirImmunizationRoundTrip, ::testing::ValuesIn(immunizationCases()), testName);

TEST(FhirImmunization, BrokenInputsAreRefusedWithTheirDetail)
{
    EXPECT_EQ(detailOf(penta()), QStringLiteral("ok"));
    QJsonObject o = penta();
    o.insert(QStringLiteral("resourceType"), QStringLiteral("Condition"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.resource_type"));
    o = penta();
    o.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.id"));
    o = penta();
    o.remove(QStringLiteral("patient"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.patient"));
    o = penta();
    o.insert(QStringLiteral("status"), QStringLiteral("not-done"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.status"));
    o = penta();
    o.insert(QStringLiteral("vaccineCode"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Penta-1")}});
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.vaccine"));
    o = penta();
    o.remove(QStringLiteral("protocolApplied"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.dose"));
    o = penta();
    o.remove(QStringLiteral("occurrenceDateTime"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.date"));
    o = penta();
    o.insert(QStringLiteral("occurrenceDateTime"), QStringLiteral("13/05/2026"));
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.date"));
    o = penta();
    o.insert(QStringLiteral("lotNumber"), 42);
    EXPECT_EQ(detailOf(o), QStringLiteral("fhir.immunization.structure"));
}

TEST(FhirImmunization, RecommendationCarriesDueOverdueAndPastAgeLimit)
{
    // A late starter seen at 12 months with Penta-1 three weeks ago.
    const QDate born(2026, 1, 1), on(2027, 1, 10);
    const auto due = immunisationDue(EpiSchedule::builtIn(), epiChildSeries(), born,
                                     {GivenDose{QStringLiteral("Penta"), 1, QDate(2026, 12, 20), {}, {}, false}}, on);
    const QJsonObject r = recommendationToFhir(QStringLiteral("7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c22"), epiChildSeries(), due, on);
    QHash<QString, QString> status;
    for (const QJsonValue v : r.value(u"recommendation").toArray()) {
        const QJsonObject rec = v.toObject();
        status.insert(rec.value(u"vaccineCode").toArray().first().toObject().value(u"text").toString(),
                      rec.value(u"forecastStatus").toObject().value(u"coding").toArray().first().toObject().value(u"code").toString());
    }
    EXPECT_EQ(status.value(QStringLiteral("Penta-2")), QStringLiteral("due"));
    EXPECT_EQ(status.value(QStringLiteral("MR-1")), QStringLiteral("overdue"));
    EXPECT_EQ(status.value(QStringLiteral("BCG-1")), QStringLiteral("contraindicated"));   // past the 1-year limit
}
