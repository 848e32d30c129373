#include "bhu/services/SeedService.h"

#include "bhu/db/VisitRepository.h"
#include "bhu/domain/VitalsCheck.h"

namespace bhu::services {

Status SeedService::addClosedVisits(QList<VisitRecord>& records)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    for (const VisitRecord& r : records)
        if (r.vitals) BHU_TRY(validateVitals(*r.vitals));
    return db::VisitRepository(m_s.store().conn()).createClosedMany(records, m_s.actor());
}

Result<qint64> SeedService::visitCount()
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    return db::VisitRepository(m_s.store().conn()).count();
}

} // namespace bhu::services
