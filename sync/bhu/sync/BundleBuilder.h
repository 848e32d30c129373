#pragma once
// A claimed outbox batch → a FHIR transaction Bundle (docs/sync-protocol.md, Push): one or more
// entries per outbox entry, in outbox order (a VitalSigns record gives one Observation per
// measurement), PUT by client UUID with Relative references, meta.extension[client-version]
// and meta.source on every resource, ifMatch = the server version the Patient edit is based on.
#include "bhu/db/SyncTypes.h"
#include "bhu/domain/Result.h"
#include "bhu/fhir/FhirConfig.h"

#include <QJsonObject>

namespace bhu::sync {

struct BuiltBundle {
    QJsonObject bundle;
    QList<int> owner;                         // bundle entry index → index in batch.items
    QHash<int, QString> unbuildable;          // item index → why (its record is gone): rejected
};

BuiltBundle buildTransaction(const db::ClaimedBatch& batch, const QString& deviceId, const fhir::FhirConfig& cfg = {});

} // namespace bhu::sync
