#include "bhu/registry/Catchment.h"

#include "bhu/registry/ResourceStore.h"

namespace bhu::registry {

bool inCatchment(pqxx::work& w, long long facilityId, const QString& patientId)
{
    return !w.exec_params("SELECT 1 FROM catchment WHERE facility_id = $1 AND patient_id = $2", facilityId, s8(patientId)).empty();
}

bool addToCatchment(pqxx::work& w, long long facilityId, const QString& patientId, const char* reason)
{
    return w
               .exec_params("INSERT INTO catchment (facility_id, patient_id, reason) VALUES ($1, $2, $3)"
                            " ON CONFLICT DO NOTHING",
                            facilityId, s8(patientId), std::string(reason))
               .affected_rows() > 0;
}

void recordLookup(pqxx::work& w, const Caller& caller, const QString& patientId, const char* kind)
{
    w.exec_params("INSERT INTO lookups (device_id, facility_id, patient_id, kind, reason, user_name)"
                  " VALUES ($1, $2, $3, $4, NULLIF($5, ''), NULLIF($6, ''))",
                  s8(caller.deviceId), caller.facilityId, s8(patientId), std::string(kind), s8(caller.reason), s8(caller.userName));
    if (inCatchment(w, caller.facilityId, patientId)) return;
    lockChangeFeed(w);
    if (!addToCatchment(w, caller.facilityId, patientId, "lookup")) return;
    for (const StoredResource& r : loadPatientResources(w, patientId))
        appendChange(w, r.type, r.id, r.version, patientId, caller.facilityId);
}

} // namespace bhu::registry
