#include "bhu/services/DemoFacility.h"

#include "bhu/db/DemoMark.h"

namespace bhu::services {

bool isDemoFacility(Session& s)
{
    const auto lock = s.guard();
    return db::isDemoDatabase(s.store().conn());
}

Result<SeedResult> setUpDemoFacility(Session& s, int patients, int visitsPerPatient, const QDate& today)
{
    BHU_TRY(s.require(Permission::SeedDemoData));
    {
        const auto lock = s.guard();
        BHU_TRY(db::markDemoDatabase(s.store().conn(), s.actor()));
    }
    if (patients <= 0) return SeedResult{};
    return SeedService(s).addSynthetic(patients, visitsPerPatient, 1, today);
}

} // namespace bhu::services
