#pragma once
// POST [base]/$audit-append (docs/sync-protocol.md, "Audit trail"): a device appends entries
// of its audit chain. 200 Parameters {stored, duplicates, head}; 409 `conflict` when the batch
// has a gap or differs from what the registry holds (recorded in audit_refusals, nothing of the
// batch stored); 400/413 for a malformed or oversized body.
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

namespace bhu::registry {

inline constexpr int kMaxAuditEntries = 1000;

Reply auditAppend(Db& db, const Caller& caller, const QByteArray& body);

} // namespace bhu::registry
