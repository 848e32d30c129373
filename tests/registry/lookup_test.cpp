// Read, search by identifier ("history anywhere", audited) and $everything.
#include "RegistryFixture.h"

namespace bhu::test {

using Lookup = RegistryTest;

TEST_F(Lookup, EverythingReturnsThePatientAndItsRecordsAndAudits)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId();
    ASSERT_EQ(postJson("/fhir",
                       transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)),
                                    entry(conditionResource(newId(), p.id, enc, QStringLiteral("Malaria"))),
                                    entry(conditionResource(newId(), p.id, enc, QStringLiteral("Anaemia")))}),
                       a.credential)
                  .status,
              200);
    const Resp r = get("/fhir/Patient/" + p.id.toStdString() + "/$everything", b.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json.value(u"type").toString(), QStringLiteral("searchset"));
    const QJsonArray entries = r.json.value(u"entry").toArray();
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries.at(0).toObject().value(u"resource").toObject().value(u"resourceType").toString(), QStringLiteral("Patient"));
    int conditions = 0;
    for (const QJsonValue& e : entries)
        conditions += e.toObject().value(u"resource").toObject().value(u"resourceType").toString() == u"Condition";
    EXPECT_EQ(conditions, 2);
    EXPECT_EQ(count("SELECT count(*) FROM lookups WHERE kind = 'everything'"), 1);
    EXPECT_EQ(get("/fhir/Patient/" + newId().toStdString() + "/$everything", b.credential).status, 404);
}

TEST_F(Lookup, SearchFindsByMrAndCnicAcrossFacilities)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    p.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520299999991")});
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential).status, 200);

    const Resp byMr = get("/fhir/Patient?identifier=" + kMrSystem.toStdString() + "|" + p.mrNumber().toStdString(), b.credential);
    ASSERT_EQ(byMr.status, 200);
    ASSERT_EQ(byMr.json.value(u"total").toInt(), 1);
    EXPECT_EQ(byMr.json.value(u"entry").toArray().at(0).toObject().value(u"resource").toObject().value(u"id").toString(), p.id);
    const Resp byCnic = get("/fhir/Patient?identifier=" + kCnicSystem.toStdString() + "|3520299999991", b.credential);
    EXPECT_EQ(byCnic.json.value(u"total").toInt(), 1);
    const Resp none = get("/fhir/Patient?identifier=" + kCnicSystem.toStdString() + "|3520200000000", b.credential);
    EXPECT_EQ(none.status, 200);
    EXPECT_EQ(none.json.value(u"total").toInt(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM lookups WHERE kind = 'search'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM catchment WHERE reason = 'lookup'"), 1);
    EXPECT_EQ(get("/fhir/Patient/" + newId().toStdString(), b.credential).status, 404);
}

TEST_F(Lookup, TheLogHoldsNoPatientData)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    Patient p = makePatient(a.facilityCode, QStringLiteral("Zarmeena Unique Name"));
    p.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520277777771")});
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential).status, 200);
    ASSERT_EQ(get("/fhir/Patient?identifier=" + kCnicSystem.toStdString() + "|3520277777771", a.credential).status, 200);
    const QByteArray log = server.log();
    EXPECT_NE(log.indexOf(p.id.toUtf8()), -1) << log.toStdString();   // ids are logged …
    EXPECT_EQ(log.indexOf("Zarmeena"), -1);                             // … names, CNICs, phones never
    EXPECT_EQ(log.indexOf("3520277777771"), -1);
    EXPECT_EQ(log.indexOf("+92300"), -1);
}

} // namespace bhu::test
