#pragma once
// Operator commands of the master patient index (bhu-registry merge / unmerge / device
// allow-review), by MR number, for administrators working on the registry host.
#include "bhu/domain/Result.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/PatientLinks.h"

namespace bhu::registry {

// Merges the patient holding `mergedMr` into the one holding `survivorMr` (national,
// provisional or retired MR numbers). NotFound for an unknown number, Conflict when refused.
Result<MergeResult> adminMerge(Db& db, const QString& survivorMr, const QString& mergedMr, const QString& actor);
// Reverses the live merge of the patient holding `mergedMr`.
Result<MergeResult> adminUnmerge(Db& db, const QString& mergedMr, const QString& actor);
// Lets the device use the review queue and unmerge (allow = false withdraws it).
Status allowReview(Db& db, const QString& deviceId, bool allow);

} // namespace bhu::registry
