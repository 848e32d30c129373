#include "bhu/services/WithdrawalService.h"

#include "bhu/db/PatientRepository.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/fhir/FhirVitals.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::WithdrawalService", s); }
const QString kEncounter = QStringLiteral("Encounter");
const QString kPatient = QStringLiteral("Patient");

// The visit and what the registry holds of it: only signed versions were ever sent, so an open
// visit is its Encounter alone (the registry answers a DELETE of a record it never held with
// "nothing stored").
Status withdrawVersion(db::Tombstones& t, const VisitRecord& r, const QString& reason, const db::Actor& who)
{
    const QString patient = r.visit.patientId;
    BHU_TRY(t.withdraw(kEncounter, r.visit.id, reason, who, patient));
    if (r.visit.isOpen()) return {};
    if (r.vitals) {
        // The registry holds one Observation per measurement (v5 ids, fhir/FhirVitals.h); the
        // record's own id is the outbox entry that sends them, so withdrawing it too turns a
        // still-pending send into nothing (the registry answers "nothing stored").
        BHU_TRY(t.withdraw(QStringLiteral("Observation"), r.vitals->id, reason, who, patient));
        for (const QJsonValue o : fhir::vitalSignsToFhir(*r.vitals))
            BHU_TRY(t.withdraw(QStringLiteral("Observation"), o.toObject().value(QStringLiteral("id")).toString(), reason, who, patient));
    }
    for (const Diagnosis& d : r.diagnoses) BHU_TRY(t.withdraw(QStringLiteral("Condition"), d.id, reason, who, patient));
    for (const Prescription& p : r.prescriptions) BHU_TRY(t.withdraw(QStringLiteral("MedicationRequest"), p.id, reason, who, patient));
    for (const Referral& f : r.referrals) BHU_TRY(t.withdraw(QStringLiteral("ServiceRequest"), f.id, reason, who, patient));
    return {};
}
} // namespace

Status WithdrawalService::checkReason(const QString& reason) const
{
    if (reason.trimmed().size() >= kMinReasonLength) return {};
    return Error::make(ErrorCode::Invalid, tr("Say why the record is withdrawn, in at least %1 characters (for example "
                                              "\"recorded under the wrong patient\"); the reason is kept with it.")
                                               .arg(QLocale().toString(kMinReasonLength)));
}

Status WithdrawalService::withdrawVisit(const QString& visitId, const QString& reason)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::WithdrawRecords));
    BHU_TRY(checkReason(reason));
    db::Connection& c = m_s.store().conn();
    db::Tombstones tombstones(c);
    auto done = tombstones.isWithdrawn(kEncounter, visitId);
    if (!done.ok()) return done.error();
    if (done.value()) return Error::make(ErrorCode::Conflict, tr("This visit is already withdrawn."));
    auto chain = db::VisitRepository(c).versions(visitId);
    if (!chain.ok()) return chain.error();
    for (const VisitRecord& r : chain.value())
        if (r.visit.facilityCode != m_s.facility().code)
            return Error::make(ErrorCode::Forbidden, tr("This visit was recorded at another facility; only that facility can withdraw it."));
    db::Transaction tx(c);
    BHU_TRY(tx.started());
    for (const VisitRecord& r : chain.value()) BHU_TRY(withdrawVersion(tombstones, r, reason.trimmed(), m_s.actor()));
    return tx.commit();
}

Status WithdrawalService::withdrawPatient(const QString& patientId, const QString& reason)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::WithdrawRecords));
    BHU_TRY(checkReason(reason));
    db::Connection& c = m_s.store().conn();
    db::Tombstones tombstones(c);
    auto done = tombstones.isWithdrawn(kPatient, patientId);
    if (!done.ok()) return done.error();
    if (done.value()) return Error::make(ErrorCode::Conflict, tr("This patient is already withdrawn."));
    auto patient = db::PatientRepository(c).get(patientId);
    if (!patient.ok()) return patient.error();
    if (!patient->facilityCode.isEmpty() && patient->facilityCode != m_s.facility().code)
        return Error::make(ErrorCode::Forbidden,
                           tr("This patient was registered at another facility; only that facility can withdraw the registration."));
    auto visits = tombstones.visitsNotWithdrawn(patientId);
    if (!visits.ok()) return visits.error();
    if (visits.value() > 0)
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("bhu::services::WithdrawalService",
                                                       "This patient has %n visit(s) that still count. Withdraw each visit entered in "
                                                       "error first; if the patient is registered twice, ask the supervisor to merge "
                                                       "the two records instead.",
                                                       nullptr, static_cast<int>(visits.value())));
    auto community = tombstones.communityRecordsNotWithdrawn(patientId);
    if (!community.ok()) return community.error();
    if (community.value() > 0)
        return Error::make(ErrorCode::Conflict, tr("This patient has immunisation, pregnancy or family-planning records, or is a member "
                                                   "of a household in the family register. If the patient is registered twice, ask the "
                                                   "supervisor to merge the two records instead; a member added by mistake leaves the "
                                                   "household first."));
    return tombstones.withdraw(kPatient, patientId, reason.trimmed(), m_s.actor(), patientId);
}

Result<std::optional<db::Tombstone>> WithdrawalService::withdrawal(const QString& resourceType, const QString& resourceId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto t = db::Tombstones(m_s.store().conn()).get(resourceType, resourceId);
    if (t.ok()) return std::optional<db::Tombstone>(t.value());
    if (t.code() == ErrorCode::NotFound) return std::optional<db::Tombstone>();
    return t.error();
}

} // namespace bhu::services
