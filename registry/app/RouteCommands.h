#pragma once
// bhu-registry route add|remove|list --specialty S [--facility CODE] (docs/registry.md,
// "Teleconsultation"): which hospitals read a specialty's pool of teleconsultation requests.
#include "bhu/registry/Db.h"

#include <QString>

namespace bhu::registry::cli {

// `action`: add, remove or list (list: --specialty optional, --facility unused).
int route(Db& db, const QString& action, const QString& specialty, const QString& facilityCode);

} // namespace bhu::registry::cli
