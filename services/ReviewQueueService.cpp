#include "bhu/services/ReviewQueueService.h"

#include "bhu/db/AuditLog.h"

#include <QCoreApplication>

namespace bhu::services {

QString reviewDecisionCode(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::Same: return QStringLiteral("same");
    case ReviewDecision::Different: return QStringLiteral("different");
    case ReviewDecision::Unsure: return QStringLiteral("unsure");
    }
    return {};
}

Result<db::Enrolment> ReviewQueueService::enrolment()
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ReviewDuplicates));
    auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
    if (!e.ok()) return e.error();
    if (!e->isEnrolled())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::services::ReviewQueueService",
                                                       "This clinic is not enrolled with the national registry. Ask the administrator."));
    return e.value();
}

Status ReviewQueueService::decide(qint64 pairId, ReviewDecision d, const ReviewDecideFn& send)
{
    auto e = enrolment();
    if (!e.ok()) return e.error();
    BHU_TRY(send(e.value(), pairId, reviewDecisionCode(d), m_s.user().username));
    const auto lock = m_s.guard();
    return db::AuditLog(m_s.store().conn())
        .record(m_s.actor(), QStringLiteral("review.decide"), QStringLiteral("ReviewPair"), QString::number(pairId), {},
                QStringLiteral("decision=") + reviewDecisionCode(d));
}

} // namespace bhu::services
