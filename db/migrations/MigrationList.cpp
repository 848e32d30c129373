#include "migrations/MigrationList.h"

namespace bhu::db::migrations {
QList<Migration> list() { return {m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009}; }
} // namespace bhu::db::migrations
