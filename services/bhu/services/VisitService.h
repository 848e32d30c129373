#pragma once
// Clinical visits: today's queue, the consultation (complaint, vitals, diagnoses,
// prescriptions, referral, advice, follow-up), signing, corrections and the patient's history.
// Role checks and audit live here; SQL lives in db/VisitRepository.
#include "bhu/domain/VisitRecord.h"
#include "bhu/domain/VitalsCheck.h"
#include "bhu/services/Session.h"

namespace bhu::services {

class VisitService {
public:
    explicit VisitService(Session& s) : m_s(s) {}

    // Puts the patient in today's queue with the next token (front desk, clinician, LHW).
    // Refused (Conflict) when the patient already has an open visit today.
    Result<Visit> startVisit(const QString& patientId, EncounterClass cls = EncounterClass::Ambulatory);
    Result<QList<QueueEntry>> todayQueue();
    Result<QList<QueueEntry>> queue(const QDate& day);

    // The clinician calls the patient in: waiting → in consultation (audited view).
    Result<VisitRecord> beginConsultation(const QString& visitId);
    // Checks a draft: impossible vitals are errors (Invalid); unusual ones come back as flags.
    Result<VitalsCheck> checkDraft(const VisitRecord& r) const;
    // Saves the draft of an open visit (all of it, replacing the previous draft).
    Status saveDraft(VisitRecord& r);
    // Saves and signs: the visit becomes read-only and is queued for sync.
    Result<VisitRecord> closeVisit(VisitRecord r);
    // Corrects a closed visit: a new signed version, the original kept (reason required).
    Result<VisitRecord> amendVisit(const QString& visitId, VisitRecord corrected, const QString& reason);

    Result<VisitRecord> open(const QString& visitId);                 // audited view
    Result<QList<VisitRecord>> history(const QString& patientId);     // newest first, audited view
    Result<QList<VisitRecord>> versions(const QString& visitId);      // a correction chain, oldest first
    // Audited: a prescription or referral slip was printed or saved as PDF.
    Status recordPrint(const QString& visitId, const QString& what);

private:
    Session& m_s;
};

} // namespace bhu::services
