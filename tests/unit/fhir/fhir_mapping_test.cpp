// Targeted checks of the FHIR mappings, beyond the golden files.
#include "bhu/domain/ClinicalJson.h"
#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirMedicationRequest.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/fhir/FhirServiceRequest.h"
#include "bhu/fhir/FhirVitals.h"

#include <QJsonArray>
#include <QUuid>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::fhir;

namespace {

const QString kPatient = QStringLiteral("3f2b8c1e-6d4a-4e8b-9c1f-2a7d5e9b0c11");
const QString kVisit = QStringLiteral("5e1d2c3b-4a59-4687-9a6b-7c8d9e0f1a55");
const QString kVitals = QStringLiteral("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e01");

QString str(const QJsonValue& v)
{
    return v.toString();
}

Patient patient()
{
    Patient p;
    p.id = kPatient;
    p.name = QStringLiteral("Dr. Syed Ali Raza");
    p.sex = Sex::Male;
    return p;
}

} // namespace

TEST(FhirConfigTest, IdentifierSystems)
{
    const FhirConfig cfg;
    EXPECT_EQ(cfg.identifierSystem(IdSystem::Mr), QStringLiteral("https://fhir.bhu.gov.pk/sid/mr"));
    EXPECT_EQ(cfg.identifierSystem(IdSystem::Cnic), QStringLiteral("https://fhir.bhu.gov.pk/sid/cnic"));
    EXPECT_EQ(cfg.identifierSystem(IdSystem::BForm), QStringLiteral("https://fhir.bhu.gov.pk/sid/bform"));
    EXPECT_EQ(cfg.identifierSystem(IdSystem::MrProvisional), QStringLiteral("https://fhir.bhu.gov.pk/sid/mr-provisional"));
    EXPECT_EQ(cfg.identifierSystem(QStringLiteral("legacy-mr")), QStringLiteral("https://fhir.bhu.gov.pk/sid/legacy-mr"));
    for (const QString& s : {IdSystem::Mr, IdSystem::MrProvisional, IdSystem::MrRetired, IdSystem::Cnic, IdSystem::BForm, QStringLiteral("legacy-mr")})
        EXPECT_EQ(cfg.domainIdSystem(cfg.identifierSystem(s)), s);
    EXPECT_EQ(cfg.domainIdSystem(cfg.facilitySystem), QString());
    EXPECT_EQ(cfg.domainIdSystem(QStringLiteral("http://example.org/x")), QString());
    EXPECT_EQ(cfg.birthDateEstimatedUrl(), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/birthdate-estimated"));
}

TEST(FhirConfigTest, CustomUrisReachTheOutput)
{
    FhirConfig cfg;
    cfg.mrSystem = QStringLiteral("urn:oid:2.16.586.99.1");
    cfg.extensionBase = QStringLiteral("https://moh.example.pk/fhir/ext/");
    cfg.facilitySystem = QStringLiteral("https://dhis2.example.pk/facility");
    Patient p = patient();
    p.setIdentifier(IdSystem::Mr, QStringLiteral("100000017"));
    p.birthDate = QDate(1980, 7, 1);
    p.birthDateEstimated = true;
    p.facilityCode = QStringLiteral("BHU-0001");
    const QJsonObject o = patientToFhir(p, cfg);
    EXPECT_EQ(str(o[u"identifier"][0][u"system"]), cfg.mrSystem);
    EXPECT_EQ(str(o[u"_birthDate"][u"extension"][0][u"url"]), QStringLiteral("https://moh.example.pk/fhir/ext/birthdate-estimated"));
    EXPECT_EQ(str(o[u"managingOrganization"][u"identifier"][u"system"]), cfg.facilitySystem);
    const auto back = patientFromFhir(o, cfg);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->mrNumber(), QStringLiteral("100000017"));
    EXPECT_TRUE(back->birthDateEstimated);
    EXPECT_EQ(back->facilityCode, QStringLiteral("BHU-0001"));
}

TEST(FhirPatientMapping, NamePrefixesAndNoGuessedFamily)
{
    const QJsonObject name = patientToFhir(patient())[u"name"][0].toObject();
    EXPECT_EQ(str(name[u"text"]), QStringLiteral("Dr. Syed Ali Raza"));
    EXPECT_EQ(name[u"prefix"].toArray(), (QJsonArray{QStringLiteral("Dr."), QStringLiteral("Syed")}));
    EXPECT_EQ(name[u"given"].toArray(), (QJsonArray{QStringLiteral("Ali"), QStringLiteral("Raza")}));
    EXPECT_FALSE(name.contains(u"family"));

    Patient onlyTitle = patient();
    onlyTitle.name = QStringLiteral("Mst.");
    const QJsonObject n2 = patientToFhir(onlyTitle)[u"name"][0].toObject();
    EXPECT_FALSE(n2.contains(u"prefix"));
    EXPECT_EQ(n2[u"given"].toArray(), QJsonArray{QStringLiteral("Mst.")});
}

TEST(FhirPatientMapping, NoNameNoPhoneNoAddressMeansNoElements)
{
    Patient p;
    p.id = kPatient;
    const QJsonObject o = patientToFhir(p);
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("gender"), QStringLiteral("id"), QStringLiteral("resourceType")}));
    EXPECT_EQ(str(o[u"gender"]), QStringLiteral("unknown"));
}

TEST(FhirPatientMapping, GuardianWithoutRelationKeepsItsOwnContact)
{
    Patient p = patient();
    p.relation = Relation::ChildOf;
    p.guardianName = QStringLiteral("Nasreen");
    p.guardianCnic = QStringLiteral("3520198765432");
    p.guardianRelationship = QStringLiteral("guardian");   // no v3 code
    const QJsonArray contacts = patientToFhir(p)[u"contact"].toArray();
    ASSERT_EQ(contacts.size(), 2);
    EXPECT_EQ(str(contacts[0][u"relationship"][0][u"coding"][1][u"code"]), QStringLiteral("PRN"));
    EXPECT_FALSE(contacts[1][u"relationship"][0].toObject().contains(u"coding"));
    EXPECT_EQ(str(contacts[1][u"relationship"][0][u"text"]), QStringLiteral("guardian"));
    const auto back = patientFromFhir(patientToFhir(p));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->relation, Relation::ChildOf);
    EXPECT_EQ(back->guardianName, QStringLiteral("Nasreen"));
    EXPECT_EQ(back->guardianCnic, QStringLiteral("3520198765432"));
    EXPECT_EQ(back->guardianRelationship, QStringLiteral("guardian"));
}

TEST(FhirReferences, RelativeAndUrnUuid)
{
    Diagnosis d;
    d.id = QStringLiteral("d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f01");
    d.patientId = kPatient;
    d.visitId = kVisit;
    d.display = QStringLiteral("Fever");
    EXPECT_EQ(str(diagnosisToFhir(d)[u"subject"][u"reference"]), QStringLiteral("Patient/") + kPatient);
    EXPECT_EQ(str(diagnosisToFhir(d)[u"encounter"][u"reference"]), QStringLiteral("Encounter/") + kVisit);
    FhirConfig urn;
    urn.references = ReferenceStyle::UrnUuid;
    EXPECT_EQ(str(diagnosisToFhir(d, urn)[u"subject"][u"reference"]), QStringLiteral("urn:uuid:") + kPatient);
    EXPECT_EQ(str(diagnosisToFhir(d)[u"id"]), d.id);   // the client UUID is the resource id
}

TEST(FhirEncounterMapping, StatusAndClass)
{
    EXPECT_EQ(encounterStatusCode(VisitStatus::Waiting), QStringLiteral("arrived"));
    EXPECT_EQ(encounterStatusCode(VisitStatus::InConsultation), QStringLiteral("in-progress"));
    EXPECT_EQ(encounterStatusCode(VisitStatus::Closed), QStringLiteral("finished"));
    Visit v;
    v.id = kVisit;
    v.encounterClass = EncounterClass::Virtual;
    const QJsonObject o = visitToFhir(v);
    EXPECT_EQ(str(o[u"class"][u"system"]), QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"));
    EXPECT_EQ(str(o[u"class"][u"code"]), QStringLiteral("VR"));
    EXPECT_FALSE(o.contains(u"period"));
    EXPECT_FALSE(o.contains(u"reasonCode"));
    EXPECT_FALSE(o.contains(u"extension"));
}

TEST(FhirVitalsMapping, ObservationIdsAreStableNameBasedUuids)
{
    const QString a = vitalObservationId(kVitals, QStringLiteral("8867-4"));
    EXPECT_EQ(a, vitalObservationId(kVitals, QStringLiteral("8867-4")));
    EXPECT_NE(a, vitalObservationId(kVitals, QStringLiteral("9279-1")));
    EXPECT_NE(a, vitalObservationId(QStringLiteral("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e02"), QStringLiteral("8867-4")));
    const QUuid u = QUuid::fromString(a);
    EXPECT_FALSE(u.isNull());
    EXPECT_EQ(u.version(), QUuid::Sha1);
    EXPECT_EQ(a.size(), 36);
}

TEST(FhirVitalsMapping, EmptyAndBloodPressureHalves)
{
    VitalSigns v;
    v.id = kVitals;
    EXPECT_TRUE(vitalSignsToFhir(v).isEmpty());
    v.diastolic = 85;
    const QJsonArray obs = vitalSignsToFhir(v);
    ASSERT_EQ(obs.size(), 1);
    const QJsonArray comps = obs[0][u"component"].toArray();
    ASSERT_EQ(comps.size(), 2);
    EXPECT_EQ(str(comps[0][u"code"][u"coding"][0][u"code"]), QStringLiteral("8480-6"));
    EXPECT_EQ(str(comps[0][u"dataAbsentReason"][u"coding"][0][u"code"]), QStringLiteral("not-performed"));
    EXPECT_EQ(comps[1][u"valueQuantity"][u"value"].toDouble(), 85.0);
    EXPECT_EQ(str(comps[1][u"valueQuantity"][u"code"]), QStringLiteral("mm[Hg]"));
    EXPECT_EQ(str(obs[0][u"category"][0][u"coding"][0][u"code"]), QStringLiteral("vital-signs"));
}

TEST(FhirConditionMapping, UncodedHasTextOnly)
{
    Diagnosis d;
    d.id = QStringLiteral("d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f02");
    d.display = QStringLiteral("Rash");
    const QJsonObject code = diagnosisToFhir(d)[u"code"].toObject();
    EXPECT_EQ(code.keys(), QStringList{QStringLiteral("text")});
    d.icd10 = QStringLiteral("L30.9");
    d.certainty = DiagnosisCertainty::Confirmed;
    const QJsonObject o = diagnosisToFhir(d);
    EXPECT_EQ(str(o[u"code"][u"coding"][0][u"system"]), QStringLiteral("http://hl7.org/fhir/sid/icd-10"));
    EXPECT_EQ(str(o[u"code"][u"coding"][0][u"code"]), QStringLiteral("L30.9"));
    EXPECT_EQ(str(o[u"verificationStatus"][u"coding"][0][u"code"]), QStringLiteral("confirmed"));
}

TEST(FhirMedicationMapping, DosageText)
{
    Prescription p;
    EXPECT_EQ(dosageText(p), QString());
    p.dose = QStringLiteral("1 tablet");
    p.frequency = QStringLiteral("TDS");
    EXPECT_EQ(dosageText(p), QStringLiteral("1 tablet TDS"));
    p.durationDays = 1;
    EXPECT_EQ(dosageText(p), QStringLiteral("1 tablet TDS for 1 day"));
    p.durationDays = 3;
    p.instructions = QStringLiteral("after meals");
    EXPECT_EQ(dosageText(p), QStringLiteral("1 tablet TDS for 3 days — after meals"));
}

TEST(FhirMedicationMapping, UnknownFrequencyIsTextOnly)
{
    Prescription p;
    p.id = QStringLiteral("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a09");
    p.medicineName = QStringLiteral("Ointment X");
    p.frequency = QStringLiteral("alternate days");
    p.durationDays = 10;
    const QJsonObject timing = prescriptionToFhir(p)[u"dosageInstruction"][0][u"timing"].toObject();
    EXPECT_EQ(str(timing[u"code"][u"text"]), QStringLiteral("alternate days"));
    EXPECT_FALSE(timing.contains(u"repeat"));
}

TEST(FhirServiceRequestMapping, Priority)
{
    EXPECT_EQ(referralPriorityCode(ReferralUrgency::Routine), QStringLiteral("routine"));
    EXPECT_EQ(referralPriorityCode(ReferralUrgency::Urgent), QStringLiteral("urgent"));
    EXPECT_EQ(referralPriorityCode(ReferralUrgency::Emergency), QStringLiteral("stat"));
    Referral r;
    r.id = QStringLiteral("f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b09");
    const QJsonObject o = referralToFhir(r);
    EXPECT_EQ(str(o[u"category"][0][u"coding"][0][u"system"]), QStringLiteral("http://snomed.info/sct"));
    EXPECT_EQ(str(o[u"category"][0][u"coding"][0][u"code"]), QStringLiteral("3457005"));
    EXPECT_FALSE(o.contains(u"replaces"));
}
