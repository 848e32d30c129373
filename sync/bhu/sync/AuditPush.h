#pragma once
// Audit sync, clinic side (docs/sync-protocol.md, "Audit trail"): after the clinical push,
// every audit entry the registry has not acknowledged yet goes out, oldest first, in batches
// of `$audit-append`. The cursor (db::AuditSyncState) moves only after the registry's 200, so
// a lost answer resends the batch and the registry ignores what it already holds: each entry
// is stored there exactly once.
#include "bhu/db/Connection.h"
#include "bhu/sync/SyncReport.h"

#include <algorithm>
#include <functional>

namespace bhu::sync {

class RegistryClient;

class AuditPush {
public:
    AuditPush(db::Connection& c, RegistryClient& client, QString deviceId, int batchSize = 500)
        : m_c(c), m_client(client), m_deviceId(std::move(deviceId)), m_batch(std::clamp(batchSize, 1, 1000)) {}

    // Sends everything due. A failed request returns its error (the run stops, as for the
    // clinical push). A refusal (409: the registry found a gap or an entry it holds changed)
    // does not stop the run: report.auditRefused is set, report.error says what to do, and the
    // same entries are offered again next run (the registry refuses them again until the
    // district looks into it).
    Status run(SyncReport& report, const std::function<Status()>& checkCancel);

private:
    db::Connection& m_c;
    RegistryClient& m_client;
    QString m_deviceId;
    int m_batch;
};

} // namespace bhu::sync
