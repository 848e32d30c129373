#include "migrations/MigrationList.h"

namespace bhu::db::migrations {
QList<Migration> list() { return {m0001}; }
} // namespace bhu::db::migrations
