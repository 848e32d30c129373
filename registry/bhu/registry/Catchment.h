#pragma once
// A facility's catchment: the patients it registered, sent records of, or looked up — and, while
// a merge lasts, the other record of a merged pair (docs/matching.md, "Catchments after
// unmerge"). It scopes the change feed and authorises writes and reads.
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

namespace bhu::registry {

bool inCatchment(pqxx::work& w, long long facilityId, const QString& patientId);
// True when the pair is new. `mergeId`: the merge that adds it (reason "merge"), else 0.
bool addToCatchment(pqxx::work& w, long long facilityId, const QString& patientId, const char* reason, long long mergeId = 0);

// After merge `mergeId` is undone: a facility that received a patient only because of that merge
// (its row carries the merge and the facility has written no record of the patient and never
// looked it up) leaves that patient's catchment. It is first sent the patient's current version
// (the one without the link) so that it hears of the unmerge; later changes no longer reach it.
// Returns how many rows were removed. Call with the change-feed lock held.
int narrowCatchmentsAfterUnmerge(pqxx::work& w, long long mergeId);

// A "history anywhere" lookup: audited (lookups), and the patient joins the caller's catchment;
// when it is new there, the patient's current resources are queued in the caller's change feed.
void recordLookup(pqxx::work& w, const Caller& caller, const QString& patientId, const char* kind);

} // namespace bhu::registry
