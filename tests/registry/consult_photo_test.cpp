// GET [base]/Binary/<id> (docs/telemedicine.md "Reading"): a teleconsultation photo's bytes for
// the facility that uploaded it and for a granted specialist's device while the case is in its
// pool or claimed by it; refused to everyone else (403); 404 for an unknown or unfinished
// upload; every photo served is recorded in the read log.
#include "ConsultFixture.h"

#include <QRandomGenerator>

namespace bhu::test {

namespace {
class ConsultPhotos : public ConsultTest {
protected:
    static QByteArray randomBytes(int n, quint32 seed)
    {
        QByteArray b(n, Qt::Uninitialized);
        QRandomGenerator g(seed);
        for (char& c : b) c = static_cast<char>(g.bounded(256));
        return b;
    }
    Resp binary(const Device& d, const QString& id) { return get("/fhir/Binary/" + id.toStdString(), d.credential); }
};
} // namespace

TEST_F(ConsultPhotos, OnlyTheBhuAndASpecialistWhoMaySeeTheCaseReadThePhoto)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const Device khan = enroll(QStringLiteral("HOSP-0001"), 901);
    const Device other = enroll(QStringLiteral("HOSP-0002"), 902);
    const Device stranger = enroll(QStringLiteral("BHU-0002"), 2);
    const Patient p = makePatient(QStringLiteral("BHU-0001"), QStringLiteral("Ayesha Bibi"));
    const QString enc = newId();
    const QJsonObject req = request(p.id, enc, QStringLiteral("dermatology"), ConsultationUrgency::Urgent);
    const QString id = req[u"id"].toString();
    const QByteArray bytes = randomBytes(50000, 3);
    const QString photoId = newId();
    ASSERT_EQ(uploadBinary(bhu, photoId, bytes).status, 201);
    const Resp pushed = postJson("/fhir", transaction(QJsonArray{entry(patientResource(p, 1)), entry(encounterResource(enc, p.id)), entry(req),
                                                                entry(photoCommunication(id, p.id, photoId, bytes))}),
                                 bhu.credential);
    ASSERT_EQ(pushed.status, 200) << pushed.body;

    // The requesting facility: its own photo, byte for byte, with its content type.
    Resp r = binary(bhu, photoId);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(QByteArray::fromStdString(r.body), bytes);
    EXPECT_EQ(r.header("Content-Type"), "image/jpeg");
    // Unknown: 404. Another BHU, a hospital device without the grant: 403.
    EXPECT_EQ(binary(bhu, newId()).status, 404);
    EXPECT_EQ(binary(stranger, photoId).status, 403);
    EXPECT_EQ(binary(khan, photoId).status, 403);
    EXPECT_EQ(get("/fhir/Binary/not-a-uuid", bhu.credential).status, 404);

    // Granted: while the case is in the pool, both specialists; once claimed, only the claimer.
    grant(khan, QStringLiteral("dermatology"));
    grant(other, QStringLiteral("dermatology"));
    EXPECT_EQ(binary(other, photoId).status, 200);
    ASSERT_EQ(claim(khan, id).status, 200);
    r = binary(khan, photoId);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(QByteArray::fromStdString(r.body), bytes);
    EXPECT_EQ(binary(other, photoId).status, 403);
    // Granted for another specialty only: refused.
    const Device paeds = enroll(QStringLiteral("HOSP-0003"), 903);
    grant(paeds, QStringLiteral("paediatrics"));
    EXPECT_EQ(binary(paeds, photoId).status, 403);

    // Every photo served is recorded (device, case, Binary); nothing for the refusals.
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'photo'"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'photo' AND device_id = '" + khan.id.toStdString() +
                    "' AND consultation_id = '" + id.toStdString() + "' AND binary_id = '" + photoId.toStdString() + "'"),
              1);
    EXPECT_ANY_THROW(exec("UPDATE consult_reads SET user_name = 'x'"));
}

TEST_F(ConsultPhotos, AnUnfinishedUploadIsNotServed)
{
    const Device bhu = enroll(QStringLiteral("BHU-0001"), 1);
    const QByteArray bytes = randomBytes(40000, 4);
    const QString photoId = newId();
    ASSERT_EQ(uploadBinary(bhu, photoId, bytes, 10000).status, 200);
    EXPECT_EQ(get("/fhir/Binary/" + photoId.toStdString(), bhu.credential).status, 404);
    EXPECT_EQ(count("SELECT count(*) FROM consult_reads"), 0);
}

} // namespace bhu::test
