#pragma once
// The upload side of the outbox for the sync engine: crash recovery, claiming a bounded batch
// of due entries (with the records needed to build them), per-entry outcomes, releasing a
// failed batch with backoff, Needs attention and its Retry, pending counts.
//
// States (db/Outbox.h): pending → uploading → synced | rejected. A claim, an outcome and a
// release each commit in one transaction, so a crash at any point leaves entries either
// pending or uploading — and uploading ones are made pending again by recoverUploading().
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/SyncTypes.h"

#include <functional>

namespace bhu::db {

class SyncQueue {
public:
    explicit SyncQueue(Connection& c) : m_c(c) {}

    // After a crash or a kill: every entry left uploading is pending again (due now). An
    // uploading entry whose resource has a newer pending entry is folded into it (the newer
    // entry sends the whole current record). Returns how many were recovered.
    Result<int> recoverUploading();

    // Marks up to `max` due pending entries uploading, oldest first and never past an entry
    // that is still waiting out its backoff (records keep their order: patient before visit), under a new request id, attempts + 1,
    // and loads their records. Empty batch: nothing is due.
    Result<ClaimedBatch> claim(int max, const QDateTime& now);

    // Per-entry outcomes of one push, in one transaction: acknowledged → synced (and the
    // server version recorded), rejected → rejected + a Needs attention issue.
    Status complete(const QList<EntryOutcome>& outcomes, const Actor& who);

    // The push failed as a whole (5xx, timeout, broken link): the batch goes back to pending
    // with next_attempt_at = now + backoffMs(attempts, random()).
    Status release(const QString& requestId, const QString& error, const QDateTime& now, const std::function<double()>& random);
    // The batch was too large for the registry (413): back to pending, due now, attempts not
    // counted; the engine sends it again in smaller batches.
    Status releaseNow(const QString& requestId);

    // Needs attention.
    Result<QList<SyncIssue>> openIssues();
    // Retry of a rejected entry: pending again, due now; its issue resolved.
    Status retry(const QString& issueId, const Actor& who);
    // Dismiss an issue that needs no resend (a reviewed merge conflict).
    Status resolve(const QString& issueId, const Actor& who);

    // Pending (pending + uploading) entries by resource type; and those due now.
    Result<QMap<QString, qint64>> pendingByType();
    Result<qint64> pendingCount();
    Result<qint64> dueCount(const QDateTime& now);
    // The earliest next attempt of a pending entry (invalid when none waits).
    Result<QDateTime> nextAttemptAt();

private:
    Status loadRecords(ClaimedBatch& b);
    bool isMchContact(const OutboxItem& i);   // an "Encounter" entry that is an ANC/PNC/FP contact
    Connection& m_c;
};

} // namespace bhu::db
