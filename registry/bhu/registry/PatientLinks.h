#pragma once
// The master patient index's merge model (docs/registry.md, "Merges"), as SQL over
// patient_merges, catchment and the resources of both patients. A merge keeps one surviving
// Patient (and its MR number); the merged Patient stays stored with Patient.link replaced-by →
// survivor, the survivor gets link replaces → merged, and both new versions go out in the change
// feed. Every facility with either patient in its catchment gets both (the survivor's catchment
// becomes the union) and the records of the patient it did not hold yet. An unmerge writes new
// versions of both without the link; a facility that held a patient only because of the merge
// leaves its catchment again (Catchment.h narrowCatchmentsAfterUnmerge).
// Functions take the caller's transaction and may throw libpqxx exceptions (Db::transact).
#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/Db.h"

#include <QString>
#include <optional>

namespace bhu::registry {

struct MergeActor {
    QString name;               // the user (as the device states it), "admin:<user>" or "auto"
    QString deviceId;           // empty: the operator's command line or the matcher
    long long facilityId = 0;   // 0: none
};

struct MergeRequest {
    QString survivorId, mergedId;
    QString source;             // admin | review | auto
    long long reviewId = 0;     // 0: none
};

struct MergeResult {
    long long mergeId = 0;
    QString survivorId, mergedId;
    QString error;              // set: refused (why, without patient data); nothing was written
    int status = 200;           // HTTP status for the refusal (404 unknown patient, 409 conflict)
};

// Takes the change-feed lock. Refused when a patient is unknown, both are the same, either is
// already merged into another, or the merged one is itself a survivor (unmerge those first).
MergeResult mergePatients(pqxx::work& w, const MergeRequest& r, const MergeActor& who);
// Reverses the live merge of `mergedId`.
MergeResult unmergePatient(pqxx::work& w, const QString& mergedId, const MergeActor& who);

// The merged patient of merge `mergeId` while that merge is live.
std::optional<QString> liveMergedOf(pqxx::work& w, long long mergeId);
// The live survivor of `patientId`, or nothing when it is not merged.
std::optional<QString> survivorOf(pqxx::work& w, const QString& patientId);
// The patients merged (live) into `survivorId`.
QStringList mergedInto(pqxx::work& w, const QString& survivorId);
// Patient.link as the merges make it: replaced-by for a merged patient, replaces for a survivor.
QList<fhir::PatientLink> linksOf(pqxx::work& w, const QString& patientId);
// The patient holding an MR number (national, provisional or retired), digits only.
std::optional<QString> patientByMr(pqxx::work& w, const QString& mr);

void auditMpi(pqxx::work& w, const QString& action, const MergeActor& who, const QString& survivorId, const QString& mergedId,
              long long reviewId, long long mergeId);

} // namespace bhu::registry
