// Golden files: every tests/fixtures/fhir/<type>_<case>.input.json (our domain JSON) is mapped
// to FHIR and compared with <type>_<case>.expected.json. A case name containing "urn-uuid"
// uses ReferenceStyle::UrnUuid, every other the default FhirConfig.
#include "CommunityFixtures.h"
#include "GoldenFile.h"

#include "bhu/domain/ClinicalJson.h"
#include "bhu/domain/ConsultationJson.h"
#include "bhu/domain/PatientJson.h"
#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirEpisodeOfCare.h"
#include "bhu/fhir/FhirGroup.h"
#include "bhu/fhir/FhirImmunization.h"
#include "bhu/fhir/FhirMchContact.h"
#include "bhu/fhir/FhirMedicationRequest.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/fhir/FhirServiceRequest.h"
#include "bhu/fhir/FhirVitals.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <cctype>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {

const QStringList kTypes = {QStringLiteral("patient"), QStringLiteral("encounter"), QStringLiteral("observation"),
                            QStringLiteral("condition"), QStringLiteral("medicationrequest"), QStringLiteral("servicerequest"),
                            QStringLiteral("immunization"), QStringLiteral("immunizationrecommendation"),
                            QStringLiteral("group"), QStringLiteral("episodeofcare"), QStringLiteral("mchcontact"),
                            QStringLiteral("communicationrequest"), QStringLiteral("communication")};

// An immunizationrecommendation input: {patient_id, series, birth_date, date, doses: [immunisation JSON]};
// the forecast is computed with the built-in schedule (docs/community.md).
QJsonObject recommendationFor(const QJsonObject& in, const FhirConfig& cfg)
{
    QList<Immunisation> doses;
    for (const QJsonValue d : in.value(u"doses").toArray()) doses.append(immunisationFromJson(d.toObject()));
    const QDate on = QDate::fromString(in.value(u"date").toString(), Qt::ISODate);
    const QString series = in.value(u"series").toString();
    const auto due = immunisationDue(EpiSchedule::builtIn(), series, QDate::fromString(in.value(u"birth_date").toString(), Qt::ISODate),
                                     currentDoses(doses), on);
    return recommendationToFhir(in.value(u"patient_id").toString(), series, due, on, cfg);
}

QString typeOf(const QString& fixture)
{
    return fixture.section(u'_', 0, 0);
}

QJsonDocument toFhir(const QString& type, const QJsonObject& in, const FhirConfig& cfg)
{
    if (type == u"patient") return QJsonDocument(patientToFhir(patientFromJson(in), cfg));
    if (type == u"encounter") return QJsonDocument(visitToFhir(visitFromJson(in), cfg));
    if (type == u"observation") return QJsonDocument(vitalSignsToFhir(vitalSignsFromJson(in), cfg));
    if (type == u"condition") return QJsonDocument(diagnosisToFhir(diagnosisFromJson(in), cfg));
    if (type == u"medicationrequest") return QJsonDocument(prescriptionToFhir(prescriptionFromJson(in), cfg));
    if (type == u"servicerequest") return QJsonDocument(referralToFhir(referralFromJson(in), cfg));
    if (type == u"immunization") return QJsonDocument(immunisationToFhir(immunisationFromJson(in), cfg));
    if (type == u"immunizationrecommendation") return QJsonDocument(recommendationFor(in, cfg));
    if (type == u"group") return QJsonDocument(householdToFhir(householdFromJson(in), cfg));
    if (type == u"episodeofcare") return QJsonDocument(pregnancyToFhir(pregnancyFromJson(in), cfg));
    if (type == u"mchcontact") return QJsonDocument(mchContactToFhir(mchContactFromJson(in), cfg));
    if (type == u"communicationrequest") return QJsonDocument(consultationRequestToFhir(consultationRequestFromJson(in), cfg));
    if (type == u"communication") {   // a photo (has mime_type) or a message
        if (in.contains(u"mime_type")) {
            QString patientId;
            const ConsultationPhoto photo = consultationPhotoFromJson(in, &patientId);
            return QJsonDocument(consultationPhotoToFhir(photo, patientId, cfg));
        }
        return QJsonDocument(consultationMessageToFhir(consultationMessageFromJson(in), cfg));
    }
    ADD_FAILURE() << "no mapping for fixture type " << type.toStdString();
    return {};
}

// FHIR forbids empty strings, arrays and objects: report the first one.
QString firstEmpty(const QJsonValue& v, const QString& path)
{
    if (v.isString() && v.toString().isEmpty()) return path;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) return path;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString p = firstEmpty(a.at(i), path + u'/' + QString::number(i)); !p.isEmpty()) return p;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) return path;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (QString p = firstEmpty(it.value(), path + u'/' + it.key()); !p.isEmpty()) return p;
    }
    return {};
}

// Fields patientToFhir does not send (local only), cleared for comparison.
Patient withoutLocalFields(Patient p)
{
    p.version = 0;
    p.notes.clear();
    p.createdAt = p.updatedAt = QDateTime();
    return p;
}

// Fixture base names ("patient_minimal") of the inputs matching a wildcard.
std::vector<std::string> inputFixtures(const QString& wildcard = QStringLiteral("*.input.json"))
{
    std::vector<std::string> out;
    for (const QString& n : fhirFixtures(wildcard)) out.push_back(n.chopped(11).toStdString());
    return out;
}

} // namespace

class FhirGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirGolden, MapsToTheExpectedFhir)
{
    const QString name = QString::fromStdString(GetParam());
    const QJsonDocument input = readJsonFixture(name + QStringLiteral(".input.json"));
    ASSERT_TRUE(input.isObject());
    const QJsonDocument produced = toFhir(typeOf(name), input.object(), configFor(name));
    EXPECT_TRUE(matchesGolden(produced, name + QStringLiteral(".expected.json")));

    const QJsonValue root = produced.isArray() ? QJsonValue(produced.array()) : QJsonValue(produced.object());
    EXPECT_EQ(firstEmpty(root, QString()), QString()) << "empty FHIR element in " << name.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirGolden, ::testing::ValuesIn(inputFixtures()), testName);

// The Patient direction back: parsing the expected FHIR gives the input again.
class FhirPatientRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirPatientRoundTrip, ExpectedFhirParsesBackToTheInput)
{
    const QString name = QString::fromStdString(GetParam());
    const Patient original = patientFromJson(readJsonFixture(name + QStringLiteral(".input.json")).object());
    const auto parsed = patientFromFhir(readJsonFixture(name + QStringLiteral(".expected.json")).object(), configFor(name));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(patientToJson(withoutLocalFields(parsed.value())), patientToJson(withoutLocalFields(original)));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FhirPatientRoundTrip, ::testing::ValuesIn(inputFixtures(QStringLiteral("patient_*.input.json"))),
                         testName);

TEST(FhirGoldenFiles, EveryResourceTypeHasCases)
{
    for (const QString& type : kTypes)
        EXPECT_GE(fhirFixtures(type + QStringLiteral("_*.input.json")).size(), 2) << type.toStdString();
}

TEST(FhirGoldenFiles, NoOrphans)
{
    const QStringList inputs = fhirFixtures(QStringLiteral("*.input.json"));
    const QStringList expected = fhirFixtures(QStringLiteral("*.expected.json"));
    EXPECT_EQ(inputs.size(), expected.size());
    for (const QString& e : expected) {
        EXPECT_TRUE(inputs.contains(e.chopped(14) + QStringLiteral(".input.json"))) << e.toStdString();
        EXPECT_TRUE(kTypes.contains(typeOf(e))) << e.toStdString();
    }
}

TEST(FhirGoldenFiles, DifferenceFinder)
{
    const auto doc = [](const char* s) { return QJsonDocument::fromJson(s).object(); };
    EXPECT_EQ(firstJsonDifference(doc(R"({"a":[1,{"b":2}]})"), doc(R"({"a":[1,{"b":2}]})")), QString());
    EXPECT_EQ(firstJsonDifference(doc(R"({"a":[1,{"b":2}]})"), doc(R"({"a":[1,{"b":3}]})")), QStringLiteral("/a/1/b"));
    EXPECT_EQ(firstJsonDifference(doc(R"({"a":[1]})"), doc(R"({"a":[1,2]})")), QStringLiteral("/a/1"));
    EXPECT_EQ(firstJsonDifference(doc(R"({"a":1})"), doc(R"({"b":1})")), QStringLiteral("/a"));
    // Order of keys never matters.
    EXPECT_EQ(QJsonDocument::fromJson(R"({"a":1,"b":2})"), QJsonDocument::fromJson(R"({ "b": 2, "a": 1 })"));
}

TEST(FhirGoldenFiles, UpdateModeRewritesTheExpectedFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.expected.json"));
    const QJsonDocument produced(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}});
    const QByteArray saved = qgetenv("BHU_UPDATE_GOLDEN");

    qunsetenv("BHU_UPDATE_GOLDEN");
    EXPECT_FALSE(matchesGolden(produced, path));   // missing file

    qputenv("BHU_UPDATE_GOLDEN", "1");
    EXPECT_TRUE(matchesGolden(produced, path));
    qunsetenv("BHU_UPDATE_GOLDEN");
    EXPECT_TRUE(matchesGolden(produced, path));    // now it compares equal

    const QJsonDocument other(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Encounter")}});
    const auto r = matchesGolden(other, path);
    EXPECT_FALSE(r);
    EXPECT_NE(std::string(r.message()).find("/resourceType"), std::string::npos) << r.message();

    if (!saved.isNull()) qputenv("BHU_UPDATE_GOLDEN", saved);
}
