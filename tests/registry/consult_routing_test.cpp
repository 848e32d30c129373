// Teleconsultation routing in the registry (docs/telemedicine.md "Routing", registry migration
// 9): a specialist device reads the pool of a specialty only with the operator's grant; the
// inbox lists open requests urgent first with their photo Communications; one claim wins and
// takes the case out of the other specialists' inboxes; every delivery and claim is recorded.
#include "ConsultFixture.h"

namespace bhu::test {

namespace {
class ConsultRouting : public ConsultTest {};
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
