#include "bhu/services/ReferenceService.h"

#include "bhu/db/NationalReferenceLists.h"
#include "bhu/db/ReferenceListRepository.h"
#include "bhu/domain/EpiSchedule.h"
#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/ReferenceLists.h"

namespace bhu::services {

namespace {
const QString kMedicines = QStringLiteral("medicines");

// The CSV in use for a list (national, else shipped); `national` says which.
Result<QByteArray> listCsv(db::Connection& c, const QString& list, bool* national = nullptr)
{
    auto n = db::NationalReferenceLists(c).get(list);
    if (!n.ok()) return n.error();
    if (national) *national = n.value().has_value();
    if (n.value()) return n.value()->csv;
    return builtInReferenceCsv(list);
}

// ReferenceData from the national or shipped lists, with the facility's medicines over them.
// nullptr when every list is the shipped one (current() then is builtIn()).
Result<std::shared_ptr<const ReferenceData>> buildReferenceData(db::Connection& c)
{
    bool anyNational = false;
    QByteArray csv[3];
    const QString names[3] = {QStringLiteral("icd10"), kMedicines, QStringLiteral("complaints")};
    for (int i = 0; i < 3; ++i) {
        bool national = false;
        auto r = listCsv(c, names[i], &national);
        if (!r.ok()) return r.error();
        csv[i] = r.value();
        anyNational = anyNational || national;
    }
    auto own = db::ReferenceListRepository(c).get(kMedicines);
    if (!own.ok()) return own.error();
    if (!anyNational && !own.value()) return std::shared_ptr<const ReferenceData>();
    auto parsed = anyNational ? ReferenceData::parse(csv[0], csv[1], csv[2]) : Result<ReferenceData>(ReferenceData::builtIn());
    if (!parsed.ok()) return parsed.error();
    if (own.value()) {
        auto withOwn = parsed.value().withMedicines(*own.value());
        if (!withOwn.ok()) return withOwn.error();
        return std::make_shared<const ReferenceData>(std::move(withOwn.value()));
    }
    return std::make_shared<const ReferenceData>(std::move(parsed.value()));
}

Result<std::shared_ptr<const EpiSchedule>> buildEpiSchedule(db::Connection& c)
{
    auto n = db::NationalReferenceLists(c).get(QStringLiteral("epi-schedule"));
    if (!n.ok()) return n.error();
    if (!n.value()) return std::shared_ptr<const EpiSchedule>();
    auto parsed = EpiSchedule::parse(n.value()->csv);
    if (!parsed.ok()) return parsed.error();
    return std::make_shared<const EpiSchedule>(std::move(parsed.value()));
}
} // namespace

Result<QByteArray> ReferenceService::medicinesCsv()
{
    auto lock = m_s.guard();
    auto own = db::ReferenceListRepository(m_s.store().conn()).get(kMedicines);
    if (!own.ok()) return own.error();
    if (own.value()) return *own.value();
    return listCsv(m_s.store().conn(), kMedicines);
}

bool ReferenceService::facilityMedicinesInUse()
{
    auto lock = m_s.guard();
    auto own = db::ReferenceListRepository(m_s.store().conn()).get(kMedicines);
    return own.ok() && own.value().has_value();
}

Result<QList<ReferenceListInUse>> ReferenceService::listsInUse()
{
    auto lock = m_s.guard();
    QList<ReferenceListInUse> out;
    for (const QString& list : referenceListNames()) {
        ReferenceListInUse u;
        u.list = list;
        auto n = db::NationalReferenceLists(m_s.store().conn()).get(list);
        if (!n.ok()) return n.error();
        if (n.value()) {
            u.source = ReferenceListInUse::Source::National;
            u.version = n.value()->version;
            u.publishedAt = n.value()->publishedAt;
            u.rows = n.value()->rows;
        }
        if (list == kMedicines && facilityMedicinesInUse()) u.source = ReferenceListInUse::Source::Facility;
        out.append(u);
    }
    return out;
}

Result<int> ReferenceService::importMedicines(const QByteArray& csv)
{
    BHU_TRY(m_s.require(Permission::ImportData));
    auto parsed = ReferenceData::builtIn().withMedicines(csv);   // the whole check, before anything is stored
    if (!parsed.ok()) return parsed.error();
    const int rows = static_cast<int>(parsed.value().medicines().size());
    auto lock = m_s.guard();
    BHU_TRY(db::ReferenceListRepository(m_s.store().conn()).put(m_s.actor(), kMedicines, csv, rows));
    BHU_TRY(activate());
    return rows;
}

Status ReferenceService::resetMedicines()
{
    BHU_TRY(m_s.require(Permission::ImportData));
    auto lock = m_s.guard();
    BHU_TRY(db::ReferenceListRepository(m_s.store().conn()).reset(m_s.actor(), kMedicines));
    return activate();
}

Status ReferenceService::activate()
{
    auto lock = m_s.guard();
    auto data = buildReferenceData(m_s.store().conn());
    auto epi = buildEpiSchedule(m_s.store().conn());
    ReferenceData::setCurrent(data.ok() ? data.value() : nullptr);
    EpiSchedule::setCurrent(epi.ok() ? epi.value() : nullptr);
    if (!data.ok()) return data.error();
    if (!epi.ok()) return epi.error();
    return {};
}

} // namespace bhu::services
