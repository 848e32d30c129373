// Teleconsultation through the real bhu-registry (issue #10, docs/telemedicine.md): BHU A sends
// an urgent dermatology request with two photos; the text travels in the push, the photos in
// resumable chunks and then their Communications; a specialist's install of a hospital claims
// and answers; after A's next sync the answer is in A's database, and the diagnosis adopted
// from it is A's own record.
//
// The registry's consultation pool, `$consult-inbox` and `$consult-claim` are not built yet
// (docs/telemedicine.md, "Routing"): the specialist's inbox and claim are given here from what
// the registry stored, and the hospital looks the patient up so that it may write the answer.
#include "SyncFixture.h"

#include "bhu/db/ConsultationRepository.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/VisitService.h"

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

QString identifier(const Patient& p, const QString& system)
{
    for (const Identifier& i : p.identifiers)
        if (i.system == system) return i.value;
    return {};
}

class consult_sync : public SyncTest {};

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

    // The specialist: the case as the registry stored it (inbox and claim stand in for the
    // registry's routing, not built yet), then the answer through the hospital's outbox.
    const auto stored = registryRows("SELECT id::text, content::text FROM resources WHERE type = 'CommunicationRequest'");
    ASSERT_EQ(stored.size(), 1);
    auto atRegistry = fhir::consultationRequestFromFhir(QJsonDocument::fromJson(stored.constFirst().second).object());
    ASSERT_TRUE(atRegistry.ok()) << atRegistry.error().message.toStdString();
    EXPECT_EQ(atRegistry->urgency, ConsultationUrgency::Urgent);
    EXPECT_EQ(atRegistry->specialty, QStringLiteral("dermatology"));
    services::ConsultationRemote remote;
    remote.fetchInbox = [&](const db::Enrolment&, const QString&) -> Result<QList<services::ConsultationCase>> {
        services::ConsultationCase c;
        c.request = atRegistry.value();
        c.photos = photos;
        return QList<services::ConsultationCase>{c};
    };
    remote.claim = [&](const db::Enrolment&, const QString&, const QString& who) -> Result<ConsultationRequest> {
        ConsultationRequest c = atRegistry.value();
        c.assignedTo = who;
        c.assignedFacility = hosp->code;
        c.claimedAt = QDateTime::currentDateTimeUtc();
        return c;
    };
    {
        auto spec = signIn(*hosp, QStringLiteral("dr_khan"), kSpecPw);
        ASSERT_TRUE(spec);
        ConsultationService svc(*spec);
        auto inbox = svc.inbox(QStringLiteral("dermatology"), remote);
        ASSERT_TRUE(inbox.ok()) << inbox.error().message.toStdString();
        ASSERT_EQ(inbox->size(), 1);
        ASSERT_TRUE(svc.claim(request.id, remote).ok());
        ConsultationMessage answer;
        answer.text = QStringLiteral("Annular scaly plaque with central clearing: tinea corporis.");
        answer.suggestedIcd10 = QStringLiteral("B35.4");
        answer.suggestedDiagnosis = QStringLiteral("Tinea corporis");
        answer.suggestedTreatment = QStringLiteral("Clotrimazole 1% cream BD for 4 weeks");
        answer.disposition = Disposition::ManageAtBhu;
        auto sentAnswer = svc.answer(request.id, answer);
        ASSERT_TRUE(sentAnswer.ok()) << sentAnswer.error().message.toStdString();
    }
    const QString mr = [&] {
        auto s = a->session();
        auto p = services::PatientService(*s).open(patient.id);
        return p.ok() ? identifier(p.value(), QStringLiteral("mr")) : QString();
    }();
    ASSERT_FALSE(mr.isEmpty());
    lookUp(*hosp, mr);
    const SyncRun answered = sync(*hosp);
    ASSERT_EQ(answered.exitCode, 0) << answered.err.toStdString();
    EXPECT_EQ(answered.report.value(u"rejected").toInt(), 0);
    EXPECT_EQ(registryCount(QStringLiteral("Communication")), 3);

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
}
