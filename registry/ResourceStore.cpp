#include "bhu/registry/ResourceStore.h"

#include "bhu/registry/Reply.h"

namespace bhu::registry {

namespace {
constexpr long long kChangeFeedLock = 0x6268755f66656564;   // "bhu_feed"

const char* const kColumns =
    "r.type, r.id::text, r.patient_id::text, r.facility_id, f.code, r.server_version, r.content_sha256, r.content::text,"
    " r.deleted"
    " FROM resources r JOIN facilities f ON f.id = r.facility_id";
} // namespace

StoredResource storedResourceFromRow(const pqxx::row& r)
{
    StoredResource s;
    s.type = q8(r[0].as<std::string>());
    s.id = q8(r[1].as<std::string>());
    s.patientId = q8(r[2].as<std::string>());
    s.facilityId = r[3].as<long long>();
    s.facilityCode = q8(r[4].as<std::string>());
    s.version = r[5].as<int>();
    s.contentSha256 = q8(r[6].as<std::string>());
    s.content = jsonObject(r[7].as<std::string>());
    s.deleted = r.size() > 8 && r[8].as<bool>();
    return s;
}

std::optional<StoredResource> loadCurrent(pqxx::work& w, const QString& type, const QString& id)
{
    auto rows = w.exec_params(std::string("SELECT ") + kColumns + " WHERE r.type = $1 AND r.id = $2", s8(type), s8(id));
    if (rows.empty()) return std::nullopt;
    return storedResourceFromRow(rows[0]);
}

std::vector<StoredResource> loadPatientResources(pqxx::work& w, const QString& patientId)
{
    auto rows = w.exec_params(std::string("SELECT ") + kColumns +
                                  " WHERE r.patient_id = $1 AND NOT r.deleted"
                                  " ORDER BY (r.type <> 'Patient'), r.updated_at, r.type, r.id",
                              s8(patientId));
    std::vector<StoredResource> out;
    for (const auto& r : rows) out.push_back(storedResourceFromRow(r));
    return out;
}

std::optional<QJsonObject> loadVersionContent(pqxx::work& w, const QString& type, const QString& id, int version)
{
    auto rows = w.exec_params("SELECT content::text FROM resource_versions WHERE type = $1 AND id = $2 AND server_version = $3",
                              s8(type), s8(id), version);
    if (rows.empty()) return std::nullopt;
    return jsonObject(rows[0][0].as<std::string>());
}

void lockChangeFeed(pqxx::work& w)
{
    w.exec_params("SELECT pg_advisory_xact_lock($1)", kChangeFeedLock);
}

long long appendChange(pqxx::work& w, const QString& type, const QString& id, int version, const QString& patientId,
                       long long facilityId)
{
    return w
        .exec_params1("INSERT INTO changes (seq, type, id, version, patient_id, facility_id)"
                      " VALUES (nextval('change_seq'), $1, $2, $3, $4, NULLIF($5, 0)) RETURNING seq",
                      s8(type), s8(id), version, s8(patientId), facilityId)[0]
        .as<long long>();
}

long long appendVersion(pqxx::work& w, const NewVersion& v)
{
    const std::string content = jsonText(v.content);
    w.exec_params("INSERT INTO resources (type, id, patient_id, facility_id, server_version, client_version, origin_device,"
                  " content, content_sha256, updated_at, deleted) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, now(), $10)"
                  " ON CONFLICT (type, id) DO UPDATE SET facility_id = EXCLUDED.facility_id, deleted = EXCLUDED.deleted,"
                  " server_version = EXCLUDED.server_version, client_version = EXCLUDED.client_version,"
                  " origin_device = EXCLUDED.origin_device, content = EXCLUDED.content,"
                  " content_sha256 = EXCLUDED.content_sha256, updated_at = now()",
                  s8(v.type), s8(v.id), s8(v.patientId), v.facilityId, v.version, v.clientVersion, s8(v.deviceId), content,
                  s8(v.contentSha256), v.deleted);
    w.exec_params("INSERT INTO resource_versions (type, id, server_version, client_version, origin_device, facility_id,"
                  " patient_id, content, content_sha256, response, deleted)"
                  " VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10::jsonb, $11)",
                  s8(v.type), s8(v.id), v.version, v.clientVersion, s8(v.deviceId), v.facilityId, s8(v.patientId), content,
                  s8(v.contentSha256), jsonText(v.response), v.deleted);
    return appendChange(w, v.type, v.id, v.version, v.patientId, 0);
}

} // namespace bhu::registry
