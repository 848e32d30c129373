#pragma once
// The demonstration (training) facility: a database marked with the meta row `demo = training`
// right after it was created (first-run wizard's demo option, `bhuctl init --demo`). Such a
// database is never enrolled or synchronised and makes no reports (docs/installing.md).
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

namespace bhu::db {

bool isDemoDatabase(Connection& c);
// Sets the mark, audited (`database.demo`), in one transaction. Idempotent.
Status markDemoDatabase(Connection& c, const Actor& who);

} // namespace bhu::db
