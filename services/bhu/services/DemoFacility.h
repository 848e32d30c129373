#pragma once
// The demonstration (training) facility (docs/installing.md, "First start"): a database marked
// as such right after it was created (db/DemoMark.h) and filled with invented patients and
// visits. The main window shows a DEMO banner; sync and reports refuse it.
#include "bhu/services/SeedService.h"
#include "bhu/services/Session.h"

namespace bhu::services {

// The facility code the first-run wizard proposes for a demo database: an identifier, never
// translated (it stands where a real facility code would, and is never sent anywhere).
inline constexpr char16_t kDemoFacilityCode[] = u"DEMO-0001";

bool isDemoFacility(Session& s);

// Marks the session's freshly created database as the demo facility (audited) and adds
// `patients` synthetic patients with `visitsPerPatient` closed visits each (administrator).
Result<SeedResult> setUpDemoFacility(Session& s, int patients, int visitsPerPatient, const QDate& today);

} // namespace bhu::services
