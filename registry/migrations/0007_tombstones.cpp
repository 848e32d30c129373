// Migration 7: tombstones (docs/sync-protocol.md, "Tombstones"). A withdrawn resource gets a new
// version that is a tombstone: resources.deleted is set (0001) and the version row says so, so
// the change feed sends it as a DELETE entry. Nothing is removed: every version stays.
// Forward only: never edit a released migration, add the next one.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0007;
const Migration m0007{7, "tombstones", R"SQL(
ALTER TABLE resource_versions ADD COLUMN deleted boolean NOT NULL DEFAULT false;
)SQL"};

} // namespace bhu::registry
