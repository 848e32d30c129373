#pragma once
// The clinic's audit-sync cursor (docs/sync-protocol.md, "Audit trail"): the highest audit
// sequence number the registry has acknowledged, for the enrolled device. Kept in `meta`
// (keys audit_sync_device, audit_sync_seq) next to the audit head, so no schema change. A new
// enrolment (another device id) starts from 0: the registry keys entries by device + seq and
// the new device's chain must start at entry 1.
#include "bhu/db/Connection.h"

namespace bhu::db {

class AuditSyncState {
public:
    explicit AuditSyncState(Connection& c) : m_c(c) {}
    // 0 when nothing was acknowledged yet for this device.
    Result<qint64> sentThrough(const QString& deviceId);
    // Records that the registry holds every entry up to `seq` (one transaction).
    Status setSentThrough(const QString& deviceId, qint64 seq);

private:
    Result<QString> value(const char* key);
    Connection& m_c;
};

} // namespace bhu::db
