#pragma once
// bhu-registry reference publish|list (docs/registry.md, "Reference lists").
#include "bhu/registry/Db.h"

#include <QString>

namespace bhu::registry::cli {

// Exit 0 published (or unchanged), 1 refused (the file's problem on stderr, nothing stored), 2 usage.
int referencePublish(Db& db, const QString& list, const QString& file);
// One line per list: name, version, published time, rows, by whom.
int referenceList(Db& db);

} // namespace bhu::registry::cli
