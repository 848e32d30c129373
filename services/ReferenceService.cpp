#include "bhu/services/ReferenceService.h"

#include "bhu/db/ReferenceListRepository.h"
#include "bhu/domain/ReferenceData.h"

namespace bhu::services {

namespace {
const QString kMedicines = QStringLiteral("medicines");
}

Result<QByteArray> ReferenceService::medicinesCsv()
{
    auto lock = m_s.guard();
    auto own = db::ReferenceListRepository(m_s.store().conn()).get(kMedicines);
    if (!own.ok()) return own.error();
    if (own.value()) return *own.value();
    return ReferenceData::builtInMedicinesCsv();
}

bool ReferenceService::facilityMedicinesInUse()
{
    auto lock = m_s.guard();
    auto own = db::ReferenceListRepository(m_s.store().conn()).get(kMedicines);
    return own.ok() && own.value().has_value();
}

Result<int> ReferenceService::importMedicines(const QByteArray& csv)
{
    BHU_TRY(m_s.require(Permission::ImportData));
    auto parsed = ReferenceData::builtIn().withMedicines(csv);
    if (!parsed.ok()) return parsed.error();
    const int rows = static_cast<int>(parsed.value().medicines().size());
    auto lock = m_s.guard();
    BHU_TRY(db::ReferenceListRepository(m_s.store().conn()).put(m_s.actor(), kMedicines, csv, rows));
    ReferenceData::setCurrent(std::make_shared<const ReferenceData>(std::move(parsed.value())));
    return rows;
}

Status ReferenceService::resetMedicines()
{
    BHU_TRY(m_s.require(Permission::ImportData));
    auto lock = m_s.guard();
    BHU_TRY(db::ReferenceListRepository(m_s.store().conn()).reset(m_s.actor(), kMedicines));
    ReferenceData::setCurrent(nullptr);
    return {};
}

Status ReferenceService::activate()
{
    auto lock = m_s.guard();
    auto own = db::ReferenceListRepository(m_s.store().conn()).get(kMedicines);
    if (!own.ok()) return own.error();
    if (!own.value()) {
        ReferenceData::setCurrent(nullptr);
        return {};
    }
    auto parsed = ReferenceData::builtIn().withMedicines(*own.value());
    if (!parsed.ok()) return parsed.error();
    ReferenceData::setCurrent(std::make_shared<const ReferenceData>(std::move(parsed.value())));
    return {};
}

} // namespace bhu::services
