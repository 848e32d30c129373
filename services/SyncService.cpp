#include "bhu/services/SyncService.h"

#include "bhu/db/SyncQueue.h"

namespace bhu::services {

Result<SyncOverview> SyncService::overview()
{
    BHU_TRY(m_s.require(Permission::RunSync));
    auto lock = m_s.guard();
    auto& c = m_s.store().conn();
    SyncOverview o;
    auto e = db::SyncStateStore(c).enrolment();
    if (!e.ok()) return e.error();
    o.enrolled = e->isEnrolled();
    o.registryUrl = e->registryUrl;
    o.facilityCode = e->facilityCode;
    o.deviceName = e->deviceName;
    o.enrolledAt = e->enrolledAt;
    auto st = db::SyncStateStore(c).status();
    if (!st.ok()) return st.error();
    o.status = st.value();
    db::SyncQueue q(c);
    auto waiting = q.pendingByType();
    if (!waiting.ok()) return waiting.error();
    o.waitingByType = waiting.value();
    auto issues = q.openIssues();
    if (!issues.ok()) return issues.error();
    o.issues = issues.value();
    return o;
}

Status SyncService::retry(const QString& issueId)
{
    BHU_TRY(m_s.require(Permission::RunSync));
    auto lock = m_s.guard();
    return db::SyncQueue(m_s.store().conn()).retry(issueId, m_s.actor());
}

Status SyncService::dismiss(const QString& issueId)
{
    BHU_TRY(m_s.require(Permission::RunSync));
    auto lock = m_s.guard();
    return db::SyncQueue(m_s.store().conn()).resolve(issueId, m_s.actor());
}

} // namespace bhu::services
