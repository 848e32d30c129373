#pragma once
// The registry's copy of each device's audit chain (audit_entries, audit_refusals; migration
// 0005). SQL for audit sync lives here only. Entries are keyed by (device, seq): a resend of
// an entry already held with the same hash is a duplicate and ignored; the next entry must be
// head + 1, link to the head's hash and hash to its own `hash`; anything else is a refusal
// (tampering at the clinic, or a restored clinic database) and stores nothing of the batch.
#include "bhu/domain/AuditChain.h"
#include "bhu/domain/Result.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

#include <QList>
#include <optional>
#include <vector>

namespace bhu::registry {

struct AuditRefusal {
    long long seq = 0;
    QString reason;        // gap | changed | unlinked | hash
    QString storedHash, receivedHash;
    QString describe() const;   // English, for the OperationOutcome and the log: no entry content
};

struct AuditAppendResult {
    int stored = 0, duplicates = 0;
    long long head = 0;    // the highest seq held for the device afterwards
    std::optional<AuditRefusal> refusal;
};

// Appends a batch for the calling device (all or nothing); a refusal is recorded in
// audit_refusals in the same transaction.
AuditAppendResult appendAuditEntries(pqxx::work& w, const Caller& caller, const std::vector<AuditRecord>& entries);

struct DeviceChainCheck {
    QString deviceId, deviceName;
    long long entries = 0;
    long long refusals = 0;       // refused resends recorded for the device
    std::optional<long long> brokenAt;
    QString why;                  // when broken: "entry missing or reordered", "chain broken", "entry edited"
};

// Re-walks the chain of every device of the facility. NotFound when no facility has the code.
Result<QList<DeviceChainCheck>> verifyFacilityAudit(Db& db, const QString& facilityCode);

} // namespace bhu::registry
