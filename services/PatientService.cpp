#include "bhu/services/PatientService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"

namespace bhu::services {

Result<Patient> PatientService::registerPatient(Patient p)
{
    BHU_TRY(m_s.require(Permission::RegisterPatient));
    if (p.facilityCode.isEmpty()) p.facilityCode = m_s.facility().code;
    return db::PatientRepository(m_s.store().conn()).create(std::move(p), m_s.actor());
}

Status PatientService::registerMany(QList<Patient>& patients)
{
    BHU_TRY(m_s.require(Permission::RegisterPatient));
    for (Patient& p : patients)
        if (p.facilityCode.isEmpty()) p.facilityCode = m_s.facility().code;
    return db::PatientRepository(m_s.store().conn()).createMany(patients, m_s.actor());
}

Result<Patient> PatientService::update(Patient p)
{
    BHU_TRY(m_s.require(Permission::EditPatient));
    return db::PatientRepository(m_s.store().conn()).update(std::move(p), m_s.actor());
}

Result<Patient> PatientService::open(const QString& id)
{
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto p = db::PatientRepository(m_s.store().conn()).get(id);
    if (!p.ok()) return p.error();
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("patient.view"), QStringLiteral("Patient"), id, id));
    return p;
}

Result<qint64> PatientService::count()
{
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::PatientRepository(m_s.store().conn()).count();
}

} // namespace bhu::services
