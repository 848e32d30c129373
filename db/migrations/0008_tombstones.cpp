// Schema 8: tombstones (docs/sync-protocol.md, "Tombstones"). A record withdrawn here (entered in
// error, a patient registered by mistake) or withdrawn at another facility and received from the
// registry. The record's own row stays (clinical records are append-only; nothing signed is
// edited): the tombstone is what says it no longer counts. One row per resource; receiving the
// same tombstone again changes nothing.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0008{8, "tombstones", R"SQL(
CREATE TABLE tombstones (
  resource_type TEXT NOT NULL,
  resource_id   TEXT NOT NULL,
  origin        TEXT NOT NULL CHECK (origin IN ('local', 'registry')),
  reason        TEXT,
  withdrawn_by  TEXT,
  withdrawn_at  TEXT NOT NULL,
  PRIMARY KEY (resource_type, resource_id)
) STRICT;
)SQL"};

} // namespace bhu::db::migrations
