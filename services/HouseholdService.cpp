#include "bhu/services/HouseholdService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"

namespace bhu::services {

Result<Household> HouseholdService::createHousehold(Household h)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::KeepFamilyRegister));
    h.village = h.village.trimmed();
    h.address = h.address.trimmed();
    h.lhwArea = h.lhwArea.trimmed();
    if (h.lhwArea.isEmpty() && m_s.role() == Role::Lhw) h.lhwArea = m_s.user().username;
    h.facilityCode = m_s.facility().code;
    return db::HouseholdRepository(m_s.store().conn()).create(h, m_s.actor());
}

Result<Household> HouseholdService::updateHousehold(const Household& h)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::KeepFamilyRegister));
    return db::HouseholdRepository(m_s.store().conn()).update(h, m_s.actor());
}

Result<HouseholdMember> HouseholdService::addMember(const QString& householdId, const QString& patientId, Relationship rel)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::KeepFamilyRegister));
    auto p = db::PatientRepository(m_s.store().conn()).get(patientId);
    if (!p.ok()) return p.error();
    HouseholdMember m;
    m.householdId = householdId;
    m.patientId = patientId;
    m.relationship = rel;
    return db::HouseholdRepository(m_s.store().conn()).addMember(m, m_s.actor());
}

Result<HouseholdMember> HouseholdService::moveMember(const QString& patientId, const QString& toHouseholdId, Relationship rel,
                                                     const QDate& on, const QString& reason)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::KeepFamilyRegister));
    return db::HouseholdRepository(m_s.store().conn()).moveMember(patientId, toHouseholdId, rel, on, reason, m_s.actor());
}

Result<RegisterHousehold> HouseholdService::withPatients(const db::HouseholdRow& row)
{
    RegisterHousehold out{row.household, {}};
    db::PatientRepository patients(m_s.store().conn());
    for (const HouseholdMember& m : row.members) {
        auto p = patients.get(m.patientId);
        if (!p.ok()) return p.error();
        out.members.append(RegisterMember{m, p.value()});
    }
    return out;
}

Result<RegisterHousehold> HouseholdService::household(const QString& id)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    db::HouseholdRepository repo(m_s.store().conn());
    auto h = repo.get(id);
    if (!h.ok()) return h.error();
    auto members = repo.members(id);
    if (!members.ok()) return members.error();
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("household.view"), QStringLiteral("Group"), id));
    return withPatients(db::HouseholdRow{h.value(), members.value()});
}

Result<QList<RegisterHousehold>> HouseholdService::familyRegister(const QString& lhwArea, const QString& village)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto rows = db::HouseholdRepository(m_s.store().conn()).reg(lhwArea, village);
    if (!rows.ok()) return rows.error();
    QList<RegisterHousehold> out;
    for (const db::HouseholdRow& r : rows.value()) {
        auto h = withPatients(r);
        if (!h.ok()) return h.error();
        out.append(h.value());
    }
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("household.register.view"), QStringLiteral("Group"), {}, {},
                                                    QStringLiteral("households=%1").arg(out.size())));
    return out;
}

Result<QStringList> HouseholdService::villages(const QString& lhwArea)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::HouseholdRepository(m_s.store().conn()).villages(lhwArea);
}

Result<QList<HouseholdMember>> HouseholdService::memberships(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::HouseholdRepository(m_s.store().conn()).membershipsOf(patientId);
}

} // namespace bhu::services
