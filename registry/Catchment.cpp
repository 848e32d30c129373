#include "bhu/registry/Catchment.h"

#include "bhu/registry/ResourceStore.h"

namespace bhu::registry {

bool inCatchment(pqxx::work& w, long long facilityId, const QString& patientId)
{
    return !w.exec_params("SELECT 1 FROM catchment WHERE facility_id = $1 AND patient_id = $2", facilityId, s8(patientId)).empty();
}

bool addToCatchment(pqxx::work& w, long long facilityId, const QString& patientId, const char* reason, long long mergeId)
{
    return w
               .exec_params("INSERT INTO catchment (facility_id, patient_id, reason, merge_id) VALUES ($1, $2, $3, NULLIF($4, 0))"
                            " ON CONFLICT DO NOTHING",
                            facilityId, s8(patientId), std::string(reason), mergeId)
               .affected_rows() > 0;
}

int narrowCatchmentsAfterUnmerge(pqxx::work& w, long long mergeId)
{
    // The facility's own reasons outlive the merge: a version it wrote (registration, edit or a
    // clinical record of the patient, origin_device set) or a lookup by identifier / $everything
    // (not a $match, which never joins a catchment).
    const auto rows = w.exec_params(
        "DELETE FROM catchment k WHERE k.merge_id = $1"
        " AND NOT EXISTS (SELECT 1 FROM resource_versions v WHERE v.patient_id = k.patient_id"
        "   AND v.facility_id = k.facility_id AND v.origin_device IS NOT NULL)"
        " AND NOT EXISTS (SELECT 1 FROM lookups l WHERE l.patient_id = k.patient_id AND l.facility_id = k.facility_id"
        "   AND l.kind <> 'match')"
        " RETURNING k.facility_id, k.patient_id::text",
        mergeId);
    for (const auto& row : rows) {
        const QString patientId = q8(row[1].as<std::string>());
        if (const auto cur = loadCurrent(w, QStringLiteral("Patient"), patientId))
            appendChange(w, cur->type, cur->id, cur->version, patientId, row[0].as<long long>());
    }
    return static_cast<int>(rows.size());
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
