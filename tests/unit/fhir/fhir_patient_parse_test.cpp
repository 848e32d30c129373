// patientFromFhir: broken inputs give clear errors and nothing else; odd but valid inputs parse.
#include "GoldenFile.h"

#include "bhu/domain/PatientJson.h"
#include "bhu/fhir/FhirJson.h"
#include "bhu/fhir/FhirPatient.h"

#include <QJsonArray>
#include <QMap>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {

// Every tests/fixtures/fhir/patient_broken_*.json and the error detail it must give.
const QMap<QString, QString> kBroken = {
    {QStringLiteral("patient_broken_array.json"), QStringLiteral("fhir.json.not_object")},
    {QStringLiteral("patient_broken_bad_date.json"), QStringLiteral("fhir.patient.birth_date")},
    {QStringLiteral("patient_broken_birthdate_number.json"), QStringLiteral("fhir.patient.structure")},
    {QStringLiteral("patient_broken_date_format.json"), QStringLiteral("fhir.patient.birth_date")},
    {QStringLiteral("patient_broken_gender.json"), QStringLiteral("fhir.patient.gender")},
    {QStringLiteral("patient_broken_given_not_text.json"), QStringLiteral("fhir.patient.structure")},
    {QStringLiteral("patient_broken_id_not_uuid.json"), QStringLiteral("fhir.patient.id")},
    {QStringLiteral("patient_broken_identifier_without_value.json"), QStringLiteral("fhir.patient.identifier")},
    {QStringLiteral("patient_broken_missing_id.json"), QStringLiteral("fhir.patient.id")},
    {QStringLiteral("patient_broken_missing_resource_type.json"), QStringLiteral("fhir.patient.resource_type")},
    {QStringLiteral("patient_broken_name_not_list.json"), QStringLiteral("fhir.patient.structure")},
    {QStringLiteral("patient_broken_no_name.json"), QStringLiteral("fhir.patient.name")},
    {QStringLiteral("patient_broken_not_json.json"), QStringLiteral("fhir.json")},
    {QStringLiteral("patient_broken_wrong_resource_type.json"), QStringLiteral("fhir.patient.resource_type")},
};

Result<Patient> parseFixture(const QString& name)
{
    const auto json = parseFhirJson(readFhirFixture(name));
    if (!json.ok()) return json.error();
    return patientFromFhir(json.value());
}

QJsonObject minimal()
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                       {QStringLiteral("id"), QStringLiteral("3f2b8c1e-6d4a-4e8b-9c1f-2a7d5e9b0c11")},
                       {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Ayesha Bibi")}}}}};
}

QString problem(const QJsonObject& o)
{
    const auto r = patientFromFhir(o);
    return r.ok() ? QStringLiteral("ok") : r.error().detail;
}

} // namespace

TEST(FhirPatientParse, BrokenFixturesGiveClearErrors)
{
    const QStringList files = fhirFixtures(QStringLiteral("patient_broken_*.json"));
    EXPECT_EQ(files, kBroken.keys());   // every broken fixture is checked here
    for (const QString& f : files) {
        SCOPED_TRACE(f.toStdString());
        const auto r = parseFixture(f);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().detail, kBroken.value(f));
        EXPECT_FALSE(r.error().message.isEmpty());
    }
}

TEST(FhirPatientParse, MessagesSayWhatIsWrong)
{
    EXPECT_TRUE(parseFixture(QStringLiteral("patient_broken_wrong_resource_type.json")).error().message.contains(QStringLiteral("Practitioner")));
    EXPECT_TRUE(parseFixture(QStringLiteral("patient_broken_bad_date.json")).error().message.contains(QStringLiteral("1988-02-30")));
    EXPECT_TRUE(parseFixture(QStringLiteral("patient_broken_id_not_uuid.json")).error().message.contains(QStringLiteral("UUID")));
    EXPECT_TRUE(parseFixture(QStringLiteral("patient_broken_name_not_list.json")).error().message.contains(QStringLiteral("Patient.name")));
    EXPECT_TRUE(parseFixture(QStringLiteral("patient_broken_given_not_text.json")).error().message.contains(QStringLiteral("Patient.name[0].given[1]")));
}

TEST(FhirPatientParse, Minimal)
{
    const auto r = patientFromFhir(minimal());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->name, QStringLiteral("Ayesha Bibi"));
    EXPECT_EQ(r->sex, Sex::Unknown);
    EXPECT_FALSE(r->birthDate.isValid());
    EXPECT_TRUE(r->identifiers.isEmpty());
}

TEST(FhirPatientParse, PartialBirthDatesAreEstimated)
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("birthDate"), QStringLiteral("1980"));
    auto r = patientFromFhir(o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->birthDate, QDate(1980, 7, 1));
    EXPECT_TRUE(r->birthDateEstimated);

    o.insert(QStringLiteral("birthDate"), QStringLiteral("1980-05"));
    r = patientFromFhir(o);
    EXPECT_EQ(r->birthDate, QDate(1980, 5, 15));
    EXPECT_TRUE(r->birthDateEstimated);

    o.insert(QStringLiteral("birthDate"), QStringLiteral("1980-05-09"));
    EXPECT_FALSE(patientFromFhir(o)->birthDateEstimated);

    for (const char16_t* bad : {u"1980-13", u"1980-5-9", u"80", u"1980-05-09T10:00:00Z", u"0000", u""}) {
        o.insert(QStringLiteral("birthDate"), QString::fromUtf16(bad));
        const QString p = problem(o);
        EXPECT_TRUE(p == u"fhir.patient.birth_date" || (bad[0] == 0 && p == u"ok")) << QString::fromUtf16(bad).toStdString();
    }
}

TEST(FhirPatientParse, NamesFromPartsAndScripts)
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("name"),
             QJsonArray{QJsonObject{{QStringLiteral("prefix"), QJsonArray{QStringLiteral("Mst.")}},
                                    {QStringLiteral("given"), QJsonArray{QStringLiteral("Ayesha")}},
                                    {QStringLiteral("family"), QStringLiteral("Qureshi")}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("عائشہ قریشی")}}});   // Urdu without the extension
    const auto r = patientFromFhir(o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->name, QStringLiteral("Mst. Ayesha Qureshi"));
    EXPECT_EQ(r->nameUrdu, QStringLiteral("عائشہ قریشی"));

    // An Urdu name alone is enough.
    o.insert(QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("عائشہ")}}});
    EXPECT_EQ(problem(o), QStringLiteral("ok"));
    // A name with nothing in it is no name.
    o.insert(QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")}}});
    EXPECT_EQ(problem(o), QStringLiteral("fhir.patient.name"));
}

TEST(FhirPatientParse, ForeignIdentifiersAndPhonesAreIgnored)
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://other.example/mrn")}, {QStringLiteral("value"), QStringLiteral("X1")}},
                        QJsonObject{{QStringLiteral("system"), QStringLiteral("https://fhir.bhu.gov.pk/sid/cnic")}, {QStringLiteral("value"), QStringLiteral("3520112345678")}},
                        QJsonObject{{QStringLiteral("system"), QStringLiteral("https://fhir.bhu.gov.pk/sid/legacy-mr")}, {QStringLiteral("value"), QStringLiteral("OLD-7")}}});
    o.insert(QStringLiteral("telecom"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), QStringLiteral("042-35761234")}},
                        QJsonObject{{QStringLiteral("system"), QStringLiteral("email")}, {QStringLiteral("value"), QStringLiteral("a@b.pk")}},
                        QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), QStringLiteral("0300-1234567")}}});
    const auto r = patientFromFhir(o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->identifiers.size(), 2);
    EXPECT_EQ(r->identifier(IdSystem::Cnic), QStringLiteral("3520112345678"));
    EXPECT_EQ(r->identifier(QStringLiteral("legacy-mr")), QStringLiteral("OLD-7"));
    EXPECT_EQ(r->phone, QStringLiteral("+923001234567"));   // the landline is skipped, the mobile normalised
}

TEST(FhirPatientParse, CustomSystems)
{
    FhirConfig cfg;
    cfg.cnicSystem = QStringLiteral("urn:oid:2.16.586.1.1");
    QJsonObject o = minimal();
    o.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), cfg.cnicSystem}, {QStringLiteral("value"), QStringLiteral("3520112345678")}}});
    EXPECT_EQ(patientFromFhir(o, cfg)->identifier(IdSystem::Cnic), QStringLiteral("3520112345678"));
    EXPECT_TRUE(patientFromFhir(o)->identifiers.isEmpty());   // not ours under the default config
}

TEST(FhirPatientParse, Links)
{
    Patient p = patientFromJson(readJsonFixture(QStringLiteral("patient_minimal.input.json")).object());
    const QList<PatientLink> links{{PatientLink::Type::ReplacedBy, QStringLiteral("7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c22")},
                                   {PatientLink::Type::SeeAlso, QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c33")}};
    for (ReferenceStyle style : {ReferenceStyle::Relative, ReferenceStyle::UrnUuid}) {
        FhirConfig cfg;
        cfg.references = style;
        const QJsonObject fhir = patientToFhir(p, cfg, links);
        EXPECT_EQ(fhir.value(u"link").toArray().at(0).toObject().value(u"type").toString(), QStringLiteral("replaced-by"));
        QList<PatientLink> back;
        ASSERT_TRUE(patientFromFhir(fhir, cfg, &back).ok());
        EXPECT_EQ(back, links);
    }
}

TEST(FhirPatientParse, NothingIsReturnedOnError)
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("gender"), QStringLiteral("female"));
    o.insert(QStringLiteral("birthDate"), QStringLiteral("2030-02-31"));
    QList<PatientLink> links{{PatientLink::Type::Refer, QStringLiteral("x")}};
    const auto r = patientFromFhir(o, {}, &links);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(links.size(), 1);   // untouched
}

TEST(FhirPatientParse, JsonReader)
{
    EXPECT_TRUE(parseFhirJson(R"({"resourceType":"Patient"})").ok());
    EXPECT_EQ(parseFhirJson("").error().detail, QStringLiteral("fhir.json"));
    EXPECT_EQ(parseFhirJson("42").error().detail, QStringLiteral("fhir.json"));
    EXPECT_EQ(parseFhirJson("[]").error().detail, QStringLiteral("fhir.json.not_object"));
}
