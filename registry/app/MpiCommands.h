#pragma once
// bhu-registry merge / unmerge / device allow-review (docs/registry.md, "Merges").
#include "bhu/registry/Db.h"

#include <QString>

namespace bhu::registry::cli {

int merge(Db& db, const QString& survivorMr, const QString& mergedMr);
int unmerge(Db& db, const QString& mergedMr);
int allowReview(Db& db, const QString& deviceId, bool allow);
// "admin:<login>" for the audit: who ran the command on the registry host.
QString operatorName();

} // namespace bhu::registry::cli
