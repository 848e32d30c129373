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
// with ErrorCode::TooNew and left untouched. A failing migration is rolled back (earlier ones of
// the same run stay) and the error names it (version and name).
// Store::open backs the database up before migrating it and puts the backup back when this
// fails (db/SchemaUpgrade.cpp).
Status migrate(Connection& c, int target = -1);
Result<int> schemaVersion(Connection& c);

// Test hooks (tests/unit/db/upgrade_test.cpp): migrations appended after the real ones, and one
// version whose migration fails on purpose after its SQL ran. Never used by the programs.
namespace testhooks {
void addMigration(const Migration& m);
void failMigration(int version);   // 0: none
void reset();                      // back to the real migrations, none failing
} // namespace testhooks

} // namespace bhu::db
