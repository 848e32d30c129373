// Round trips of the clinical resources: for every golden input (tests/fixtures/fhir), domain →
// FHIR → domain gives the original back, both from the freshly produced FHIR and from the
// committed expected file (what the registry will really send back), directly and through
// resourceFromFhir.
#include "GoldenFile.h"

#include "bhu/domain/ClinicalJson.h"
#include "bhu/fhir/FhirResource.h"

#include <QJsonArray>
#include <algorithm>
#include <cctype>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {

QJsonObject input(const std::string& name)
{
    return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".input.json")).object();
}

QJsonDocument expected(const std::string& name)
{
    return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".expected.json"));
}

QList<QJsonObject> objects(const QJsonArray& a)
{
    QList<QJsonObject> out;
    for (const QJsonValue v : a) out.append(v.toObject());
    return out;
}

// The domain JSON of both sides, so a failure prints what differs.
template <typename T>
::testing::AssertionResult sameRecord(const Result<T>& parsed, const T& original, QJsonObject (*toJson)(const T&))
{
    if (!parsed.ok()) return ::testing::AssertionFailure() << "not parsed: " << parsed.error().message.toStdString();
    if (parsed.value() == original) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "parsed:\n"
                                         << QJsonDocument(toJson(parsed.value())).toJson().toStdString() << "original:\n"
                                         << QJsonDocument(toJson(original)).toJson().toStdString();
}

template <typename T>
Result<T> viaDispatcher(const QJsonObject& o, const FhirConfig& cfg)
{
    const auto r = resourceFromFhir(o, cfg);
    if (!r.ok()) return r.error();
    const T* value = r->template get<T>();
    if (!value) return Error::make(ErrorCode::Invalid, QStringLiteral("dispatched to %1").arg(r->resourceType()));
    return *value;
}

} // namespace

class FhirEncounterRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirEncounterRoundTrip, BackToTheOriginal)
{
    const FhirConfig cfg = configFor(QString::fromStdString(GetParam()));
    const Visit original = visitFromJson(input(GetParam()));
    EXPECT_TRUE(sameRecord(visitFromFhir(visitToFhir(original, cfg), cfg), original, visitToJson));
    EXPECT_TRUE(sameRecord(visitFromFhir(expected(GetParam()).object(), cfg), original, visitToJson));
    EXPECT_TRUE(sameRecord(viaDispatcher<Visit>(expected(GetParam()).object(), cfg), original, visitToJson));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirEncounterRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("encounter"))), testName);

class FhirConditionRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirConditionRoundTrip, BackToTheOriginal)
{
    const FhirConfig cfg = configFor(QString::fromStdString(GetParam()));
    const Diagnosis original = diagnosisFromJson(input(GetParam()));
    EXPECT_TRUE(sameRecord(diagnosisFromFhir(diagnosisToFhir(original, cfg), cfg), original, diagnosisToJson));
    EXPECT_TRUE(sameRecord(diagnosisFromFhir(expected(GetParam()).object(), cfg), original, diagnosisToJson));
    EXPECT_TRUE(sameRecord(viaDispatcher<Diagnosis>(expected(GetParam()).object(), cfg), original, diagnosisToJson));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirConditionRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("condition"))), testName);

class FhirMedicationRequestRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirMedicationRequestRoundTrip, BackToTheOriginal)
{
    const FhirConfig cfg = configFor(QString::fromStdString(GetParam()));
    const Prescription original = prescriptionFromJson(input(GetParam()));
    EXPECT_TRUE(sameRecord(prescriptionFromFhir(prescriptionToFhir(original, cfg), cfg), original, prescriptionToJson));
    EXPECT_TRUE(sameRecord(prescriptionFromFhir(expected(GetParam()).object(), cfg), original, prescriptionToJson));
    EXPECT_TRUE(sameRecord(viaDispatcher<Prescription>(expected(GetParam()).object(), cfg), original, prescriptionToJson));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirMedicationRequestRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("medicationrequest"))),
                         testName);

class FhirServiceRequestRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirServiceRequestRoundTrip, BackToTheOriginal)
{
    const FhirConfig cfg = configFor(QString::fromStdString(GetParam()));
    const Referral original = referralFromJson(input(GetParam()));
    EXPECT_TRUE(sameRecord(referralFromFhir(referralToFhir(original, cfg), cfg), original, referralToJson));
    EXPECT_TRUE(sameRecord(referralFromFhir(expected(GetParam()).object(), cfg), original, referralToJson));
    EXPECT_TRUE(sameRecord(viaDispatcher<Referral>(expected(GetParam()).object(), cfg), original, referralToJson));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirServiceRequestRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("servicerequest"))), testName);

class FhirVitalsRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirVitalsRoundTrip, BackToTheOriginal)
{
    const FhirConfig cfg = configFor(QString::fromStdString(GetParam()));
    const VitalSigns original = vitalSignsFromJson(input(GetParam()));
    EXPECT_TRUE(sameRecord(vitalSignsFromFhir(objects(vitalSignsToFhir(original, cfg)), cfg), original, vitalSignsToJson));
    const QList<QJsonObject> sent = objects(expected(GetParam()).array());
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_TRUE(sameRecord(vitalSignsFromFhir(sent, cfg), original, vitalSignsToJson));

    // A puller receiving the Observations one by one, in any order, through the dispatcher.
    QList<QJsonObject> shuffled = sent;
    std::reverse(shuffled.begin(), shuffled.end());
    if (shuffled.size() > 2) std::swap(shuffled[0], shuffled[shuffled.size() / 2]);
    VitalSigns rebuilt;
    for (const QJsonObject& o : shuffled) {
        const auto part = viaDispatcher<VitalsPart>(o, cfg);
        ASSERT_TRUE(part.ok()) << part.error().message.toStdString();
        EXPECT_EQ(part->record.id, original.id);   // the record is known from one Observation alone
        EXPECT_EQ(part->record.visitId, original.visitId);
        EXPECT_EQ(part->record.patientId, original.patientId);
        EXPECT_EQ(part->observationId, o.value(u"id").toString());
        EXPECT_EQ(vitalObservationId(part->record.id, part->loinc), part->observationId);
        ASSERT_TRUE(mergeVitalsPart(rebuilt, part.value()).ok());
    }
    EXPECT_TRUE(sameRecord(Result<VitalSigns>(rebuilt), original, vitalSignsToJson));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirVitalsRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("observation"))), testName);

// The round trips compare whole records: a field the reader forgot would fail them.
TEST(FhirRoundTrip, ComparisonSeesEveryField)
{
    Visit v = visitFromJson(input("encounter_opd_closed"));
    const Visit original = v;
    v.tokenNumber = 13;
    EXPECT_FALSE(v == original);
    VitalSigns a = vitalSignsFromJson(input("observation_adult_full"));
    VitalSigns b = a;
    b.recordedBy = QStringLiteral("someone.else");
    EXPECT_FALSE(a == b);
    Prescription p = prescriptionFromJson(input("medicationrequest_bd_course"));
    Prescription q = p;
    q.dose = QStringLiteral("10 mL");
    EXPECT_FALSE(p == q);
}
