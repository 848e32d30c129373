#pragma once
// The registry's review queue for supervisors (docs/sync-protocol.md, "Merges and the review
// queue"): candidate duplicate pairs side by side and a decision (same / different / not
// sure), online. Needs Permission::ReviewDuplicates here, and the registry's review grant for
// this device there. Each decision is audited here too (review.decide, pair and decision).
// The network calls are given as functions (bhu::sync::RegistryReview in the app).
#include "bhu/db/SyncStateStore.h"
#include "bhu/services/Session.h"

#include <functional>

namespace bhu::services {

enum class ReviewDecision { Same, Different, Unsure };
QString reviewDecisionCode(ReviewDecision d);   // same | different | unsure

using ReviewDecideFn = std::function<Status(const db::Enrolment&, qint64 pairId, const QString& decision, const QString& user)>;

class ReviewQueueService {
public:
    explicit ReviewQueueService(Session& s) : m_s(s) {}
    bool mayReview() const { return allowed(m_s.role(), Permission::ReviewDuplicates); }
    // The enrolment to call the registry with (checks the permission and the enrolment).
    Result<db::Enrolment> enrolment();
    Status decide(qint64 pairId, ReviewDecision d, const ReviewDecideFn& send);

private:
    Session& m_s;
};

} // namespace bhu::services
