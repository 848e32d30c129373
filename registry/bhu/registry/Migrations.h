#pragma once
// Forward-only, numbered schema migrations of the registry database (registry/migrations/).
// Applied versions are recorded in schema_migrations; each migration runs in one transaction
// under an advisory lock, so two `bhu-registry migrate` at once cannot interleave.
#include "bhu/domain/Result.h"
#include "bhu/registry/Db.h"

#include <vector>

namespace bhu::registry {

struct Migration {
    int version;
    const char* name;
    const char* sql;
};

const std::vector<Migration>& migrationList();

// Applies the pending migrations; returns how many were applied.
Result<int> migrate(Db& db);
// The highest applied version (0 for an empty database). TooNew if the database is newer
// than this program.
Result<int> schemaVersion(Db& db);

} // namespace bhu::registry
