#pragma once
#include "bhu/db/Migrations.h"

namespace bhu::db::migrations {
// To add a migration: write migrations/NNNN_name.cpp defining `extern const Migration mNNNN`,
// declare it here and append it to list() in MigrationList.cpp. Never edit a released one.
extern const Migration m0001;
extern const Migration m0002;
extern const Migration m0003;
extern const Migration m0004;
extern const Migration m0005;
extern const Migration m0006;
extern const Migration m0007;
extern const Migration m0008;
extern const Migration m0009;
QList<Migration> list();
} // namespace bhu::db::migrations
