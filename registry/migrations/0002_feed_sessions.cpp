// Migration 2: the push session that produced each change (docs/sync-protocol.md, Pull: a
// device's own changes). NULL for changes made before this migration, by lookups and by pushes
// that named no session. Forward only: never edit a released migration, add the next one.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0002;
const Migration m0002{2, "feed_sessions", R"SQL(
ALTER TABLE changes ADD COLUMN origin_session uuid;
)SQL"};

} // namespace bhu::registry
