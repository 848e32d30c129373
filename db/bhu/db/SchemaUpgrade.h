#pragma once
// Opening a database made by an older version (docs/installing.md, "Upgrading"): Store::open
// backs it up beside itself, migrates it, and puts the backup back if a migration fails.
#include "bhu/db/Store.h"

#include <functional>

namespace bhu::db {

// <db>.schema<N>-<yyyyMMdd-HHmmss>.bhubak (+ .keys): the copy taken before migrating from N.
QString upgradeBackupPath(const QString& dbPath, int fromVersion);

// Migrates `store` to the latest schema. When it is older, it is first backed up with
// Store::backupTo; when a migration fails, `closeConnection` closes the store's handle and the
// backup is copied back over the database. The error names the failed migration, says the
// database was put back (or how to put it back by hand) and what to do.
Status upgradeSchema(Store& store, const std::function<void()>& closeConnection);

} // namespace bhu::db
