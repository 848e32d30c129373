#pragma once
// The registry's transaction-response → per outbox entry outcomes. An outbox entry can own
// several Bundle entries (the Observations of one VitalSigns record): it is acknowledged when
// all of them are 2xx, rejected when any is 4xx (the outcome texts joined), and left for a
// later retry when any is 5xx. Resources the registry returned (a merge, a national MR number)
// are read for SyncApply.
#include "bhu/sync/BundleBuilder.h"

namespace bhu::sync {

struct PushResult {
    QList<db::EntryOutcome> outcomes;     // acknowledged or rejected; the rest stay uploading → released
    QList<db::PulledPatient> returned;
};

Result<PushResult> readTransactionResponse(const QJsonObject& response, const db::ClaimedBatch& batch, const BuiltBundle& sent,
                                           const fhir::FhirConfig& cfg = {});

} // namespace bhu::sync
