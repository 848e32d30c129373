#pragma once
// The SQL condition every reader that lists or counts records adds (docs/sync-protocol.md,
// "Tombstones"): a record withdrawn here or at another facility (a row in `tombstones`,
// answered from its primary key) no longer counts. `col` is the record's id column in the
// query. A visit's diagnoses, prescriptions, referral and vitals are read through the visit, so
// the visit's condition covers them.
#define BHU_NOT_WITHDRAWN(type, col) \
    " NOT EXISTS (SELECT 1 FROM tombstones wt WHERE wt.resource_type = '" type "' AND wt.resource_id = " col ") "
#define BHU_VISIT_NOT_WITHDRAWN(col) BHU_NOT_WITHDRAWN("Encounter", col)
