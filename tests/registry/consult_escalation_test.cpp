// Escalation and routes of teleconsultations (docs/telemedicine.md, registry migration 10).
// Escalation: an urgent request not claimed, or claimed but not answered, within
// `consult-escalate-minutes` (here 1; rows back-dated instead of waiting) is escalated once, on
// the next inbox or feed read: a new version with `escalated` in the requesting BHU's feed, and
// its claim released so another granted specialist may take it (hand-over). Routes: a specialty
// with routes is read only by granted devices of the routed hospitals.
#include "ConsultFixture.h"

#include <QJsonDocument>

namespace bhu::test {

namespace {
class ConsultEscalation : public ConsultTest {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("8"), QStringLiteral("--consult-escalate-minutes"), QStringLiteral("1")};
    }
    void backDate(const QString& id) { exec("UPDATE resources SET updated_at = now() - interval '2 minutes' WHERE id = '" + id.toStdString() + "'"); }
    // The BHU's feed: the latest version of request `id`, or an empty object.
    QJsonObject fedRequest(const Device& d, const QString& id)
    {
        QJsonObject last;
        for (const QJsonValue& e : get("/fhir/$changes?_count=1000", d.credential).json.value(u"entry").toArray())
            if (e[u"resource"][u"id"].toString() == id) last = e[u"resource"].toObject();
        return last;
    }
    static bool isEscalated(const QJsonObject& request)
    {
        auto r = fhir::consultationRequestFromFhir(request);
        return r.ok() && r->escalated;
    }
    QString push(const Device& bhu, const Patient& p, const QString& enc, ConsultationUrgency u, bool withPatient)
    {
        const QJsonObject req = request(p.id, enc, QStringLiteral("dermatology"), u);
        QJsonArray entries;
        if (withPatient) entries = QJsonArray{entry(patientResource(p, 1)), entry(encounterResource(enc, p.id))};
        entries.append(entry(req));
        const Resp r = postJson("/fhir", transaction(entries), bhu.credential);
        EXPECT_EQ(r.status, 200) << r.body;
        return req[u"id"].toString();
    }
};
} // namespace

TEST_F(ConsultEscalation, AnOverdueUrgentRequestIsEscalatedOnceAndHandedOver)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Device khan = enroll(QStringLiteral("HOSP-0001"), 901);
    const Device other = enroll(QStringLiteral("HOSP-0002"), 902);
    grant(khan, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("dermatology"));
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString enc = newId();
    const QString unclaimed = push(bhu, p, enc, ConsultationUrgency::Urgent, true);
    const QString claimed = push(bhu, p, enc, ConsultationUrgency::Urgent, false);
    const QString routine = push(bhu, p, enc, ConsultationUrgency::Routine, false);
    const QString answered = push(bhu, p, enc, ConsultationUrgency::Urgent, false);
    ASSERT_EQ(claim(khan, claimed).status, 200);
    ASSERT_EQ(claim(khan, answered).status, 200);
    ASSERT_EQ(postJson("/fhir", transaction(QJsonArray{entry(answer(answered, p.id))}), khan.credential).status, 200);

    // In time: nothing escalated, the claimed case only in its claimer's inbox.
    EXPECT_FALSE(inboxIds(other, QStringLiteral("dermatology")).contains(claimed));
    EXPECT_FALSE(isEscalated(fedRequest(bhu, unclaimed)));
    EXPECT_EQ(count("SELECT count(*) FROM consult_escalations"), 0);

    // Past the configured time (back-dated): the next inbox read escalates the two urgent,
    // unanswered requests; the routine and the answered one are left alone.
    for (const QString& id : {unclaimed, claimed, routine, answered}) backDate(id);
    const QStringList ids = inboxIds(other, QStringLiteral("dermatology"));
    EXPECT_TRUE(ids.contains(unclaimed));
    EXPECT_TRUE(ids.contains(claimed)) << "hand-over: back in the pool of every granted specialist";
    EXPECT_EQ(count("SELECT count(*) FROM consult_escalations"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM consult_escalations WHERE consultation_id = '" + claimed.toStdString() +
                    "' AND released_device = '" + khan.id.toStdString() + "'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'escalate'"), 2);
    // Another specialist takes it; the first claim was released.
    EXPECT_EQ(claim(other, claimed).status, 200);
    EXPECT_EQ(claim(khan, claimed).status, 409);

    // The BHU's feed brings the escalated versions (version 2, `escalated`), once.
    const QJsonObject fed = fedRequest(bhu, unclaimed);
    EXPECT_TRUE(isEscalated(fed)) << QJsonDocument(fed).toJson().toStdString();
    EXPECT_EQ(fed[u"meta"][u"versionId"].toString(), QStringLiteral("2"));
    EXPECT_TRUE(isEscalated(fedRequest(bhu, claimed)));
    EXPECT_FALSE(isEscalated(fedRequest(bhu, routine)));
    EXPECT_FALSE(isEscalated(fedRequest(bhu, answered)));
    inboxIds(khan, QStringLiteral("dermatology"));
    EXPECT_EQ(count("SELECT count(*) FROM consult_escalations"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM changes WHERE type = 'CommunicationRequest'"), 6);   // 4 pushed + 2 escalations
    // The hospital's feed never receives the request (not in its catchment).
    EXPECT_TRUE(fedRequest(other, claimed).isEmpty());
}

TEST_F(ConsultEscalation, TheBhuFeedReadEscalatesWithoutAnyInboxCall)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString id = push(bhu, p, newId(), ConsultationUrgency::Urgent, true);
    EXPECT_FALSE(isEscalated(fedRequest(bhu, id)));
    backDate(id);
    EXPECT_TRUE(isEscalated(fedRequest(bhu, id)));
    EXPECT_EQ(count("SELECT count(*) FROM consult_escalations"), 1);
}

TEST_F(ConsultEscalation, RoutesLimitWhichHospitalsReadASpecialty)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Device khan = enroll(QStringLiteral("HOSP-0001"), 901);
    const Device other = enroll(QStringLiteral("HOSP-0002"), 902);
    grant(khan, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("paediatrics"));
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString id = push(bhu, p, newId(), ConsultationUrgency::Routine, true);

    // Without routes: every granted device.
    EXPECT_EQ(inboxIds(other, QStringLiteral("dermatology")), QStringList{id});
    RunResult listed = registry({QStringLiteral("route"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(listed.out).contains(QStringLiteral("no routes")));

    // Routed to HOSP-0001: the other hospital is refused (inbox and claim), with what to do.
    ASSERT_EQ(registry({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("--specialty"), QStringLiteral("dermatology"),
                        QStringLiteral("--facility"), QStringLiteral("HOSP-0001")})
                  .exitCode,
              0);
    EXPECT_NE(registry({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("--specialty"), QStringLiteral("dermatology"),
                        QStringLiteral("--facility"), QStringLiteral("NO-SUCH")})
                  .exitCode,
              0);
    listed = registry({QStringLiteral("route"), QStringLiteral("list"), QStringLiteral("--specialty"), QStringLiteral("dermatology")});
    EXPECT_TRUE(QString::fromUtf8(listed.out).contains(QStringLiteral("dermatology\tHOSP-0001"))) << listed.out.toStdString();
    int status = 0;
    inboxIds(other, QStringLiteral("dermatology"), &status);
    EXPECT_EQ(status, 403);
    EXPECT_EQ(claim(other, id).status, 403);
    EXPECT_EQ(inboxIds(khan, QStringLiteral("dermatology")), QStringList{id});
    // Another specialty without routes is unaffected.
    inboxIds(other, QStringLiteral("paediatrics"), &status);
    EXPECT_EQ(status, 200);

    // Removed: every granted device again.
    ASSERT_EQ(registry({QStringLiteral("route"), QStringLiteral("remove"), QStringLiteral("--specialty"), QStringLiteral("dermatology"),
                        QStringLiteral("--facility"), QStringLiteral("HOSP-0001")})
                  .exitCode,
              0);
    EXPECT_EQ(inboxIds(other, QStringLiteral("dermatology")), QStringList{id});
}

} // namespace bhu::test
