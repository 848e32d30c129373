#include "bhu/services/VisitService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Tombstones.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::VisitService", s); }
const QString kEncounter = QStringLiteral("Encounter");

// A withdrawn visit (entered in error, services/WithdrawalService) is never written again.
Status refuseWithdrawn(db::Connection& c, const QString& visitId)
{
    auto w = db::Tombstones(c).isWithdrawn(kEncounter, visitId);
    if (!w.ok()) return w.error();
    if (!w.value()) return {};
    return Error::make(ErrorCode::Conflict, tr("This visit was withdrawn (entered in error); it can no longer be changed."));
}

Status checkFacts(const VisitRecord& r)
{
    if (r.vitals) BHU_TRY(validateVitals(*r.vitals));
    for (const Diagnosis& d : r.diagnoses)
        if (d.display.trimmed().isEmpty() && d.icd10.isEmpty())
            return Error::make(ErrorCode::Invalid, tr("A diagnosis is empty: choose one from the list or type it."));
    for (const Prescription& p : r.prescriptions) {
        if (p.medicineName.trimmed().isEmpty())
            return Error::make(ErrorCode::Invalid, tr("A prescription has no medicine: choose one from the list or type its name."));
        if (p.durationDays < 0 || p.quantityDispensed < 0)
            return Error::make(ErrorCode::Invalid, tr("Duration and quantity cannot be negative."));
    }
    for (const Referral& f : r.referrals)
        if (f.reason.trimmed().isEmpty())
            return Error::make(ErrorCode::Invalid, tr("Write the reason for the referral; the receiving facility needs it."));
    if (r.visit.followUpDate.isValid() && r.visit.followUpDate < QDate::currentDate())
        return Error::make(ErrorCode::Invalid, tr("The follow-up date is in the past. Choose a later date."));
    return {};
}
} // namespace

Result<Visit> VisitService::startVisit(const QString& patientId, EncounterClass cls)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::QueueVisit));
    auto patient = db::PatientRepository(m_s.store().conn()).get(patientId);
    if (!patient.ok()) return patient.error();
    db::VisitRepository repo(m_s.store().conn());
    auto today = repo.queue(QDate::currentDate(), m_s.facility().code);
    if (!today.ok()) return today.error();
    for (const QueueEntry& e : today.value())
        if (e.visit.patientId == patientId && e.visit.isOpen())
            return Error::make(ErrorCode::Conflict, tr("This patient is already in today's queue (token %1).").arg(e.visit.tokenNumber));
    Visit v;
    v.patientId = patientId;
    v.facilityCode = m_s.facility().code;
    v.encounterClass = cls;
    return repo.start(v, QDate::currentDate(), m_s.actor());
}

Result<QList<QueueEntry>> VisitService::todayQueue() { return queue(QDate::currentDate()); }

Result<QList<QueueEntry>> VisitService::queue(const QDate& day)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::VisitRepository(m_s.store().conn()).queue(day, m_s.facility().code);
}

Result<VisitRecord> VisitService::beginConsultation(const QString& visitId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordVisit));
    BHU_TRY(refuseWithdrawn(m_s.store().conn(), visitId));
    db::VisitRepository repo(m_s.store().conn());
    auto r = repo.get(visitId);
    if (!r.ok()) return r.error();
    if (r->visit.status == VisitStatus::Waiting) {
        r->visit.status = VisitStatus::InConsultation;
        BHU_TRY(repo.saveDraft(r.value(), m_s.actor()));
    }
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("visit.view"), kEncounter, visitId, r->visit.patientId));
    return r;
}

Result<VitalsCheck> VisitService::checkDraft(const VisitRecord& r) const
{
    BHU_TRY(checkFacts(r));
    if (!r.vitals) return VitalsCheck{};
    std::optional<int> months;
    auto p = db::PatientRepository(m_s.store().conn()).get(r.visit.patientId);
    if (p.ok()) months = ageInMonths(p->birthDate, QDate::currentDate());
    return checkVitals(*r.vitals, months);
}

Status VisitService::saveDraft(VisitRecord& r)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordVisit));
    BHU_TRY(checkFacts(r));
    BHU_TRY(refuseWithdrawn(m_s.store().conn(), r.visit.id));
    return db::VisitRepository(m_s.store().conn()).saveDraft(r, m_s.actor());
}

Result<VisitRecord> VisitService::closeVisit(VisitRecord r)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordVisit));
    BHU_TRY(checkFacts(r));
    BHU_TRY(refuseWithdrawn(m_s.store().conn(), r.visit.id));
    db::VisitRepository repo(m_s.store().conn());
    // Draft and signature in one transaction: nothing half-signed after a power cut.
    db::Transaction tx(m_s.store().conn());
    BHU_TRY(tx.started());
    if (r.visit.status == VisitStatus::Waiting) r.visit.status = VisitStatus::InConsultation;
    BHU_TRY(repo.saveDraft(r, m_s.actor()));
    auto closed = repo.close(r.visit.id, Clock::system().nowUtc(), m_s.actor());
    if (!closed.ok()) return closed.error();
    BHU_TRY(tx.commit());
    return repo.get(r.visit.id);
}

Result<VisitRecord> VisitService::amendVisit(const QString& visitId, VisitRecord corrected, const QString& reason)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordVisit));
    BHU_TRY(checkFacts(corrected));
    BHU_TRY(refuseWithdrawn(m_s.store().conn(), visitId));
    return db::VisitRepository(m_s.store().conn()).amend(visitId, std::move(corrected), reason, Clock::system().nowUtc(), m_s.actor());
}

Result<VisitRecord> VisitService::open(const QString& visitId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto r = db::VisitRepository(m_s.store().conn()).get(visitId);
    if (!r.ok()) return r.error();
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("visit.view"), kEncounter, visitId, r->visit.patientId));
    return r;
}

Result<QList<VisitRecord>> VisitService::history(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto h = db::VisitRepository(m_s.store().conn()).forPatient(patientId);
    if (!h.ok()) return h.error();
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("patient.history"), QStringLiteral("Patient"), patientId, patientId));
    return h;
}

Result<QList<VisitRecord>> VisitService::versions(const QString& visitId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::VisitRepository(m_s.store().conn()).versions(visitId);
}

Status VisitService::recordPrint(const QString& visitId, const QString& what)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto r = db::VisitRepository(m_s.store().conn()).get(visitId);
    if (!r.ok()) return r.error();
    return db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("visit.print"), kEncounter, visitId, r->visit.patientId, what);
}

} // namespace bhu::services
