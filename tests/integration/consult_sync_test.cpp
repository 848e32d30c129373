// Teleconsultation through the real bhu-registry (issue #10, docs/telemedicine.md): BHU A sends
// an urgent dermatology request with two photos; the text travels in the push, the photos in
// resumable chunks and then their Communications; a specialist's install of a hospital claims
// and answers; after A's next sync the answer is in A's database, and the diagnosis adopted
// from it is A's own record; a live call logged at A reaches the registry as an Encounter of
// class VR, part of the visit.
//
// The specialist's device is granted the specialty by the registry operator and reads the
// pool, the photo bytes and claims through the registry's `$consult-inbox`, `GET Binary/<id>`
// and `$consult-claim` with the clinic's client for them (sync/ConsultationClient). The hospital's catchment is never widened: it writes the
// answer because its device claimed the request.
#include "SyncFixture.h"

#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/VisitService.h"
#include "bhu/sync/ConsultationClient.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>

using namespace bhu;
using namespace bhu::test;
using services::ConsultationService;

namespace {

const QString kDoctorPw = QStringLiteral("doctor-password-1");
const QString kSpecPw = QStringLiteral("specialist-password-1");

QImage lesionPhoto(int w, int h, int tint)
{
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) img.setPixel(x, y, qRgb((x * 7 + tint) % 256, (y * 5) % 256, (x * y + tint) % 256));
    return img;
}

std::unique_ptr<services::Session> signIn(const Clinic& c, const QString& user, const QString& pw)
{
    auto s = services::Session::unlock(c.db.path, user, pw, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return s.ok() ? std::move(s.value()) : nullptr;
}

class consult_sync : public SyncTest {};

// The specialist's calls as the app makes them (ui/consult/RegistryConsultRemote).
services::ConsultationRemote remoteOver(sync::ConsultationClient& client)
{
    services::ConsultationRemote remote;
    remote.fetchInbox = [&client](const db::Enrolment& e, const QString& specialty) -> Result<QList<services::ConsultationCase>> {
        auto r = client.fetchInbox(e, specialty);
        if (!r.ok()) return r.error();
        QList<services::ConsultationCase> out;
        for (const sync::InboxCase& c : r.value()) out.append(services::ConsultationCase{c.request, c.messages, c.photos});
        return out;
    };
    remote.claim = [&client](const db::Enrolment& e, const QString& id, const QString& who) { return client.claim(e, id, who); };
    return remote;
}

} // namespace

TEST_F(consult_sync, AnUrgentDermatologyRequestWithTwoPhotosIsAnsweredIntoTheBhuRecord)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-BHU-045"), 45);
    auto hosp = enrolledClinic(QStringLiteral("HOSP-0001"), 900);
    addUser(a->db, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
    addUser(hosp->db, QStringLiteral("dr_khan"), Role::Specialist, kSpecPw);

    // At BHU A, offline: a visit, the request, two photos.
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Rash"));
    ASSERT_EQ(registered.size(), 1);
    const Patient patient = registered.constFirst();
    ConsultationRequest request;
    QList<ConsultationPhoto> photos;
    {
        auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
        ASSERT_TRUE(doctor);
        services::VisitService visits(*doctor);
        auto v = visits.startVisit(patient.id);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        auto rec = visits.beginConsultation(v->id);
        ASSERT_TRUE(rec.ok());
        rec->visit.chiefComplaint = QStringLiteral("Itchy ring-shaped rash on the arm for 3 weeks");
        ASSERT_TRUE(visits.saveDraft(rec.value()).ok());
        ConsultationService svc(*doctor);
        auto d = svc.draftRequest(v->id);
        ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
        d->specialty = QStringLiteral("dermatology");
        d->urgency = ConsultationUrgency::Urgent;
        d->question = QStringLiteral("Tinea corporis or something else? Treatment?");
        auto r = svc.sendRequest(d.value());
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        request = r.value();
        for (int i = 0; i < 2; ++i) {
            auto p = svc.addPhoto(request.id, lesionPhoto(1600, 1200, i * 40), QStringLiteral("Arm %1").arg(i + 1));
            ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
            photos.append(p.value());
        }
    }

    // A syncs: the request, both photos (bytes, then their Communications), nothing left.
    const SyncRun sent = sync(*a);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.report.value(u"rejected").toInt(), 0);
    EXPECT_EQ(registryCount(QStringLiteral("CommunicationRequest")), 1);
    EXPECT_EQ(registryCount(QStringLiteral("Communication")), 2);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'synced'")), 0);
    const auto binaries = registryRows("SELECT id::text, encode(data, 'hex') FROM binaries WHERE complete ORDER BY created_at");
    ASSERT_EQ(binaries.size(), 2);
    for (const ConsultationPhoto& p : photos) {
        auto found = std::find_if(binaries.begin(), binaries.end(), [&](const auto& b) { return b.first == p.id; });
        ASSERT_NE(found, binaries.end());
        const QByteArray bytes = QByteArray::fromHex(found->second);
        EXPECT_EQ(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), p.sha256);
    }

    // The specialist: the registry operator grants the hospital's device dermatology; its inbox
    // and claim go to the registry; the answer goes through the hospital's outbox.
    const db::Enrolment hospDevice = [&] {
        auto s = hosp->session();
        auto e = db::SyncStateStore(s->store().conn()).enrolment();
        return e.ok() ? e.value() : db::Enrolment{};
    }();
    ASSERT_FALSE(hospDevice.credential.isEmpty());
    EXPECT_EQ(get("/fhir/$consult-inbox?specialty=dermatology", hospDevice.credential).status, 403);
    ASSERT_EQ(run(QStringLiteral("bhu-registry"), {QStringLiteral("device"), QStringLiteral("allow-specialist"), QStringLiteral("--device"),
                                                   hospDevice.deviceId, QStringLiteral("--specialty"), QStringLiteral("dermatology"),
                                                   QStringLiteral("--db"), conninfo})
                  .exitCode,
              0);
    // The specialist's install talks to the registry through the clinic's client
    // (sync/ConsultationClient): inbox with the photo bytes from GET Binary/<id>, and claim.
    std::unique_ptr<services::Session> specSession;
    sync::ConsultationClient client;
    client.setHeldPhoto([&](const QString& id) { return ConsultationService(*specSession).holdsPhoto(id); });
    const services::ConsultationRemote remote = remoteOver(client);
    {
        specSession = signIn(*hosp, QStringLiteral("dr_khan"), kSpecPw);
        ASSERT_TRUE(specSession);
        ConsultationService svc(*specSession);
        auto inbox = svc.inbox(QStringLiteral("dermatology"), remote);
        ASSERT_TRUE(inbox.ok()) << inbox.error().message.toStdString();
        ASSERT_EQ(inbox->size(), 1);
        EXPECT_EQ(inbox->first().photoCount, 2);
        // The photos came from the registry byte for byte; a second inbox does not fetch them again.
        auto opened = svc.open(request.id);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        ASSERT_EQ(opened->photos.size(), 2);
        for (const ConsultationPhoto& p : opened->photos) {
            auto mine = std::find_if(photos.begin(), photos.end(), [&](const ConsultationPhoto& x) { return x.id == p.id; });
            ASSERT_NE(mine, photos.end());
            EXPECT_EQ(p.data, mine->data);
        }
        EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'photo'"), 2);
        ASSERT_TRUE(svc.inbox(QStringLiteral("dermatology"), remote).ok());
        EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'photo'"), 2);
        EXPECT_EQ(inbox->first().request.urgency, ConsultationUrgency::Urgent);
        ASSERT_TRUE(svc.claim(request.id, remote).ok());
        ConsultationMessage answer;
        answer.text = QStringLiteral("Annular scaly plaque with central clearing: tinea corporis.");
        answer.suggestedIcd10 = QStringLiteral("B35.4");
        answer.suggestedDiagnosis = QStringLiteral("Tinea corporis");
        answer.suggestedTreatment = QStringLiteral("Clotrimazole 1% cream BD for 4 weeks");
        answer.disposition = Disposition::ManageAtBhu;
        auto sentAnswer = svc.answer(request.id, answer);
        ASSERT_TRUE(sentAnswer.ok()) << sentAnswer.error().message.toStdString();
        specSession.reset();
    }
    const SyncRun answered = sync(*hosp);
    ASSERT_EQ(answered.exitCode, 0) << answered.err.toStdString();
    EXPECT_EQ(answered.report.value(u"rejected").toInt(), 0);
    EXPECT_EQ(registryCount(QStringLiteral("Communication")), 3);
    EXPECT_EQ(localCount(*hosp, QStringLiteral("SELECT count(*) FROM patients")), 0);   // the case, not the record
    EXPECT_GE(count("SELECT count(*) FROM consult_reads WHERE action = 'claim'"), 1);

    // A's next sync brings the answer; applying it again changes nothing.
    const SyncRun back = sync(*a);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultation_messages WHERE kind = 'answer'")), 1);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultations WHERE status = 'answered'")), 1);
    ASSERT_EQ(sync(*a).exitCode, 0);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultation_messages")), 1);

    // The clinician turns the answer into a diagnosis: A's own record, sent by A.
    {
        auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
        ASSERT_TRUE(doctor);
        ConsultationService svc(*doctor);
        auto c = svc.open(request.id);
        ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
        ASSERT_TRUE(c->answer().has_value());
        EXPECT_EQ(c->answer()->authorFacility, hosp->code);
        auto d = svc.suggestedDiagnosis(request.id);
        ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
        auto v = svc.adoptDiagnosis(request.id, d.value());
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        ASSERT_FALSE(v->diagnoses.isEmpty());
        EXPECT_EQ(v->diagnoses.constLast().icd10, QStringLiteral("B35.4"));
        EXPECT_EQ(v->diagnoses.constLast().recordedBy, QStringLiteral("drsana"));
        EXPECT_EQ(v->visit.facilityCode, a->code);
    }

    // A live call with the specialist, logged at A: a teleconsultation encounter (class VR, part
    // of the visit) that the registry accepts like any Encounter of A's patient.
    {
        auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
        ASSERT_TRUE(doctor);
        services::ConsultationCallLog call;
        call.minutes = 8;
        auto encounter = ConsultationService(*doctor).logCall(request.id, call);
        ASSERT_TRUE(encounter.ok()) << encounter.error().message.toStdString();
        const SyncRun logged = sync(*a);
        ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
        EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'synced'")), 0);
        int found = 0;
        for (const auto& row : registryRows("SELECT id::text, content::text FROM resources WHERE type = 'Encounter'")) {
            const QJsonObject e = QJsonDocument::fromJson(row.second).object();
            if (e.value(u"id").toString() != encounter->id) continue;
            ++found;
            EXPECT_EQ(e.value(u"class").toObject().value(u"code").toString(), QStringLiteral("VR"));
            EXPECT_EQ(e.value(u"partOf").toObject().value(u"reference").toString(), QStringLiteral("Encounter/") + request.visitId);
        }
        EXPECT_EQ(found, 1) << "the registry holds the call's encounter";
    }
}

namespace {
class consult_escalation : public SyncTest {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("8"), QStringLiteral("--consult-escalate-minutes"), QStringLiteral("1")};
    }
};
} // namespace

// An urgent request claimed but not answered in time: the registry escalates it on the next
// read; the specialist's inbox releases the local claim (hand-over; it may be claimed again),
// and the BHU's next sync marks its copy escalated (the Consultations screen says so).
TEST_F(consult_escalation, AnUnansweredUrgentRequestComesBackEscalated)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-BHU-046"), 46);
    addUser(a->db, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Fever"));
    ASSERT_EQ(registered.size(), 1);
    QString id;
    {
        auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
        ASSERT_TRUE(doctor);
        services::VisitService visits(*doctor);
        auto v = visits.startVisit(registered.first().id);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        ASSERT_TRUE(visits.beginConsultation(v->id).ok());
        ConsultationService svc(*doctor);
        auto d = svc.draftRequest(v->id);
        ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
        d->specialty = QStringLiteral("paediatrics");
        d->urgency = ConsultationUrgency::Urgent;
        d->question = QStringLiteral("High fever and lethargy: refer now?");
        auto r = svc.sendRequest(d.value());
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        id = r->id;
    }
    ASSERT_EQ(sync(*a).exitCode, 0);
    ASSERT_EQ(sync(*a).exitCode, 0);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultations WHERE escalated = 1")), 0);

    // A specialist claims it in time but does not answer.
    auto hosp = enrolledClinic(QStringLiteral("HOSP-0002"), 902);
    addUser(hosp->db, QStringLiteral("dr_khan"), Role::Specialist, kSpecPw);
    const QString hospDevice = [&] {
        auto s = hosp->session();
        auto e = db::SyncStateStore(s->store().conn()).enrolment();
        return e.ok() ? e->deviceId : QString();
    }();
    ASSERT_EQ(run(QStringLiteral("bhu-registry"), {QStringLiteral("device"), QStringLiteral("allow-specialist"), QStringLiteral("--device"),
                                                   hospDevice, QStringLiteral("--specialty"), QStringLiteral("paediatrics"),
                                                   QStringLiteral("--db"), conninfo})
                  .exitCode,
              0);
    sync::ConsultationClient client;
    const services::ConsultationRemote remote = remoteOver(client);
    auto spec = signIn(*hosp, QStringLiteral("dr_khan"), kSpecPw);
    ASSERT_TRUE(spec);
    ASSERT_TRUE(ConsultationService(*spec).inbox(QStringLiteral("paediatrics"), remote).ok());
    ASSERT_TRUE(ConsultationService(*spec).claim(id, remote).ok());
    ASSERT_TRUE(ConsultationService(*spec).inbox(QStringLiteral("paediatrics"), remote).ok());
    EXPECT_EQ(ConsultationService(*spec).open(id)->request.status, ConsultationStatus::Claimed) << "still held: nothing released";

    exec("UPDATE resources SET updated_at = now() - interval '2 minutes' WHERE id = '" + id.toStdString() + "'");
    // Hand-over: the registry released the claim; the specialist's copy says so, and it may be
    // claimed again.
    auto again = ConsultationService(*spec).inbox(QStringLiteral("paediatrics"), remote);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    auto released = ConsultationService(*spec).open(id);
    ASSERT_TRUE(released.ok());
    EXPECT_EQ(released->request.status, ConsultationStatus::Sent);
    EXPECT_TRUE(released->request.assignedTo.isEmpty());
    EXPECT_TRUE(released->request.escalated);
    ASSERT_TRUE(ConsultationService(*spec).claim(id, remote).ok());
    ASSERT_TRUE(ConsultationService(*spec).inbox(QStringLiteral("paediatrics"), remote).ok());
    EXPECT_EQ(ConsultationService(*spec).open(id)->request.status, ConsultationStatus::Claimed) << "claimed again: kept";
    spec.reset();

    const SyncRun back = sync(*a);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultations WHERE escalated = 1")), 1);
    auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
    ASSERT_TRUE(doctor);
    auto list = ConsultationService(*doctor).list(services::ConsultationFilter::Open);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_TRUE(list->first().request.escalated);
    EXPECT_EQ(list->first().request.status, ConsultationStatus::Sent);
}
