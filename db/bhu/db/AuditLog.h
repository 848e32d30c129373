#pragma once
// Append-only, hash-chained audit log. Each entry's hash covers the previous entry's hash,
// its own sequence number and every field, so an edited, deleted or reordered entry breaks
// the chain at a place verify() names.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/AuditChain.h"

#include <QDateTime>

namespace bhu::db {

// The entry and its hash are shared with the registry (domain/AuditChain.h), which re-checks
// the chains it receives by audit sync.
using AuditEntry = bhu::AuditRecord;

// Filters of the audit screen and `bhuctl audit list`; empty fields do not filter.
struct AuditFilter {
    QString username;
    QString patientId;
    QString action;      // exact, or a family: "patient" matches "patient.view", "patient.update", …
    QString fromUtc;     // ISO UTC, inclusive
    QString toUtc;       // ISO UTC, exclusive
    qint64 afterSeq = 0; // only entries after this sequence number (audit sync reads from here)
    int limit = 1000;
    bool oldestFirst = false;
};

class AuditLog {
public:
    explicit AuditLog(Connection& c) : m_c(c) {}
    // Must be called inside the caller's transaction, so the entry commits with the change.
    Status append(const Actor& who, const QString& action, const QString& entityType = {}, const QString& entityId = {},
                  const QString& patientId = {}, const QString& details = {});
    // Appends in a transaction of its own (for views, logins, prints: no data change).
    Status record(const Actor& who, const QString& action, const QString& entityType = {}, const QString& entityId = {},
                  const QString& patientId = {}, const QString& details = {});
    // Walks the whole chain. ErrorCode::Corrupt names the first bad entry.
    Status verify();
    Result<qint64> count();
    Result<QList<AuditEntry>> recent(int limit);
    Result<QList<AuditEntry>> query(const AuditFilter& f);
    // The hook for audit sync: entries after a sequence number, oldest first, with their
    // hashes, so the registry can extend its copy of the chain and check that it links.
    Result<QList<AuditEntry>> after(qint64 seq, int limit) { return query(AuditFilter{{}, {}, {}, {}, {}, seq, limit, true}); }

    static QString computeHash(const AuditEntry& e) { return bhu::auditHash(e); }

private:
    Connection& m_c;
};

} // namespace bhu::db
