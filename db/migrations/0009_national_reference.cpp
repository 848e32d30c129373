// Schema 9: reference lists received from the registry (docs/sync-protocol.md, "Reference
// data"). One row per list — the latest national version pulled, its CSV as published, and
// when — stored by SyncApply in the page's transaction, only when the version is newer than
// the one held. ReferenceData::current() prefers it over the shipped list; a facility's own
// medicines list (meta "reference.medicines", ReferenceListRepository) still wins over it.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0009{9, "national_reference", R"SQL(
CREATE TABLE national_reference_lists (
  list         TEXT PRIMARY KEY CHECK (list IN ('medicines', 'icd10', 'complaints', 'epi-schedule')),
  version      INTEGER NOT NULL CHECK (version >= 1),
  csv          TEXT NOT NULL,
  rows         INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  received_at  TEXT NOT NULL
) STRICT;
)SQL"};

} // namespace bhu::db::migrations
