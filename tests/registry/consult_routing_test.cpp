// Teleconsultation routing in the registry (docs/telemedicine.md "Routing", registry migration
// 9): a specialist device reads the pool of a specialty only with the operator's grant; the
// inbox lists open requests urgent first with their photo Communications; one claim wins and
// takes the case out of the other specialists' inboxes; every delivery and claim is recorded.
#include "RegistryFixture.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/fhir/FhirMeta.h"
#include "bhu/test/TestSupport.h"

namespace bhu::test {

namespace {
class ConsultRouting : public RegistryTest {
protected:
    RunResult registry(const QStringList& args)
    {
        return run(QStringLiteral("bhu-registry"), QStringList(args) << QStringLiteral("--db") << conninfo);
    }
    void grant(const Device& d, const QString& specialty)
    {
        ASSERT_EQ(registry({QStringLiteral("device"), QStringLiteral("allow-specialist"), QStringLiteral("--device"), d.id,
                            QStringLiteral("--specialty"), specialty})
                      .exitCode,
                  0);
    }
    QJsonObject request(const QString& patientId, const QString& encounterId, const QString& specialty, ConsultationUrgency u)
    {
        ConsultationRequest r;
        r.id = newId();
        r.patientId = patientId;
        r.visitId = encounterId;
        r.facilityCode = QStringLiteral("BHU-0001");
        r.specialty = specialty;
        r.urgency = u;
        r.question = QStringLiteral("What is this rash, and how to treat it?");
        r.caseSummary = QStringLiteral("F 34y, rash 3 weeks");
        r.requestedBy = QStringLiteral("drsana");
        r.requestedAt = QDateTime::currentDateTimeUtc();
        QJsonObject o = fhir::consultationRequestToFhir(r);
        fhir::setClientVersion(o, 1);
        return o;
    }
    QStringList inboxIds(const Device& d, const QString& specialty, int* status = nullptr)
    {
        const Resp r = get("/fhir/$consult-inbox?specialty=" + specialty.toStdString(), d.credential);
        if (status) *status = r.status;
        QStringList ids;
        for (const QJsonValue& e : r.json.value(u"entry").toArray())
            if (e[u"search"][u"mode"].toString() == u"match") ids << e[u"resource"][u"id"].toString();
        return ids;
    }
    QJsonObject answer(const QString& requestId, const QString& patientId)
    {
        ConsultationMessage m;
        m.id = newId();
        m.consultationId = requestId;
        m.patientId = patientId;
        m.kind = MessageKind::Answer;
        m.author = QStringLiteral("dr_khan");
        m.authorFacility = QStringLiteral("HOSP-0001");
        m.sentAt = QDateTime::currentDateTimeUtc();
        m.text = QStringLiteral("Tinea corporis.");
        m.disposition = Disposition::ManageAtBhu;
        QJsonObject o = fhir::consultationMessageToFhir(m);
        fhir::setClientVersion(o, 1);
        return o;
    }
    Resp claim(const Device& d, const QString& id)
    {
        return postJson("/fhir/$consult-claim",
                        QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                    {QStringLiteral("parameter"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")}, {QStringLiteral("valueString"), id}}}}},
                        d.credential);
    }
};
} // namespace

TEST_F(ConsultRouting, OnlyGrantedSpecialistsSeeThePoolAndOneClaimWins)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Device khan = enroll(QStringLiteral("HOSP-0001"), 901);
    const Device other = enroll(QStringLiteral("HOSP-0002"), 902);
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString enc = newId();
    const QJsonObject routine = request(p.id, enc, QStringLiteral("dermatology"), ConsultationUrgency::Routine);
    const QJsonObject urgent = request(p.id, enc, QStringLiteral("dermatology"), ConsultationUrgency::Urgent);
    const QJsonObject paeds = request(p.id, enc, QStringLiteral("paediatrics"), ConsultationUrgency::Urgent);
    const Resp pushed = postJson("/fhir", transaction(QJsonArray{entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)),
                                                                entry(routine), entry(urgent), entry(paeds)}),
                                 bhu.credential);
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    for (int i = 0; i < 5; ++i) EXPECT_TRUE(entryStatus(pushed, i).startsWith(QStringLiteral("201"))) << i;

    // Without the grant: refused (the BHU itself included), and nothing is recorded.
    int status = 0;
    inboxIds(khan, QStringLiteral("dermatology"), &status);
    EXPECT_EQ(status, 403);
    inboxIds(bhu, QStringLiteral("dermatology"), &status);
    EXPECT_EQ(status, 403);
    EXPECT_EQ(claim(khan, urgent[u"id"].toString()).status, 403);
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads"), 0);

    grant(khan, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("dermatology"));
    // Urgent first, then oldest; only the specialty granted.
    const QStringList ids = inboxIds(khan, QStringLiteral("dermatology"), &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(ids, (QStringList{urgent[u"id"].toString(), routine[u"id"].toString()}));
    inboxIds(khan, QStringLiteral("paediatrics"), &status);
    EXPECT_EQ(status, 403);

    // One claim wins; the case leaves the other specialist's inbox and stays in the claimer's.
    EXPECT_EQ(claim(khan, urgent[u"id"].toString()).status, 200);
    EXPECT_EQ(claim(khan, urgent[u"id"].toString()).status, 200);   // a retry of the same claim
    EXPECT_EQ(claim(other, urgent[u"id"].toString()).status, 409);
    EXPECT_EQ(inboxIds(other, QStringLiteral("dermatology")), QStringList{routine[u"id"].toString()});
    EXPECT_TRUE(inboxIds(khan, QStringLiteral("dermatology")).contains(urgent[u"id"].toString()));
    EXPECT_EQ(claim(khan, newId()).status, 404);

    // Every delivery and claim is recorded, by device; the log is append-only.
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'inbox' AND device_id = '" + khan.id.toStdString() + "'"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'claim'"), 2);
    EXPECT_ANY_THROW(exec("DELETE FROM consult_reads"));
}

// The answer: accepted from the device that claimed the request (the hospital's catchment is not
// widened: its feed does not receive the patient), refused from any other; the BHU's feed
// brings it.
TEST_F(ConsultRouting, OnlyTheClaimingDeviceMayAnswerAndTheBhuReceivesIt)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Device khan = enroll(QStringLiteral("HOSP-0001"), 901);
    const Device other = enroll(QStringLiteral("HOSP-0002"), 902);
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString enc = newId();
    const QJsonObject req = request(p.id, enc, QStringLiteral("dermatology"), ConsultationUrgency::Urgent);
    const QString id = req[u"id"].toString();
    ASSERT_EQ(postJson("/fhir", transaction(QJsonArray{entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)), entry(req)}),
                       bhu.credential)
                  .status,
              200);
    const QJsonObject a = answer(id, p.id);
    // Before any claim: refused.
    Resp r = postJson("/fhir", transaction(QJsonArray{entry(a)}), khan.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_TRUE(entryStatus(r, 0).startsWith(QStringLiteral("403"))) << r.body;
    grant(khan, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("dermatology"));
    ASSERT_EQ(claim(khan, id).status, 200);
    // Another specialist (granted, not claiming): refused; the claimer: stored.
    r = postJson("/fhir", transaction(QJsonArray{entry(answer(id, p.id))}), other.credential);
    EXPECT_TRUE(entryStatus(r, 0).startsWith(QStringLiteral("403"))) << r.body;
    r = postJson("/fhir", transaction(QJsonArray{entry(a)}), khan.credential);
    EXPECT_TRUE(entryStatus(r, 0).startsWith(QStringLiteral("201"))) << r.body;
    // The answered case leaves the pool; the hospital's catchment is not widened.
    EXPECT_TRUE(inboxIds(khan, QStringLiteral("dermatology")).isEmpty());
    const Resp hospFeed = get("/fhir/$changes?_count=1000", khan.credential);
    for (const QJsonValue& e : hospFeed.json.value(u"entry").toArray()) EXPECT_NE(e[u"resource"][u"resourceType"].toString(), u"Patient");
    // The BHU's feed brings the answer.
    const Resp feed = get("/fhir/$changes?_count=1000", bhu.credential);
    bool found = false;
    for (const QJsonValue& e : feed.json.value(u"entry").toArray()) found = found || e[u"resource"][u"id"].toString() == a[u"id"].toString();
    EXPECT_TRUE(found);
}

} // namespace bhu::test
