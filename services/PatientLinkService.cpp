#include "bhu/services/PatientLinkService.h"

#include "bhu/db/PatientLinks.h"
#include "bhu/db/PatientRepository.h"

namespace bhu::services {

Result<MergeInfo> PatientLinkService::info(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    db::PatientLinks links(m_s.store().conn());
    db::PatientRepository patients(m_s.store().conn());
    MergeInfo out;
    auto merged = links.mergedInto(patientId);
    if (!merged.ok()) return merged.error();
    for (const QString& id : merged.value()) {
        auto p = patients.get(id);
        if (p.ok() && !p->mrNumber().isEmpty()) out.mergedFromMr << p->mrNumber();
    }
    auto person = links.personOf(patientId);
    if (!person.ok()) return person.error();
    if (person.value() != patientId) {
        out.replacedById = person.value();
        auto survivor = patients.get(person.value());
        if (survivor.ok()) out.replacedByMr = survivor->mrNumber();
    }
    return out;
}

} // namespace bhu::services
