#pragma once
// The demonstration (training) facility (docs/installing.md, "First start"): a database marked
// as such right after it was created (db/DemoMark.h) and filled with invented patients and
// visits. The main window shows a DEMO banner; sync and reports refuse it.
#include "bhu/services/SeedService.h"
#include "bhu/services/Session.h"

namespace bhu::services {

bool isDemoFacility(Session& s);

// Marks the session's freshly created database as the demo facility (audited) and adds
// `patients` synthetic patients with `visitsPerPatient` closed visits each (administrator).
Result<SeedResult> setUpDemoFacility(Session& s, int patients, int visitsPerPatient, const QDate& today);

} // namespace bhu::services
