// Teleconsultation through the service layer (docs/telemedicine.md): a request from a visit with
// an editable case summary, photos downscaled and compressed, the lists (sent / answered /
// overdue), the specialist's inbox, claim and answer (registry calls faked), follow-up
// questions, orders adopted from the answer as the BHU clinician's own records, who may read a
// case, and the audit and outbox entries of each write.
#include "bhu/db/AuditLog.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/VisitService.h"
#include "bhu/test/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QPainter>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kDoctorPw = QStringLiteral("doctor-password-1");
const QString kSpecPw = QStringLiteral("specialist-password-1");

// A synthetic "skin" photo with fine detail, the size of a 12-MP camera frame when asked.
QImage lesionPhoto(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(196, 150, 120));
    QPainter p(&img);
    quint32 seed = 12345;
    auto rnd = [&seed](int n) { seed = seed * 1103515245u + 12345u; return int((seed >> 8) % quint32(n)); };
    for (int i = 0; i < 4000; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(150 + rnd(60), 90 + rnd(50), 70 + rnd(40)));
        const int r = 2 + rnd(w / 60 + 1);
        p.drawEllipse(rnd(w), rnd(h), r, r);
    }
    return img;
}

class Consultations : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb();
        bhu::test::addUser(t, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
        auto s = Session::unlock(t.path, QStringLiteral("drsana"), kDoctorPw, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        doctor = std::move(s.value());
        Patient p;
        p.name = QStringLiteral("Ayesha Bibi");
        p.sex = Sex::Female;
        p.birthDate = QDate(1990, 1, 1);
        auto r = PatientService(*doctor).registerPatient(p, RegisterOptions{true, {}, {}});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        patient = r.value();
        // A visit in consultation, with vitals and a diagnosis.
        VisitService visits(*doctor);
        auto v = visits.startVisit(patient.id);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        auto rec = visits.beginConsultation(v->id);
        ASSERT_TRUE(rec.ok());
        rec->visit.chiefComplaint = QStringLiteral("Itchy ring-shaped rash on the arm for 3 weeks");
        VitalSigns vs;
        vs.systolic = 150;
        vs.diastolic = 95;
        vs.temperatureC = 37.0;
        rec->vitals = vs;
        Diagnosis d;
        d.display = QStringLiteral("Rash, cause unclear");
        rec->diagnoses = {d};
        ASSERT_TRUE(visits.saveDraft(rec.value()).ok());
        visitId = v->id;
    }

    ConsultationRequest send(ConsultationUrgency u = ConsultationUrgency::Urgent)
    {
        ConsultationService svc(*doctor, clock);
        auto d = svc.draftRequest(visitId);
        EXPECT_TRUE(d.ok()) << d.error().message.toStdString();
        d->specialty = QStringLiteral("dermatology");
        d->urgency = u;
        d->question = QStringLiteral("Tinea corporis or something else? Treatment?");
        auto r = svc.sendRequest(d.value());
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : ConsultationRequest{};
    }

    qint64 rows(const QString& sql) { return doctor->store().conn().queryInt(sql).value(); }
    qint64 outbox(const char* type) { return rows(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_type = '%1'").arg(QString::fromLatin1(type))); }
    qint64 audit(const char* action) { return rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QString::fromLatin1(action))); }

    // The registry's answer: on a BHU it arrives by the feed (stored as received).
    void receiveAnswer(const ConsultationRequest& r)
    {
        ConsultationMessage a;
        a.id = QStringLiteral("8a3f1c52-0000-4000-8000-000000000001");
        a.consultationId = r.id;
        a.patientId = r.patientId;
        a.kind = MessageKind::Answer;
        a.author = QStringLiteral("dr_khan");
        a.authorName = QStringLiteral("Dr Imran Khan");
        a.authorFacility = QStringLiteral("HOSP-0001");
        a.sentAt = clock.nowUtc();
        a.text = QStringLiteral("Annular scaly plaque with central clearing: tinea corporis.");
        a.advice = QStringLiteral("Keep dry; treat household contacts.");
        a.suggestedIcd10 = QStringLiteral("B35.4");
        a.suggestedDiagnosis = QStringLiteral("Tinea corporis");
        a.suggestedTreatment = QStringLiteral("Clotrimazole 1% cream BD for 4 weeks");
        a.disposition = Disposition::ManageAtBhu;
        ASSERT_TRUE(db::ConsultationRepository(doctor->store().conn()).storeReceivedMessage(a).ok());
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> doctor;
    Patient patient;
    QString visitId;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
};
} // namespace

TEST_F(Consultations, TheCaseSummaryIsBuiltFromTheVisit)
{
    auto d = ConsultationService(*doctor, clock).draftRequest(visitId);
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    EXPECT_TRUE(d->caseSummary.contains(QStringLiteral("female"))) << d->caseSummary.toStdString();
    EXPECT_TRUE(d->caseSummary.contains(QStringLiteral("ring-shaped rash")));
    EXPECT_TRUE(d->caseSummary.contains(QStringLiteral("150")));
    EXPECT_TRUE(d->caseSummary.contains(QStringLiteral("Rash, cause unclear")));
    EXPECT_TRUE(d->caseSummary.contains(QStringLiteral("!")));   // the BP flag
    EXPECT_FALSE(d->caseSummary.contains(QStringLiteral("Ayesha")));   // no name in the case
}

TEST_F(Consultations, ARequestIsStoredAtOnceWithOutboxAndAudit)
{
    const ConsultationRequest r = send();
    ASSERT_FALSE(r.id.isEmpty());
    EXPECT_EQ(r.status, ConsultationStatus::Sent);
    EXPECT_EQ(r.facilityCode, QStringLiteral("BHU-0001"));
    EXPECT_EQ(r.patientId, patient.id);
    EXPECT_EQ(outbox("CommunicationRequest"), 1);
    EXPECT_EQ(audit("consultation.request"), 1);
    // The content is read-only even against a bug.
    EXPECT_FALSE(doctor->store().conn().exec(QStringLiteral("UPDATE consultations SET question = 'x'")).ok());
    EXPECT_FALSE(doctor->store().conn().exec(QStringLiteral("DELETE FROM consultations")).ok());
}

TEST_F(Consultations, AnIncompleteRequestIsRefused)
{
    ConsultationService svc(*doctor, clock);
    auto d = svc.draftRequest(visitId);
    ASSERT_TRUE(d.ok());
    d->specialty = QStringLiteral("astrology");
    d->question = QStringLiteral("What is this rash?");
    EXPECT_TRUE(svc.sendRequest(d.value()).is(ErrorCode::Invalid));
    d->specialty = QStringLiteral("dermatology");
    d->question = QStringLiteral("What?");
    EXPECT_TRUE(svc.sendRequest(d.value()).is(ErrorCode::Invalid));
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM consultations")), 0);
}

TEST_F(Consultations, APhotoIsDownscaledCompressedAndStoredOnce)
{
    const ConsultationRequest r = send();
    const QImage big = lesionPhoto(4000, 3000);   // 12 MP
    auto p = ConsultationService(*doctor, clock).addPhoto(r.id, big, QStringLiteral("Left forearm, close-up"));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->width, PhotoLimits::kMaxLongEdge);
    EXPECT_EQ(p->height, PhotoLimits::kMaxLongEdge * 3 / 4);
    EXPECT_LE(p->size, PhotoLimits::kByteBudget);
    EXPECT_EQ(p->sha256, QCryptographicHash::hash(p->data, QCryptographicHash::Sha256).toHex());
    // It decodes back to the stored size.
    QBuffer buf(&p.value().data);
    QImageReader reader(&buf, "jpeg");
    EXPECT_EQ(reader.size(), QSize(p->width, p->height));
    EXPECT_EQ(outbox("Binary"), 1);
    EXPECT_EQ(audit("consultation.photo"), 1);
    auto c = ConsultationService(*doctor, clock).open(r.id);
    ASSERT_TRUE(c.ok());
    ASSERT_EQ(c->photos.size(), 1);
    EXPECT_EQ(c->photos[0].caption, QStringLiteral("Left forearm, close-up"));
    EXPECT_EQ(c->photos[0].data, p->data);
    EXPECT_FALSE(doctor->store().conn().exec(QStringLiteral("UPDATE consultation_photos SET data = x'00'")).ok());
}

TEST_F(Consultations, ANonImageFileIsRefusedWithAMessage)
{
    const ConsultationRequest r = send();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.jpg"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();
    auto p = ConsultationService(*doctor, clock).addPhotoFile(r.id, path, QStringLiteral("x"));
    EXPECT_TRUE(p.is(ErrorCode::Invalid));
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM consultation_photos")), 0);
}

TEST_F(Consultations, ListsShowSentAnsweredAndOverdue)
{
    const ConsultationRequest urgent = send(ConsultationUrgency::Urgent);
    ConsultationService svc(*doctor, clock);
    EXPECT_EQ(svc.list(ConsultationFilter::Open)->size(), 1);
    EXPECT_EQ(svc.list(ConsultationFilter::Overdue)->size(), 0);
    clock.advanceSecs(qint64(kUrgentOverdueHours) * 3600 + 60);
    auto overdue = svc.list(ConsultationFilter::Overdue);
    ASSERT_EQ(overdue->size(), 1);
    EXPECT_EQ(overdue->first().patientName, QStringLiteral("Ayesha Bibi"));
    EXPECT_TRUE(overdue->first().overdue);
    receiveAnswer(urgent);
    EXPECT_EQ(svc.list(ConsultationFilter::Answered)->size(), 1);
    EXPECT_EQ(svc.list(ConsultationFilter::Overdue)->size(), 0);
    // Arrival time at this install (the store's clock), not the answer's.
    EXPECT_EQ(svc.newAnswersSince(QDateTime::currentDateTimeUtc().addSecs(-600))->size(), 1);
}

TEST_F(Consultations, NewAnswersSinceCountsAnswersAndFollowUpQuestions)
{
    const ConsultationRequest asked = send();
    ConsultationService svc(*doctor, clock);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-600);
    EXPECT_TRUE(svc.newAnswersSince(before)->isEmpty()) << "a request only sent is not news";
    ConsultationMessage q;
    q.id = QStringLiteral("8a3f1c52-0000-4000-8000-000000000002");
    q.consultationId = asked.id;
    q.patientId = asked.patientId;
    q.kind = MessageKind::Question;
    q.author = QStringLiteral("dr_khan");
    q.authorFacility = QStringLiteral("HOSP-0001");
    q.sentAt = clock.nowUtc();
    q.text = QStringLiteral("Is the rash on the scalp too?");
    ASSERT_TRUE(db::ConsultationRepository(doctor->store().conn()).storeReceivedMessage(q).ok());
    auto fresh = svc.newAnswersSince(before);
    ASSERT_TRUE(fresh.ok());
    ASSERT_EQ(fresh->size(), 1) << "a follow-up question is news too";
    EXPECT_EQ(fresh->first().status, ConsultationStatus::FollowUp);
    EXPECT_TRUE(svc.newAnswersSince(fresh->first().updatedAt)->isEmpty()) << "nothing newer than what was announced";
}

TEST_F(Consultations, ALiveCallIsLoggedAsATeleconsultationEncounterOfTheVisit)
{
    const ConsultationRequest r = send();
    ConsultationService svc(*doctor, clock);
    ConsultationCallLog call;
    call.minutes = 12;
    call.note = QStringLiteral("Agreed: clotrimazole, review in two weeks.");
    EXPECT_TRUE(svc.logCall(r.id, call).is(ErrorCode::Conflict)) << "no specialist has the case yet";
    receiveAnswer(r);
    const qint64 encounters = outbox("Encounter");
    call.minutes = 0;
    EXPECT_TRUE(svc.logCall(r.id, call).is(ErrorCode::Invalid));
    call.minutes = 12;
    auto v = svc.logCall(r.id, call);
    ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
    EXPECT_EQ(v->encounterClass, EncounterClass::Virtual);
    EXPECT_EQ(v->partOfId, visitId);
    EXPECT_EQ(v->patientId, patient.id);
    EXPECT_EQ(v->status, VisitStatus::Closed);
    EXPECT_EQ(v->tokenNumber, 0) << "outside the day's queue";
    EXPECT_EQ(v->signedBy, doctor->user().username) << "the BHU clinician's own record";
    EXPECT_EQ(v->startedAt.secsTo(v->closedAt), 12 * 60);
    EXPECT_TRUE(v->chiefComplaint.contains(QStringLiteral("Dr Imran Khan")));
    EXPECT_EQ(v->advice, call.note);
    // Stored with its outbox and audit entries, and read back with the visit it belongs to.
    EXPECT_EQ(outbox("Encounter"), encounters + 1);
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.call'")), 1);
    auto stored = db::VisitRepository(doctor->store().conn()).get(v->id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->visit.partOfId, visitId);
    EXPECT_EQ(stored->visit.encounterClass, EncounterClass::Virtual);
}

TEST_F(Consultations, AnAnswerBecomesTheBhuClinicianOwnOrdersOnTheVisit)
{
    const ConsultationRequest r = send();
    receiveAnswer(r);
    ConsultationService svc(*doctor, clock);
    auto d = svc.suggestedDiagnosis(r.id);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->icd10, QStringLiteral("B35.4"));
    // Visit still open: added to the draft.
    auto v = svc.adoptDiagnosis(r.id, d.value());
    ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
    ASSERT_EQ(v->diagnoses.size(), 2);
    EXPECT_EQ(v->diagnoses[1].icd10, QStringLiteral("B35.4"));
    EXPECT_EQ(v->diagnoses[1].recordedBy, QStringLiteral("drsana"));
    // Closed visit: a signed correction naming the consultation, the original kept.
    VisitService visits(*doctor);
    auto closed = visits.closeVisit(v.value());
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    Prescription rx;
    rx.medicineName = QStringLiteral("Clotrimazole");
    rx.strength = QStringLiteral("1%");
    rx.form = QStringLiteral("cream");
    rx.frequency = QStringLiteral("BD");
    rx.durationDays = 28;
    auto amended = svc.adoptPrescription(r.id, rx);
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    EXPECT_EQ(amended->visit.amendsId, visitId);
    EXPECT_EQ(amended->visit.signedBy, QStringLiteral("drsana"));
    EXPECT_TRUE(amended->visit.amendReason.contains(QStringLiteral("specialist")));
    ASSERT_EQ(amended->prescriptions.size(), 1);
    EXPECT_EQ(amended->prescriptions[0].recordedBy, QStringLiteral("drsana"));
    auto ref = svc.suggestedReferral(r.id);
    ASSERT_TRUE(ref.ok());
    auto referred = svc.adoptReferral(r.id, ref.value());
    ASSERT_TRUE(referred.ok()) << referred.error().message.toStdString();
    EXPECT_EQ(referred->visit.amendsId, amended->visit.id);
    EXPECT_EQ(audit("consultation.adopt"), 3);
    // The consultation shows on every version of the visit.
    EXPECT_EQ(svc.forVisit(referred->visit.id)->size(), 1);
    EXPECT_EQ(svc.forPatient(patient.id)->size(), 1);
}

TEST_F(Consultations, NothingIsAdoptedBeforeTheAnswer)
{
    const ConsultationRequest r = send();
    Diagnosis d;
    d.display = QStringLiteral("Tinea");
    EXPECT_TRUE(ConsultationService(*doctor, clock).adoptDiagnosis(r.id, d).is(ErrorCode::Conflict));
}

TEST_F(Consultations, OnlyACliniciansMayAskAndOnlySpecialistsAnswer)
{
    bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("desk-password-1"));
    auto desk = Session::unlock(t.path, QStringLiteral("desk"), QStringLiteral("desk-password-1"), QStringLiteral("test"));
    ASSERT_TRUE(desk.ok());
    ConsultationDraft d;
    d.visitId = visitId;
    EXPECT_TRUE(ConsultationService(*desk.value()).sendRequest(d).is(ErrorCode::Forbidden));
    const ConsultationRequest r = send();
    ConsultationMessage a;
    a.text = QStringLiteral("x");
    a.disposition = Disposition::ManageAtBhu;
    EXPECT_TRUE(ConsultationService(*doctor).answer(r.id, a).is(ErrorCode::Forbidden));
}

TEST_F(Consultations, AnotherFacilityCannotOpenACase)
{
    const ConsultationRequest r = send();
    // The same request cached at another facility's install (e.g. copied): refused and audited.
    auto other = bhu::test::makeTestDb(QStringLiteral("BHU-0002"));
    bhu::test::addUser(other, QStringLiteral("drother"), Role::Clinician, kDoctorPw);
    auto s = Session::unlock(other.path, QStringLiteral("drother"), kDoctorPw, QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(db::ConsultationRepository(s.value()->store().conn()).storeReceivedRequest(r).ok());
    ConsultationService svc(*s.value());
    EXPECT_TRUE(svc.open(r.id).is(ErrorCode::Forbidden));
    EXPECT_EQ(s.value()->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.view.refused'")).value(), 1);
    EXPECT_TRUE(svc.list()->isEmpty());
}

namespace {
// A specialist's install: a clinic database of the hospital, enrolled, with a specialist user.
struct SpecialistInstall {
    bhu::test::TestDb db;
    std::unique_ptr<Session> session;
};

SpecialistInstall specialistInstall()
{
    SpecialistInstall s;
    s.db = bhu::test::makeTestDb(QStringLiteral("HOSP-0001"));
    bhu::test::addUser(s.db, QStringLiteral("dr_khan"), Role::Specialist, kSpecPw);
    auto u = Session::unlock(s.db.path, QStringLiteral("dr_khan"), kSpecPw, QStringLiteral("test"));
    EXPECT_TRUE(u.ok());
    s.session = std::move(u.value());
    db::Enrolment e;
    e.registryUrl = QStringLiteral("https://registry.invalid/fhir");
    e.deviceId = QStringLiteral("dev-1");
    e.credential = QStringLiteral("secret");
    e.facilityCode = QStringLiteral("HOSP-0001");
    EXPECT_TRUE(db::SyncStateStore(s.session->store().conn()).saveEnrolment(e, s.session->actor()).ok());
    return s;
}
} // namespace

TEST_F(Consultations, ASpecialistClaimsAnswersAndAsksFollowUp)
{
    const ConsultationRequest r = send();
    auto photo = ConsultationService(*doctor, clock).addPhoto(r.id, lesionPhoto(800, 600), QStringLiteral("Arm"));
    ASSERT_TRUE(photo.ok());
    SpecialistInstall spec = specialistInstall();
    ConsultationRemote remote;
    int claims = 0;
    remote.fetchInbox = [&](const db::Enrolment&, const QString& specialty) -> Result<QList<ConsultationCase>> {
        EXPECT_EQ(specialty, QStringLiteral("dermatology"));
        ConsultationCase c;
        c.request = r;
        c.photos = {photo.value()};
        return QList<ConsultationCase>{c};
    };
    remote.claim = [&](const db::Enrolment&, const QString& id, const QString& who) -> Result<ConsultationRequest> {
        ++claims;
        ConsultationRequest c = r;
        EXPECT_EQ(id, r.id);
        c.assignedTo = who;
        c.claimedAt = clock.nowUtc();
        return c;
    };
    ConsultationService svc(*spec.session, clock);
    auto inbox = svc.inbox(QStringLiteral("dermatology"), remote);
    ASSERT_TRUE(inbox.ok()) << inbox.error().message.toStdString();
    ASSERT_EQ(inbox->size(), 1);
    EXPECT_TRUE(inbox->first().patientName.isEmpty());
    EXPECT_EQ(inbox->first().photoCount, 1);
    // Answer before claiming: refused.
    ConsultationMessage a;
    a.text = QStringLiteral("Tinea corporis.");
    a.disposition = Disposition::ManageAtBhu;
    EXPECT_TRUE(svc.answer(r.id, a).is(ErrorCode::Conflict));
    auto claimed = svc.claim(r.id, remote);
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString();
    EXPECT_EQ(claimed->status, ConsultationStatus::Claimed);
    EXPECT_EQ(claims, 1);
    auto c = svc.open(r.id);
    ASSERT_TRUE(c.ok());
    ASSERT_EQ(c->photos.size(), 1);
    EXPECT_EQ(c->photos[0].data, photo->data);
    auto q = svc.askFollowUp(r.id, QStringLiteral("Does anyone else at home itch?"));
    ASSERT_TRUE(q.ok()) << q.error().message.toStdString();
    EXPECT_TRUE(svc.askFollowUp(r.id, QStringLiteral("And pets?")).is(ErrorCode::Conflict));
    // The BHU receives the question and replies.
    ASSERT_TRUE(db::ConsultationRepository(doctor->store().conn()).storeReceivedMessage(q.value()).ok());
    EXPECT_EQ(ConsultationService(*doctor).open(r.id)->request.status, ConsultationStatus::FollowUp);
    auto reply = ConsultationService(*doctor, clock).reply(r.id, QStringLiteral("Yes, her brother."));
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    ASSERT_TRUE(db::ConsultationRepository(spec.session->store().conn()).storeReceivedMessage(reply.value()).ok());
    // An answer without a disposition is refused; a full one is stored and queued.
    ConsultationMessage half;
    half.text = QStringLiteral("Tinea.");
    EXPECT_TRUE(svc.answer(r.id, half).is(ErrorCode::Invalid));
    auto answered = svc.answer(r.id, a);
    ASSERT_TRUE(answered.ok()) << answered.error().message.toStdString();
    EXPECT_EQ(answered->authorFacility, QStringLiteral("HOSP-0001"));
    EXPECT_EQ(svc.open(r.id)->request.status, ConsultationStatus::Answered);
    auto& conn = spec.session->store().conn();
    EXPECT_EQ(conn.queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_type = 'Communication'")).value(), 2);
    EXPECT_EQ(conn.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.view'")).value(), 2);
    EXPECT_EQ(conn.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.claim'")).value(), 1);
    EXPECT_TRUE(svc.cachedInbox(QStringLiteral("dermatology"))->isEmpty());   // answered: out of the inbox
}

TEST_F(Consultations, TheNoteCarriesRequestAnswerAndPatient)
{
    const ConsultationRequest r = send();
    receiveAnswer(r);
    auto n = ConsultationService(*doctor, clock).note(r.id);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->patientName, QStringLiteral("Ayesha Bibi"));
    EXPECT_TRUE(n->consultation.answer().has_value());
    EXPECT_TRUE(n->sexAndAge.contains(QStringLiteral("female")));
    EXPECT_EQ(audit("consultation.print"), 1);
}
