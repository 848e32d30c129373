// Reading the clinical resources back (visitFromFhir, vitalObservationFromFhir,
// diagnosisFromFhir, prescriptionFromFhir, referralFromFhir, resourceFromFhir): broken inputs
// give clear Invalid errors and nothing else; odd but valid inputs are read leniently.
#include "GoldenFile.h"

#include "bhu/domain/ClinicalJson.h"
#include "bhu/fhir/FhirJson.h"
#include "bhu/fhir/FhirMeta.h"
#include "bhu/fhir/FhirResource.h"

#include <QJsonArray>
#include <QMap>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {

// Every tests/fixtures/fhir/<type>_broken_*.json of the clinical types and the detail it must give.
const QMap<QString, QString> kBroken = {
    {QStringLiteral("condition_broken_amends_not_reference.json"), QStringLiteral("fhir.condition.amends")},
    {QStringLiteral("condition_broken_bad_date.json"), QStringLiteral("fhir.condition.date")},
    {QStringLiteral("condition_broken_code_not_object.json"), QStringLiteral("fhir.condition.structure")},
    {QStringLiteral("condition_broken_id_not_uuid.json"), QStringLiteral("fhir.condition.id")},
    {QStringLiteral("condition_broken_missing_id.json"), QStringLiteral("fhir.condition.id")},
    {QStringLiteral("condition_broken_missing_subject.json"), QStringLiteral("fhir.condition.subject")},
    {QStringLiteral("condition_broken_no_code.json"), QStringLiteral("fhir.condition.code")},
    {QStringLiteral("condition_broken_subject_not_patient.json"), QStringLiteral("fhir.condition.subject")},
    {QStringLiteral("condition_broken_wrong_resource_type.json"), QStringLiteral("fhir.condition.resource_type")},
    {QStringLiteral("encounter_broken_bad_date.json"), QStringLiteral("fhir.encounter.date")},
    {QStringLiteral("encounter_broken_class_unknown.json"), QStringLiteral("fhir.encounter.class")},
    {QStringLiteral("encounter_broken_id_not_uuid.json"), QStringLiteral("fhir.encounter.id")},
    {QStringLiteral("encounter_broken_missing_id.json"), QStringLiteral("fhir.encounter.id")},
    {QStringLiteral("encounter_broken_missing_subject.json"), QStringLiteral("fhir.encounter.subject")},
    {QStringLiteral("encounter_broken_reason_not_list.json"), QStringLiteral("fhir.encounter.structure")},
    {QStringLiteral("encounter_broken_status_cancelled.json"), QStringLiteral("fhir.encounter.status")},
    {QStringLiteral("encounter_broken_subject_not_patient.json"), QStringLiteral("fhir.encounter.subject")},
    {QStringLiteral("encounter_broken_token_not_number.json"), QStringLiteral("fhir.encounter.structure")},
    {QStringLiteral("encounter_broken_wrong_resource_type.json"), QStringLiteral("fhir.encounter.resource_type")},
    {QStringLiteral("medicationrequest_broken_bad_date.json"), QStringLiteral("fhir.medicationrequest.date")},
    {QStringLiteral("medicationrequest_broken_duration_in_months.json"), QStringLiteral("fhir.medicationrequest.duration")},
    {QStringLiteral("medicationrequest_broken_id_not_uuid.json"), QStringLiteral("fhir.medicationrequest.id")},
    {QStringLiteral("medicationrequest_broken_missing_id.json"), QStringLiteral("fhir.medicationrequest.id")},
    {QStringLiteral("medicationrequest_broken_missing_subject.json"), QStringLiteral("fhir.medicationrequest.subject")},
    {QStringLiteral("medicationrequest_broken_no_medication.json"), QStringLiteral("fhir.medicationrequest.medication")},
    {QStringLiteral("medicationrequest_broken_quantity_not_number.json"), QStringLiteral("fhir.medicationrequest.structure")},
    {QStringLiteral("medicationrequest_broken_subject_not_patient.json"), QStringLiteral("fhir.medicationrequest.subject")},
    {QStringLiteral("medicationrequest_broken_wrong_resource_type.json"), QStringLiteral("fhir.medicationrequest.resource_type")},
    {QStringLiteral("observation_broken_bad_date.json"), QStringLiteral("fhir.observation.date")},
    {QStringLiteral("observation_broken_encounter_not_encounter.json"), QStringLiteral("fhir.observation.encounter")},
    {QStringLiteral("observation_broken_fahrenheit.json"), QStringLiteral("fhir.observation.unit")},
    {QStringLiteral("observation_broken_id_not_uuid.json"), QStringLiteral("fhir.observation.id")},
        {QStringLiteral("observation_broken_missing_id.json"), QStringLiteral("fhir.observation.id")},
    {QStringLiteral("observation_broken_missing_subject.json"), QStringLiteral("fhir.observation.subject")},
    {QStringLiteral("observation_broken_no_record.json"), QStringLiteral("fhir.observation.record")},
    {QStringLiteral("observation_broken_subject_not_patient.json"), QStringLiteral("fhir.observation.subject")},
    {QStringLiteral("observation_broken_unknown_code.json"), QStringLiteral("fhir.observation.code")},
    {QStringLiteral("observation_broken_value_not_number.json"), QStringLiteral("fhir.observation.structure")},
    {QStringLiteral("observation_broken_wrong_resource_type.json"), QStringLiteral("fhir.observation.resource_type")},
    {QStringLiteral("servicerequest_broken_bad_date.json"), QStringLiteral("fhir.servicerequest.date")},
    {QStringLiteral("servicerequest_broken_id_not_uuid.json"), QStringLiteral("fhir.servicerequest.id")},
    {QStringLiteral("servicerequest_broken_missing_id.json"), QStringLiteral("fhir.servicerequest.id")},
    {QStringLiteral("servicerequest_broken_missing_subject.json"), QStringLiteral("fhir.servicerequest.subject")},
    {QStringLiteral("servicerequest_broken_no_level.json"), QStringLiteral("fhir.servicerequest.level")},
    {QStringLiteral("servicerequest_broken_note_not_list.json"), QStringLiteral("fhir.servicerequest.structure")},
    {QStringLiteral("servicerequest_broken_priority_unknown.json"), QStringLiteral("fhir.servicerequest.priority")},
    {QStringLiteral("servicerequest_broken_subject_not_patient.json"), QStringLiteral("fhir.servicerequest.subject")},
    {QStringLiteral("servicerequest_broken_wrong_resource_type.json"), QStringLiteral("fhir.servicerequest.resource_type")},
};

// Reads a fixture with the reader of its file-name type (not the dispatcher: a wrong
// resourceType must be caught by the reader itself). Returns "ok" or the error detail.
Error readAs(const QString& type, const QJsonObject& o)
{
    const auto detail = [](const auto& r) { return r.ok() ? Error{ErrorCode::Failed, QString(), QStringLiteral("ok")} : r.error(); };
    if (type == u"encounter") return detail(visitFromFhir(o));
    if (type == u"observation") return detail(vitalObservationFromFhir(o));
    if (type == u"condition") return detail(diagnosisFromFhir(o));
    if (type == u"medicationrequest") return detail(prescriptionFromFhir(o));
    if (type == u"servicerequest") return detail(referralFromFhir(o));
    ADD_FAILURE() << "no reader for " << type.toStdString();
    return {};
}

QStringList clinicalBrokenFixtures()
{
    QStringList out;
    for (const QString& f : fhirFixtures(QStringLiteral("*_broken_*.json")))
        if (!f.startsWith(u"patient_")) out.append(f);
    return out;
}

QJsonObject expectedObject(const char* name)
{
    return readJsonFixture(QString::fromLatin1(name)).object();
}

QString problem(const Result<Visit>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().detail;
}

} // namespace

TEST(FhirClinicalParse, BrokenFixturesGiveClearErrors)
{
    const QStringList files = clinicalBrokenFixtures();
    EXPECT_EQ(files, kBroken.keys());   // every broken fixture is checked here
    for (const QString& f : files) {
        SCOPED_TRACE(f.toStdString());
        const auto json = parseFhirJson(readFhirFixture(f));
        ASSERT_TRUE(json.ok());
        const Error e = readAs(f.section(u'_', 0, 0), json.value());
        EXPECT_EQ(e.code, ErrorCode::Invalid);
        EXPECT_EQ(e.detail, kBroken.value(f));
        EXPECT_FALSE(e.message.isEmpty());
        // The dispatcher gives the same error (or, for a foreign type, its own).
        const auto viaDispatcher = resourceFromFhir(json.value());
        ASSERT_FALSE(viaDispatcher.ok());
        if (!f.contains(u"wrong_resource_type")) {
            EXPECT_EQ(viaDispatcher.error().detail, kBroken.value(f));
        }
        else EXPECT_EQ(viaDispatcher.error().detail, QStringLiteral("fhir.resource_type"));
    }
}

TEST(FhirClinicalParse, MessagesNameTheElement)
{
    const auto message = [](const char* file) {
        const QString f = QString::fromLatin1(file);
        return readAs(f.section(u'_', 0, 0), readJsonFixture(f).object()).message;
    };
    EXPECT_TRUE(message("encounter_broken_wrong_resource_type.json").contains(QStringLiteral("Practitioner")));
    EXPECT_TRUE(message("encounter_broken_bad_date.json").contains(QStringLiteral("Encounter.period.start")));
    EXPECT_TRUE(message("encounter_broken_id_not_uuid.json").contains(QStringLiteral("visit-12")));
    EXPECT_TRUE(message("encounter_broken_reason_not_list.json").contains(QStringLiteral("Encounter.reasonCode")));
    EXPECT_TRUE(message("encounter_broken_status_cancelled.json").contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(message("observation_broken_value_not_number.json").contains(QStringLiteral("Observation.valueQuantity.value")));
    EXPECT_TRUE(message("observation_broken_fahrenheit.json").contains(QStringLiteral("[degF]")));
    EXPECT_TRUE(message("observation_broken_encounter_not_encounter.json").contains(QStringLiteral("Observation.encounter")));
    EXPECT_TRUE(message("condition_broken_subject_not_patient.json").contains(QStringLiteral("Condition.subject")));
    EXPECT_TRUE(message("medicationrequest_broken_quantity_not_number.json").contains(QStringLiteral("dispenseRequest.quantity.value")));
    EXPECT_TRUE(message("servicerequest_broken_priority_unknown.json").contains(QStringLiteral("whenever")));
}

TEST(FhirClinicalParse, UnknownResourceType)
{
    // (Immunization, Group and EpisodeOfCare are exchanged since the Community work.)
    const auto r = resourceFromFhir(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("CarePlan")}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().detail, QStringLiteral("fhir.resource_type"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("CarePlan")));
    EXPECT_EQ(resourceFromFhir(QJsonObject{}).error().detail, QStringLiteral("fhir.resource_type"));
}

TEST(FhirClinicalParse, DispatcherTypesAndPatientLinks)
{
    const auto p = resourceFromFhir(expectedObject("patient_minimal.expected.json"));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->resourceType(), QStringLiteral("Patient"));
    EXPECT_NE(p->get<Patient>(), nullptr);
    EXPECT_EQ(p->get<Visit>(), nullptr);
    const auto e = resourceFromFhir(expectedObject("encounter_opd_closed.expected.json"));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->resourceType(), QStringLiteral("Encounter"));
    const auto o = resourceFromFhir(readJsonFixture(QStringLiteral("observation_adult_full.expected.json")).array().at(0).toObject());
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->resourceType(), QStringLiteral("Observation"));
}

TEST(FhirClinicalParse, EncounterStatusesAndDates)
{
    QJsonObject o = expectedObject("encounter_opd_closed.expected.json");
    const auto statusOf = [&](const char16_t* code) {
        o.insert(QStringLiteral("status"), QString::fromUtf16(code));
        const auto r = visitFromFhir(o);
        return r.ok() ? visitStatusCode(r->status) : r.error().detail;
    };
    EXPECT_EQ(statusOf(u"arrived"), QStringLiteral("waiting"));
    EXPECT_EQ(statusOf(u"triaged"), QStringLiteral("waiting"));
    EXPECT_EQ(statusOf(u"in-progress"), QStringLiteral("in-consultation"));
    EXPECT_EQ(statusOf(u"finished"), QStringLiteral("closed"));
    EXPECT_EQ(statusOf(u"entered-in-error"), QStringLiteral("closed"));
    EXPECT_EQ(statusOf(u"unknown"), QStringLiteral("fhir.encounter.status"));
    o.remove(QStringLiteral("status"));
    EXPECT_EQ(problem(visitFromFhir(o)), QStringLiteral("fhir.encounter.status"));
    o.insert(QStringLiteral("status"), QStringLiteral("finished"));

    // Time zones are converted to UTC; a date alone is its midnight UTC.
    o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-03-04T09:10:00+05:00")},
                                                   {QStringLiteral("end"), QStringLiteral("2025-03-04")}});
    auto r = visitFromFhir(o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->startedAt, QDateTime(QDate(2025, 3, 4), QTime(4, 10), Qt::UTC));
    EXPECT_EQ(r->closedAt, QDateTime(QDate(2025, 3, 4), QTime(0, 0), Qt::UTC));
    for (const char16_t* bad : {u"2025-03-04T09:10", u"2025-03-04T09:10:00", u"2025-03", u"04-03-2025", u"2025-03-04T25:00:00Z"}) {
        o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), QString::fromUtf16(bad)}});
        EXPECT_EQ(problem(visitFromFhir(o)), QStringLiteral("fhir.encounter.date")) << QString::fromUtf16(bad).toStdString();
    }
}

TEST(FhirClinicalParse, EncounterReferencesAndLeniency)
{
    QJsonObject o = expectedObject("encounter_opd_closed.expected.json");
    const QString patient = QStringLiteral("7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c22");
    for (const QString& ref : {QString(QStringLiteral("urn:uuid:") + patient), QString(QStringLiteral("https://registry.example.pk/fhir/Patient/") + patient),
                               QString(QStringLiteral("Patient/") + patient + QStringLiteral("/_history/3"))}) {
        o.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), ref}});
        const auto r = visitFromFhir(o);
        ASSERT_TRUE(r.ok()) << ref.toStdString();
        EXPECT_EQ(r->patientId, patient);
    }
    o.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("display"), QStringLiteral("Ali")}});
    EXPECT_EQ(problem(visitFromFhir(o)), QStringLiteral("fhir.encounter.subject"));
    o.insert(QStringLiteral("subject"), QString(QStringLiteral("Patient/") + patient));
    EXPECT_EQ(problem(visitFromFhir(o)), QStringLiteral("fhir.encounter.structure"));
    o.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), QString(QStringLiteral("Patient/") + patient)}});

    // Foreign codings, extensions and identifiers are ignored; no client-version means version 1.
    QJsonArray reasons = o.value(u"reasonCode").toArray();
    reasons.prepend(QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://snomed.info/sct")},
                                                                                  {QStringLiteral("code"), QStringLiteral("386661006")}}}}});
    o.insert(QStringLiteral("reasonCode"), reasons);
    QJsonArray ext = o.value(u"extension").toArray();
    ext.append(QJsonObject{{QStringLiteral("url"), QStringLiteral("http://example.org/other")}, {QStringLiteral("valueBoolean"), true}});
    o.insert(QStringLiteral("extension"), ext);
    o.remove(QStringLiteral("meta"));
    const auto r = visitFromFhir(o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->complaintCodes, (QStringList{QStringLiteral("fever"), QStringLiteral("cough"), QStringLiteral("breathless")}));
    EXPECT_EQ(r->chiefComplaint, QStringLiteral("Fever and fast breathing for 2 days"));
    EXPECT_EQ(r->version, 1);
    EXPECT_EQ(r->tokenNumber, 12);

    setClientVersion(o, 0);
    EXPECT_EQ(problem(visitFromFhir(o)), QStringLiteral("fhir.encounter.version"));
}

TEST(FhirClinicalParse, ClientVersionIsSetOnce)
{
    QJsonObject o{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("source"), QStringLiteral("urn:bhu:device:x")}}}};
    setClientVersion(o, 2);
    setClientVersion(o, 3);
    EXPECT_EQ(o[u"meta"][u"extension"].toArray().size(), 1);
    EXPECT_EQ(clientVersion(o), 3);
    EXPECT_EQ(o[u"meta"][u"source"].toString(), QStringLiteral("urn:bhu:device:x"));
    EXPECT_EQ(clientVersion(QJsonObject{}), std::nullopt);
}

TEST(FhirClinicalParse, VitalsMergeRefusesAnotherRecord)
{
    const QJsonArray adult = readJsonFixture(QStringLiteral("observation_adult_full.expected.json")).array();
    const QJsonArray child = readJsonFixture(QStringLiteral("observation_child_partial.expected.json")).array();
    const auto a = vitalObservationFromFhir(adult.at(0).toObject());
    const auto c = vitalObservationFromFhir(child.at(0).toObject());
    ASSERT_TRUE(a.ok() && c.ok());
    VitalSigns v;
    ASSERT_TRUE(mergeVitalsPart(v, a.value()).ok());
    const VitalSigns before = v;
    const auto s = mergeVitalsPart(v, c.value());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().detail, QStringLiteral("fhir.observation.record_mismatch"));
    EXPECT_EQ(v, before);   // unchanged

    const auto mixed = vitalSignsFromFhir({adult.at(0).toObject(), child.at(0).toObject()});
    EXPECT_EQ(mixed.error().detail, QStringLiteral("fhir.observation.record_mismatch"));
    EXPECT_EQ(vitalSignsFromFhir({}).error().detail, QStringLiteral("fhir.observation.record"));
}

TEST(FhirClinicalParse, VitalsBloodPressureOneSide)
{
    VitalSigns v = vitalSignsFromJson(readJsonFixture(QStringLiteral("observation_adult_full.input.json")).object());
    v.diastolic.reset();
    const QJsonArray sent = vitalSignsToFhir(v);
    QList<QJsonObject> list;
    for (const QJsonValue o : sent) list.append(o.toObject());
    const auto back = vitalSignsFromFhir(list);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), v);
    EXPECT_FALSE(back->diastolic.has_value());
}

TEST(FhirClinicalParse, PrescriptionWithoutOurExtensions)
{
    // A MedicationRequest from elsewhere: the medicine list fills name, strength and form.
    QJsonObject o = expectedObject("medicationrequest_bd_course.expected.json");
    QJsonObject med = o.value(u"medicationCodeableConcept").toObject();
    med.remove(QStringLiteral("extension"));
    o.insert(QStringLiteral("medicationCodeableConcept"), med);
    const auto r = prescriptionFromFhir(o);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->medicineText(), QStringLiteral("Amoxicillin 250 mg/5 mL suspension"));
    EXPECT_EQ(r->durationDays, 5);
    EXPECT_EQ(r->frequency, QStringLiteral("BD"));

    // Unlisted and without extensions: the text is the name.
    med.remove(QStringLiteral("coding"));
    o.insert(QStringLiteral("medicationCodeableConcept"), med);
    EXPECT_EQ(prescriptionFromFhir(o)->medicineName, QStringLiteral("Amoxicillin 250 mg/5 mL suspension"));

    // Course in weeks.
    QJsonObject dispense = o.value(u"dispenseRequest").toObject();
    dispense.insert(QStringLiteral("expectedSupplyDuration"), QJsonObject{{QStringLiteral("value"), 2}, {QStringLiteral("code"), QStringLiteral("wk")}});
    o.insert(QStringLiteral("dispenseRequest"), dispense);
    EXPECT_EQ(prescriptionFromFhir(o)->durationDays, 14);
}

TEST(FhirClinicalParse, ReferralPriorities)
{
    QJsonObject o = expectedObject("servicerequest_emergency_dhq.expected.json");
    const auto urgency = [&](const QJsonValue& priority) {
        if (priority.isUndefined()) o.remove(QStringLiteral("priority"));
        else o.insert(QStringLiteral("priority"), priority);
        const auto r = referralFromFhir(o);
        return r.ok() ? urgencyCode(r->urgency) : r.error().detail;
    };
    EXPECT_EQ(urgency(QStringLiteral("stat")), QStringLiteral("emergency"));
    EXPECT_EQ(urgency(QStringLiteral("asap")), QStringLiteral("urgent"));
    EXPECT_EQ(urgency(QStringLiteral("routine")), QStringLiteral("routine"));
    EXPECT_EQ(urgency(QJsonValue()), QStringLiteral("routine"));
    EXPECT_EQ(urgency(3), QStringLiteral("fhir.servicerequest.structure"));
}

TEST(FhirClinicalParse, ConditionCertaintyIsLenient)
{
    QJsonObject o = expectedObject("condition_coded_confirmed.expected.json");
    ASSERT_EQ(diagnosisFromFhir(o)->certainty, DiagnosisCertainty::Confirmed);
    o.remove(QStringLiteral("verificationStatus"));
    EXPECT_EQ(diagnosisFromFhir(o)->certainty, DiagnosisCertainty::Provisional);
    // ICD-10 coding without text: the display is the coding's.
    QJsonObject code = o.value(u"code").toObject();
    code.remove(QStringLiteral("text"));
    o.insert(QStringLiteral("code"), code);
    const auto r = diagnosisFromFhir(o);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->display.isEmpty());
    EXPECT_FALSE(r->icd10.isEmpty());
}
