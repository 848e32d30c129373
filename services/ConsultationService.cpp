#include "bhu/services/ConsultationService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/Age.h"
#include "bhu/domain/ConsultationSummary.h"
#include "bhu/services/VisitService.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::ConsultationService", s); }
const QString kRequest = QStringLiteral("CommunicationRequest");

QString sexAndAge(const Patient& p, const QDate& today)
{
    QString sex;
    switch (p.sex) {
    case Sex::Male: sex = tr("male"); break;
    case Sex::Female: sex = tr("female"); break;
    case Sex::Other: sex = tr("other"); break;
    case Sex::Unknown: sex = tr("sex not recorded"); break;
    }
    auto a = ageOn(p.birthDate, today);
    if (!a.ok()) return sex;
    return a->years >= 2 ? tr("%1, %2 years").arg(sex).arg(a->years) : tr("%1, %2 months").arg(sex).arg(a->years * 12 + a->months);
}
} // namespace

std::optional<ConsultationMessage> ConsultationCase::answer() const
{
    for (const ConsultationMessage& m : messages)
        if (m.kind == MessageKind::Answer) return m;
    return std::nullopt;
}

Status ConsultationService::mayRead(const ConsultationRequest& r) const
{
    if (r.facilityCode == m_s.facility().code) return {};
    if (m_s.role() == Role::Specialist && (r.assignedTo.isEmpty() || r.assignedTo == m_s.user().username)) return {};
    return Error::make(ErrorCode::Forbidden, tr("This consultation belongs to another facility or specialist. Only the requesting "
                                                "facility and the assigned specialist may open it."));
}

Result<ConsultationCase> ConsultationService::load(const ConsultationRequest& r, bool withData)
{
    db::ConsultationRepository repo(m_s.store().conn());
    ConsultationCase c{r, {}, {}};
    auto m = repo.messages(r.id);
    if (!m.ok()) return m.error();
    c.messages = m.value();
    auto p = repo.photos(r.id, withData);
    if (!p.ok()) return p.error();
    c.photos = p.value();
    return c;
}

// --- BHU side ---

Result<ConsultationDraft> ConsultationService::draftRequest(const QString& visitId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    db::VisitRepository visits(m_s.store().conn());
    auto v = visits.get(visitId);
    if (!v.ok()) return v.error();
    auto patient = db::PatientRepository(m_s.store().conn()).get(v->visit.patientId);
    if (!patient.ok()) return patient.error();
    auto earlier = visits.forPatient(v->visit.patientId);
    if (!earlier.ok()) return earlier.error();
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("visit.view"), QStringLiteral("Encounter"), visitId, v->visit.patientId,
                        QStringLiteral("consultation draft")));
    ConsultationDraft d;
    d.visitId = visitId;
    d.caseSummary = buildCaseSummary(patient.value(), v.value(), earlier.value(), m_clock.nowUtc().toLocalTime().date());
    return d;
}

Result<ConsultationRequest> ConsultationService::sendRequest(const ConsultationDraft& d)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    auto v = db::VisitRepository(m_s.store().conn()).get(d.visitId);
    if (!v.ok()) return v.error();
    if (v->visit.facilityCode != m_s.facility().code)
        return Error::make(ErrorCode::Forbidden, tr("Ask a specialist from a visit of this facility."));
    ConsultationRequest r;
    r.patientId = v->visit.patientId;
    r.visitId = d.visitId;
    r.facilityCode = m_s.facility().code;
    r.specialty = d.specialty;
    r.urgency = d.urgency;
    r.question = d.question.trimmed();
    r.caseSummary = d.caseSummary.trimmed();
    r.requestedBy = m_s.user().username;
    r.requestedAt = m_clock.nowUtc();
    BHU_TRY(validateRequest(r));
    return db::ConsultationRepository(m_s.store().conn()).createRequest(r, m_s.actor());
}

Result<ConsultationPhoto> ConsultationService::storePhoto(const QString& consultationId, Result<CompressedPhoto> photo, const QString& caption)
{
    if (!photo.ok()) return photo.error();
    db::ConsultationRepository repo(m_s.store().conn());
    auto r = repo.get(consultationId);
    if (!r.ok()) return r.error();
    if (r->facilityCode != m_s.facility().code) return Error::make(ErrorCode::Forbidden, tr("This consultation belongs to another facility."));
    if (r->status == ConsultationStatus::Answered)
        return Error::make(ErrorCode::Conflict, tr("This consultation is already answered; photos can no longer be added."));
    auto existing = repo.photos(consultationId, false);
    if (!existing.ok()) return existing.error();
    if (existing->size() >= kMaxPhotosPerRequest)
        return Error::make(ErrorCode::Invalid, tr("A request can carry at most %1 photos.").arg(kMaxPhotosPerRequest));
    ConsultationPhoto p;
    p.consultationId = consultationId;
    p.caption = caption.trimmed();
    p.mimeType = QStringLiteral("image/jpeg");
    p.width = photo->width;
    p.height = photo->height;
    p.data = photo->jpeg;
    return repo.addPhoto(p, m_s.actor());
}

Result<ConsultationPhoto> ConsultationService::addPhoto(const QString& consultationId, const QImage& image, const QString& caption)
{
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    auto compressed = compressPhoto(image);   // outside the lock: it takes a moment
    const auto lock = m_s.guard();
    return storePhoto(consultationId, std::move(compressed), caption);
}

Result<ConsultationPhoto> ConsultationService::addPhotoFile(const QString& consultationId, const QString& path, const QString& caption)
{
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    auto compressed = compressPhotoFile(path);
    const auto lock = m_s.guard();
    return storePhoto(consultationId, std::move(compressed), caption);
}

Result<QList<ConsultationListItem>> ConsultationService::items(const QList<ConsultationRequest>& list, bool withPatient)
{
    db::ConsultationRepository repo(m_s.store().conn());
    db::PatientRepository patients(m_s.store().conn());
    const QDateTime now = m_clock.nowUtc();
    QList<ConsultationListItem> out;
    for (const ConsultationRequest& r : list) {
        ConsultationListItem it;
        it.request = r;
        it.overdue = r.isOverdue(now);
        auto photos = repo.photos(r.id, false);
        if (!photos.ok()) return photos.error();
        it.photoCount = static_cast<int>(photos->size());
        if (withPatient) {
            auto p = patients.get(r.patientId);
            if (p.ok()) {
                it.patientName = p->name;
                it.mr = p->mrNumber();
            }
        }
        out.append(it);
    }
    return out;
}

Result<QList<ConsultationListItem>> ConsultationService::list(ConsultationFilter f)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto all = db::ConsultationRepository(m_s.store().conn()).ofFacility(m_s.facility().code);
    if (!all.ok()) return all.error();
    const QDateTime now = m_clock.nowUtc();
    QList<ConsultationRequest> kept;
    for (const ConsultationRequest& r : all.value()) {
        const bool keep = f == ConsultationFilter::All || (f == ConsultationFilter::Open && r.isOpen())
                          || (f == ConsultationFilter::Answered && !r.isOpen()) || (f == ConsultationFilter::Overdue && r.isOverdue(now));
        if (keep) kept.append(r);
    }
    return items(kept, true);
}

Result<ConsultationMessage> ConsultationService::reply(const QString& consultationId, const QString& text)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    db::ConsultationRepository repo(m_s.store().conn());
    auto r = repo.get(consultationId);
    if (!r.ok()) return r.error();
    if (r->facilityCode != m_s.facility().code) return Error::make(ErrorCode::Forbidden, tr("This consultation belongs to another facility."));
    if (r->status != ConsultationStatus::FollowUp)
        return Error::make(ErrorCode::Conflict, tr("The specialist has not asked a question; there is nothing to reply to."));
    ConsultationMessage m;
    m.consultationId = consultationId;
    m.kind = MessageKind::Reply;
    m.text = text.trimmed();
    m.authorName = m_s.user().fullName;
    m.authorFacility = m_s.facility().code;
    m.sentAt = m_clock.nowUtc();
    BHU_TRY(validateAnswer(m));
    return repo.addMessage(m, m_s.actor());
}

Result<VisitRecord> ConsultationService::adopt(const QString& consultationId,
                                               const std::function<void(VisitRecord&, const ConsultationRequest&)>& add, const char* what)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    BHU_TRY(m_s.require(Permission::RecordVisit));
    auto r = db::ConsultationRepository(m_s.store().conn()).get(consultationId);
    if (!r.ok()) return r.error();
    if (r->facilityCode != m_s.facility().code) return Error::make(ErrorCode::Forbidden, tr("This consultation belongs to another facility."));
    if (r->status != ConsultationStatus::Answered)
        return Error::make(ErrorCode::Conflict, tr("The specialist has not answered yet."));
    // The visit as it is now: the last version of its correction chain.
    auto chain = db::VisitRepository(m_s.store().conn()).versions(r->visitId);
    if (!chain.ok()) return chain.error();
    VisitRecord current = chain->last();
    add(current, r.value());
    db::Transaction tx(m_s.store().conn());
    BHU_TRY(tx.started());
    VisitService visits(m_s);
    Result<VisitRecord> out = current;
    if (current.visit.isOpen()) {
        BHU_TRY(visits.saveDraft(current));
        out = db::VisitRepository(m_s.store().conn()).get(current.visit.id);
    } else {
        out = visits.amendVisit(current.visit.id, current, tr("Added on the specialist's advice (teleconsultation of %1)")
                                                               .arg(QLocale().toString(r->requestedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (!out.ok()) return out.error();
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .append(m_s.actor(), QStringLiteral("consultation.adopt"), kRequest, consultationId, r->patientId,
                        QStringLiteral("%1 visit=%2").arg(QString::fromLatin1(what), out->visit.id)));
    BHU_TRY(tx.commit());
    return out;
}

Result<VisitRecord> ConsultationService::adoptDiagnosis(const QString& consultationId, Diagnosis d)
{
    return adopt(
        consultationId, [&](VisitRecord& v, const ConsultationRequest& r) {
            d.patientId = r.patientId;
            d.visitId = v.visit.id;
            v.diagnoses.append(d);
        },
        "diagnosis");
}

Result<VisitRecord> ConsultationService::adoptPrescription(const QString& consultationId, Prescription p)
{
    return adopt(
        consultationId, [&](VisitRecord& v, const ConsultationRequest& r) {
            p.patientId = r.patientId;
            p.visitId = v.visit.id;
            v.prescriptions.append(p);
        },
        "prescription");
}

Result<VisitRecord> ConsultationService::adoptReferral(const QString& consultationId, Referral f)
{
    return adopt(
        consultationId, [&](VisitRecord& v, const ConsultationRequest& r) {
            f.patientId = r.patientId;
            f.visitId = v.visit.id;
            v.referrals.append(f);
        },
        "referral");
}

Result<Diagnosis> ConsultationService::suggestedDiagnosis(const QString& consultationId)
{
    auto c = open(consultationId);
    if (!c.ok()) return c.error();
    const auto a = c->answer();
    if (!a) return Error::make(ErrorCode::Conflict, tr("The specialist has not answered yet."));
    Diagnosis d;
    d.icd10 = a->suggestedIcd10;
    d.display = a->suggestedDiagnosis;
    d.certainty = DiagnosisCertainty::Provisional;
    return d;
}

Result<Referral> ConsultationService::suggestedReferral(const QString& consultationId)
{
    auto c = open(consultationId);
    if (!c.ok()) return c.error();
    const auto a = c->answer();
    if (!a) return Error::make(ErrorCode::Conflict, tr("The specialist has not answered yet."));
    Referral f;
    f.toLevel = FacilityLevel::Dhq;
    f.urgency = a->disposition == Disposition::UrgentReferral ? ReferralUrgency::Urgent : ReferralUrgency::Routine;
    f.reason = tr("On the advice of the %1 specialist: %2").arg(specialtyName(c->request.specialty), a->text);
    return f;
}

Result<QList<ConsultationRequest>> ConsultationService::newAnswersSince(const QDateTime& since)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::ConsultationRepository(m_s.store().conn()).answeredSince(m_s.facility().code, since);
}

// --- specialist side ---

Result<QList<ConsultationListItem>> ConsultationService::inbox(const QString& specialty, const ConsultationRemote& remote)
{
    BHU_TRY(m_s.require(Permission::AnswerConsultation));
    db::Enrolment enrolment;
    {
        const auto lock = m_s.guard();
        auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
        if (!e.ok()) return e.error();
        if (!e->isEnrolled())
            return Error::make(ErrorCode::Invalid, tr("This install is not enrolled with the national registry. Ask the administrator."));
        enrolment = e.value();
    }
    if (!remote.fetchInbox) return Error::make(ErrorCode::Failed, tr("The registry cannot be reached from here."), QStringLiteral("no inbox call"));
    auto fetched = remote.fetchInbox(enrolment, specialty);
    if (!fetched.ok()) return fetched.error();
    {
        const auto lock = m_s.guard();
        db::ConsultationRepository repo(m_s.store().conn());
        db::Transaction tx(m_s.store().conn());
        BHU_TRY(tx.started());
        for (const ConsultationCase& c : fetched.value()) {
            BHU_TRY(repo.storeReceivedRequest(c.request));
            // Escalated and back in the pool while this install holds it as claimed: the
            // registry released the claim (hand-over); it must be claimed again.
            if (c.request.escalated && c.request.assignedFacility.isEmpty()) {
                auto local = repo.get(c.request.id);
                if (local.ok() && !local->assignedTo.isEmpty() &&
                    (local->status == ConsultationStatus::Claimed || local->status == ConsultationStatus::FollowUp))
                    BHU_TRY(repo.recordClaimReleased(c.request.id, m_s.actor()));
            }
            for (const ConsultationMessage& m : c.messages) BHU_TRY(repo.storeReceivedMessage(m));
            for (const ConsultationPhoto& p : c.photos) BHU_TRY(repo.storeReceivedPhoto(p));
        }
        BHU_TRY(db::AuditLog(m_s.store().conn())
                    .append(m_s.actor(), QStringLiteral("consultation.inbox"), kRequest, {}, {},
                            QStringLiteral("specialty=%1 count=%2").arg(specialty).arg(fetched->size())));
        BHU_TRY(tx.commit());
    }
    return cachedInbox(specialty);
}

Result<QList<ConsultationListItem>> ConsultationService::cachedInbox(const QString& specialty)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::AnswerConsultation));
    auto list = db::ConsultationRepository(m_s.store().conn()).inbox(specialty, m_s.user().username);
    if (!list.ok()) return list.error();
    return items(list.value(), false);
}

Result<ConsultationRequest> ConsultationService::claim(const QString& consultationId, const ConsultationRemote& remote)
{
    BHU_TRY(m_s.require(Permission::AnswerConsultation));
    db::Enrolment enrolment;
    {
        const auto lock = m_s.guard();
        auto r = db::ConsultationRepository(m_s.store().conn()).get(consultationId);
        if (!r.ok()) return r.error();
        BHU_TRY(mayRead(r.value()));
        if (r->assignedTo == m_s.user().username) return r;   // already mine
        auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
        if (!e.ok()) return e.error();
        enrolment = e.value();
    }
    if (!remote.claim) return Error::make(ErrorCode::Failed, tr("The registry cannot be reached from here."), QStringLiteral("no claim call"));
    auto claimed = remote.claim(enrolment, consultationId, m_s.user().username);
    if (!claimed.ok()) return claimed.error();
    const auto lock = m_s.guard();
    return db::ConsultationRepository(m_s.store().conn())
        .recordClaim(consultationId, m_s.user().username, enrolment.facilityCode,
                     claimed->claimedAt.isValid() ? claimed->claimedAt : m_clock.nowUtc(), m_s.actor());
}

bool ConsultationService::holdsPhoto(const QString& photoId)
{
    const auto lock = m_s.guard();
    if (!m_s.require(Permission::AnswerConsultation).ok()) return false;
    auto r = db::ConsultationRepository(m_s.store().conn()).hasPhoto(photoId);
    return r.ok() && r.value();
}

Result<ConsultationMessage> ConsultationService::answer(const QString& consultationId, ConsultationMessage a)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::AnswerConsultation));
    db::ConsultationRepository repo(m_s.store().conn());
    auto r = repo.get(consultationId);
    if (!r.ok()) return r.error();
    if (r->assignedTo != m_s.user().username)
        return Error::make(ErrorCode::Conflict, tr("Claim this request before answering it, so no one else answers it too."));
    a.consultationId = consultationId;
    a.kind = MessageKind::Answer;
    a.author = m_s.user().username;
    a.authorName = m_s.user().fullName;
    a.authorFacility = m_s.facility().code;
    a.sentAt = m_clock.nowUtc();
    BHU_TRY(validateAnswer(a));
    return repo.addMessage(a, m_s.actor());
}

Result<ConsultationMessage> ConsultationService::askFollowUp(const QString& consultationId, const QString& question)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::AnswerConsultation));
    db::ConsultationRepository repo(m_s.store().conn());
    auto r = repo.get(consultationId);
    if (!r.ok()) return r.error();
    if (r->assignedTo != m_s.user().username)
        return Error::make(ErrorCode::Conflict, tr("Claim this request before writing to the BHU."));
    if (r->status == ConsultationStatus::FollowUp)
        return Error::make(ErrorCode::Conflict, tr("Your last question is not answered yet. Wait for the BHU's reply."));
    ConsultationMessage m;
    m.consultationId = consultationId;
    m.kind = MessageKind::Question;
    m.text = question.trimmed();
    m.author = m_s.user().username;
    m.authorName = m_s.user().fullName;
    m.authorFacility = m_s.facility().code;
    m.sentAt = m_clock.nowUtc();
    BHU_TRY(validateAnswer(m));
    return repo.addMessage(m, m_s.actor());
}

// --- both ---

Result<ConsultationCase> ConsultationService::open(const QString& consultationId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto r = db::ConsultationRepository(m_s.store().conn()).get(consultationId);
    if (!r.ok()) return r.error();
    if (Status may = mayRead(r.value()); !may.ok()) {
        // A refused attempt is recorded too.
        BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("consultation.view.refused"), kRequest, consultationId));
        return may.error();
    }
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("consultation.view"), kRequest, consultationId, r->patientId));
    return load(r.value(), true);
}

Result<QList<ConsultationCase>> ConsultationService::forPatient(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto list = db::ConsultationRepository(m_s.store().conn()).ofPatient(patientId);
    if (!list.ok()) return list.error();
    QList<ConsultationCase> out;
    for (const ConsultationRequest& r : list.value()) {
        if (!mayRead(r).ok()) continue;
        auto c = load(r, false);
        if (!c.ok()) return c.error();
        out.append(c.value());
    }
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("consultation.history"), QStringLiteral("Patient"), patientId, patientId));
    return out;
}

Result<QList<ConsultationCase>> ConsultationService::forVisit(const QString& visitId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    // Every version of the visit: a request asked from the first version shows on its correction.
    auto chain = db::VisitRepository(m_s.store().conn()).versions(visitId);
    if (!chain.ok()) return chain.error();
    QList<ConsultationCase> out;
    for (const VisitRecord& v : chain.value()) {
        auto list = db::ConsultationRepository(m_s.store().conn()).ofVisit(v.visit.id);
        if (!list.ok()) return list.error();
        for (const ConsultationRequest& r : list.value()) {
            if (!mayRead(r).ok()) continue;
            auto c = load(r, false);
            if (!c.ok()) return c.error();
            out.append(c.value());
        }
    }
    if (!out.isEmpty())
        BHU_TRY(db::AuditLog(m_s.store().conn())
                    .record(m_s.actor(), QStringLiteral("consultation.view"), QStringLiteral("Encounter"), visitId, out.first().request.patientId));
    return out;
}

Result<ConsultationNote> ConsultationService::note(const QString& consultationId)
{
    auto c = open(consultationId);
    if (!c.ok()) return c.error();
    const auto lock = m_s.guard();
    ConsultationNote n;
    n.consultation = c.value();
    n.facilityName = m_s.facility().name;
    n.printedAt = m_clock.nowUtc();
    auto p = db::PatientRepository(m_s.store().conn()).get(c->request.patientId);
    if (p.ok()) {
        n.patientName = p->name;
        n.mr = p->mrNumber();
        n.sexAndAge = sexAndAge(p.value(), n.printedAt.toLocalTime().date());
    }
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("consultation.print"), kRequest, consultationId, c->request.patientId));
    return n;
}

} // namespace bhu::services
