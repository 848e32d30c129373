#pragma once
// A facility's catchment: the patients it registered, sent records of, or looked up. It scopes
// the change feed and authorises writes and reads.
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

namespace bhu::registry {

bool inCatchment(pqxx::work& w, long long facilityId, const QString& patientId);
// True when the pair is new.
bool addToCatchment(pqxx::work& w, long long facilityId, const QString& patientId, const char* reason);

// A "history anywhere" lookup: audited (lookups), and the patient joins the caller's catchment;
// when it is new there, the patient's current resources are queued in the caller's change feed.
void recordLookup(pqxx::work& w, const Caller& caller, const QString& patientId, const char* kind);

} // namespace bhu::registry
