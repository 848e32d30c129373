#pragma once
// Versioned, forward-only schema migrations. PRAGMA user_version holds the schema version;
// each migration runs in its own transaction together with the version bump.
#include "bhu/db/Connection.h"

#include <QList>

namespace bhu::db {

struct Migration {
    int version;
    const char* name;
    const char* sql;
};

const QList<Migration>& allMigrations();
int latestSchemaVersion();

// Migrates up to `target` (default: latest). A database newer than this program is refused
// with ErrorCode::TooNew and left untouched.
Status migrate(Connection& c, int target = -1);
Result<int> schemaVersion(Connection& c);

} // namespace bhu::db
