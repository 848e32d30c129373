// Push: transaction Bundles, per-entry outcomes, idempotent replay, authorisation, 409.
#include "RegistryFixture.h"

#include "bhu/fhir/FhirPatient.h"

namespace bhu::test {

using Push = RegistryTest;

TEST_F(Push, PatientEncounterConditionsAreCreatedAndAReplayChangesNothing)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId();
    const QJsonObject bundle = transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)),
                                            entry(conditionResource(newId(), p.id, enc, QStringLiteral("Malaria"))),
                                            entry(conditionResource(newId(), p.id, enc, QStringLiteral("Anaemia")))});
    const Resp first = postJson("/fhir", bundle, d.credential);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json.value(u"type").toString(), QStringLiteral("transaction-response"));
    ASSERT_EQ(first.json.value(u"entry").toArray().size(), 4);
    for (int i = 0; i < 4; ++i) EXPECT_EQ(entryStatus(first, i), QStringLiteral("201 Created")) << i;
    EXPECT_EQ(first.json.value(u"entry").toArray().at(0).toObject().value(u"response").toObject().value(u"location").toString(),
              QStringLiteral("Patient/") + p.id + QStringLiteral("/_history/1"));
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 4);

    const Resp replay = postJson("/fhir", bundle, d.credential);
    ASSERT_EQ(replay.status, 200);
    EXPECT_EQ(replay.json, first.json);   // answered exactly as the first time
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM changes"), 4);
    EXPECT_EQ(count("SELECT max(server_version) FROM resources"), 1);
}

TEST_F(Push, AnEntryForAnUnknownPatientIs422AndTheOthersAreStored)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId();
    const QString ghost = newId();
    const Resp r = postJson("/fhir",
                            transaction({entry(patientResource(p, 1)), entry(encounterResource(newId(), ghost)),
                                         entry(encounterResource(enc, p.id))}),
                            d.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(entryStatus(r, 0), QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(r, 1), QStringLiteral("422 Unprocessable Entity"));
    const QJsonObject outcome = r.json.value(u"entry").toArray().at(1).toObject().value(u"response").toObject().value(u"outcome").toObject();
    EXPECT_EQ(outcome.value(u"resourceType").toString(), QStringLiteral("OperationOutcome"));
    EXPECT_TRUE(outcome.value(u"issue").toArray().at(0).toObject().value(u"diagnostics").toString().contains(ghost));
    EXPECT_EQ(entryStatus(r, 2), QStringLiteral("201 Created"));
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM resources WHERE patient_id = '" + ghost.toStdString() + "'"), 0);
}

TEST_F(Push, EntriesOfARefusedPatientAreRefusedToo)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    QJsonObject bad = patientResource(p, 1);
    bad.insert(QStringLiteral("gender"), QStringLiteral("robot"));   // not a FHIR gender
    const Resp r = postJson("/fhir", transaction({entry(bad), entry(encounterResource(newId(), p.id))}), d.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(entryStatus(r, 0), QStringLiteral("400 Bad Request"));
    EXPECT_EQ(entryStatus(r, 1), QStringLiteral("422 Unprocessable Entity"));
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 0);
}

TEST_F(Push, WritingAnotherFacilitysPatientIs403)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential), 0), QStringLiteral("201 Created"));

    // B sends an encounter for A's patient, an edit of it, and a new patient claiming A's facility.
    Patient edited = p;
    edited.phone = QStringLiteral("+923331112222");
    const Patient claim = makePatient(a.facilityCode, QStringLiteral("Someone Else"));
    const Resp r = postJson("/fhir",
                            transaction({entry(encounterResource(newId(), p.id)), entry(patientResource(edited, 2), 1),
                                         entry(patientResource(claim, 1))}),
                            b.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    for (int i = 0; i < 3; ++i) EXPECT_EQ(entryStatus(r, i), QStringLiteral("403 Forbidden")) << i;
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions"), 1);
}

TEST_F(Push, AClinicalRecordResentWithDifferentContentIs409)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId(), cond = newId();
    postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)),
                                   entry(conditionResource(cond, p.id, enc, QStringLiteral("Malaria")))}),
             d.credential);
    const Resp r = postJson("/fhir", transaction({entry(conditionResource(cond, p.id, enc, QStringLiteral("Typhoid"), 2))}), d.credential);
    EXPECT_EQ(entryStatus(r, 0), QStringLiteral("409 Conflict"));
    // The same content again under a new client version is a harmless no-op.
    const Resp same = postJson("/fhir", transaction({entry(conditionResource(cond, p.id, enc, QStringLiteral("Malaria"), 3))}), d.credential);
    EXPECT_EQ(entryStatus(same, 0), QStringLiteral("200 OK"));
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions WHERE type = 'Condition'"), 1);
}

TEST_F(Push, WrongResourceTypeOrBadIdIsRefusedPerEntry)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    QJsonObject org{{QStringLiteral("resourceType"), QStringLiteral("Organization")}, {QStringLiteral("id"), newId()}};
    QJsonObject noVersion = encounterResource(newId(), p.id);
    noVersion.remove(QStringLiteral("meta"));
    QJsonObject badId = encounterResource(QStringLiteral("not-a-uuid"), p.id);
    const Resp r = postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(org), entry(noVersion), entry(badId)}), d.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(entryStatus(r, 0), QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(r, 1), QStringLiteral("400 Bad Request"));
    EXPECT_EQ(entryStatus(r, 2), QStringLiteral("400 Bad Request"));
    EXPECT_EQ(entryStatus(r, 3), QStringLiteral("400 Bad Request"));
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 1);
}

} // namespace bhu::test
