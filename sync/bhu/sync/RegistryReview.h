#pragma once
// The registry's review queue over the network (docs/sync-protocol.md, "Merges and the review
// queue"): a page of candidate pairs with both Patients side by side, and a decision. Only
// devices the registry operator allowed to review get answers (else Forbidden). Blocks the
// calling thread for one request of at most `timeoutMs`.
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/Patient.h"
#include "bhu/domain/Result.h"

#include <QList>
#include <QStringList>

class QNetworkAccessManager;

namespace bhu::sync {

struct ReviewCandidate {
    qint64 id = 0;
    double score = 0;
    QString grade, status;        // status: open | same | different | unsure
    QStringList agrees, differs;  // field names (docs/sync-protocol.md)
    Patient a, b;
    QString decidedBy;
};

struct ReviewPage {
    int total = 0;
    QList<ReviewCandidate> pairs;
};

class RegistryReview {
public:
    explicit RegistryReview(QNetworkAccessManager* nam = nullptr, int timeoutMs = 20000) : m_nam(nam), m_timeoutMs(timeoutMs) {}
    Result<ReviewPage> list(const db::Enrolment& e, const QString& status, int offset, int count);
    // decision: same | different | unsure; `user` is recorded by the registry.
    Status decide(const db::Enrolment& e, qint64 pairId, const QString& decision, const QString& user);

private:
    QNetworkAccessManager* m_nam;
    int m_timeoutMs;
};

} // namespace bhu::sync
