#include "bhu/registry/PushBatch.h"

#include "bhu/registry/EntryParse.h"
#include "bhu/registry/Reply.h"
#include "bhu/registry/ResourceStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace bhu::registry {

namespace {
std::string arrayText(const QJsonArray& a) { return QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString(); }
QString replayKey(const QString& type, const QString& id, int clientVersion)
{
    return type + u'/' + id + u'/' + QString::number(clientVersion);
}
} // namespace

QString sessionKey(const QString& deviceId, const QString& session)
{
    if (!isUuid(session)) return {};
    const QByteArray h = QCryptographicHash::hash((deviceId + u':' + session).toUtf8(), QCryptographicHash::Sha256).left(16);
    return QUuid::fromRfc4122(h).toString(QUuid::WithoutBraces);
}

PushBatch::PushBatch(pqxx::work& w, long long facilityId, QString facilityCode, QString deviceId, QString session)
    : m_w(w), m_facilityId(facilityId), m_facilityCode(std::move(facilityCode)), m_deviceId(std::move(deviceId)),
      m_session(std::move(session))
{
}

void PushBatch::prefetch(const std::vector<ResourceKey>& resources, const std::vector<ReplayKey>& replays, const QStringList& patients)
{
    QJsonArray keys;
    QSet<QString> seen;
    for (const ResourceKey& k : resources) {
        if (!isUuid(k.id) || seen.contains(key(k.type, k.id))) continue;
        seen.insert(key(k.type, k.id));
        keys.append(QJsonObject{{QStringLiteral("type"), k.type}, {QStringLiteral("id"), k.id}});
    }
    if (!keys.isEmpty()) {
        const auto rows = m_w.exec_params(
            "SELECT r.type, r.id::text, r.patient_id::text, r.facility_id, f.code, r.server_version, r.content_sha256,"
            " CASE WHEN r.type = 'Patient' THEN r.content::text ELSE '{}' END, r.deleted"
            " FROM jsonb_to_recordset($1::jsonb) AS k(type text, id uuid)"
            " JOIN resources r ON r.type = k.type AND r.id = k.id JOIN facilities f ON f.id = r.facility_id",
            arrayText(keys));
        for (const auto& r : rows) {
            StoredResource s = storedResourceFromRow(r);
            m_current.insert(key(s.type, s.id), std::move(s));
        }
    }

    QJsonArray replayKeys;
    for (const ReplayKey& k : replays) {
        if (!isUuid(k.id)) continue;
        replayKeys.append(QJsonObject{{QStringLiteral("type"), k.type}, {QStringLiteral("id"), k.id}, {QStringLiteral("cv"), k.clientVersion}});
    }
    if (!replayKeys.isEmpty() && isUuid(m_deviceId)) {
        const auto rows = m_w.exec_params(
            "SELECT v.type, v.id::text, v.client_version, v.response::text"
            " FROM jsonb_to_recordset($1::jsonb) AS k(type text, id uuid, cv integer)"
            " JOIN resource_versions v ON v.type = k.type AND v.id = k.id AND v.origin_device = $2::uuid AND v.client_version = k.cv",
            arrayText(replayKeys), s8(m_deviceId));
        for (const auto& r : rows)
            m_replays.insert(replayKey(q8(r[0].as<std::string>()), q8(r[1].as<std::string>()), r[2].as<int>()),
                             jsonObject(r[3].as<std::string>()));
    }

    QJsonArray ids;
    for (const QString& p : patients)
        if (isUuid(p)) ids.append(p);
    if (!ids.isEmpty()) {
        const auto rows = m_w.exec_params("SELECT patient_id::text FROM catchment WHERE facility_id = $1"
                                          " AND patient_id IN (SELECT value::uuid FROM jsonb_array_elements_text($2::jsonb))",
                                          m_facilityId, arrayText(ids));
        for (const auto& r : rows) m_catchment.insert(q8(r[0].as<std::string>()));
    }
}

std::optional<QJsonObject> PushBatch::replay(const QString& type, const QString& id, int clientVersion) const
{
    const auto it = m_replays.constFind(replayKey(type, id, clientVersion));
    if (it == m_replays.constEnd()) return std::nullopt;
    return *it;
}

const StoredResource* PushBatch::current(const QString& type, const QString& id) const
{
    const auto it = m_current.constFind(key(type, id));
    return it == m_current.constEnd() ? nullptr : &*it;
}

bool PushBatch::inCatchment(const QString& patientId) const { return m_catchment.contains(patientId); }

std::optional<QJsonObject> PushBatch::versionContent(const QString& type, const QString& id, int version)
{
    for (auto it = m_versions.rbegin(); it != m_versions.rend(); ++it)
        if (it->version == version && it->id == id && it->type == type) return it->content;
    return loadVersionContent(m_w, type, id, version);
}

int PushBatch::addVersion(const NewVersion& v)
{
    m_versions.push_back(v);
    StoredResource s;
    s.type = v.type;
    s.id = v.id;
    s.patientId = v.patientId;
    s.facilityId = v.facilityId;
    s.facilityCode = m_facilityCode;
    s.version = v.version;
    s.contentSha256 = v.contentSha256;
    s.content = v.content;
    s.deleted = v.deleted;
    m_current.insert(key(v.type, v.id), std::move(s));
    m_replays.insert(replayKey(v.type, v.id, v.clientVersion), v.response);
    return static_cast<int>(m_versions.size()) - 1;
}

void PushBatch::addCatchment(const QString& patientId, const char* reason)
{
    if (m_catchment.contains(patientId)) return;
    m_catchment.insert(patientId);
    m_catchmentRows.append(QJsonObject{{QStringLiteral("p"), patientId}, {QStringLiteral("r"), QString::fromLatin1(reason)}});
}

void PushBatch::addIdentifier(const QString& system, const QString& value, const QString& patientId)
{
    m_identifierRows.append(QJsonObject{{QStringLiteral("s"), system}, {QStringLiteral("v"), value}, {QStringLiteral("p"), patientId}});
}

void PushBatch::addConflict(int versionIndex, const QString& patientId, const QString& field, const QString& losingValue,
                            long long losingFacilityId, int serverVersion)
{
    m_conflictRows.append(QJsonObject{{QStringLiteral("p"), patientId},
                                      {QStringLiteral("f"), field},
                                      {QStringLiteral("v"), losingValue},
                                      {QStringLiteral("lf"), losingFacilityId},
                                      {QStringLiteral("sv"), serverVersion}});
    m_conflictVersion.push_back(versionIndex);
}

void PushBatch::flush()
{
    std::vector<long long> seqs;
    if (!m_versions.empty()) {
        // One range of sequence numbers, in entry order (every nextval runs under the feed lock).
        for (const auto& r : m_w.exec_params("SELECT nextval('change_seq') FROM generate_series(1, $1)", static_cast<int>(m_versions.size())))
            seqs.push_back(r[0].as<long long>());
        std::sort(seqs.begin(), seqs.end());
        const QString k = sessionKey(m_deviceId, m_session);
        const QJsonValue session = k.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k);
        QJsonArray rows;
        for (size_t i = 0; i < m_versions.size(); ++i) {
            const NewVersion& v = m_versions[i];
            rows.append(QJsonObject{{QStringLiteral("type"), v.type},
                                    {QStringLiteral("id"), v.id},
                                    {QStringLiteral("patient_id"), v.patientId},
                                    {QStringLiteral("facility_id"), v.facilityId},
                                    {QStringLiteral("server_version"), v.version},
                                    {QStringLiteral("client_version"), v.clientVersion},
                                    {QStringLiteral("origin_device"), v.deviceId},
                                    {QStringLiteral("content"), v.content},
                                    {QStringLiteral("content_sha256"), v.contentSha256},
                                    {QStringLiteral("response"), v.response},
                                    {QStringLiteral("seq"), seqs[i]},
                                    {QStringLiteral("deleted"), v.deleted},
                                    {QStringLiteral("session"), session}});
        }
        // resources keeps the last version of each (type, id); every version and its change are kept.
        m_w.exec_params(
            "WITH x AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(type text, id uuid, patient_id uuid,"
            "   facility_id bigint, server_version integer, client_version integer, origin_device uuid, content jsonb,"
            "   content_sha256 text, response jsonb, seq bigint, session uuid, deleted boolean)),"
            " v AS (INSERT INTO resource_versions (type, id, server_version, client_version, origin_device, facility_id, patient_id,"
            "   content, content_sha256, response, deleted) SELECT type, id, server_version, client_version, origin_device, facility_id,"
            "   patient_id, content, content_sha256, response, deleted FROM x),"
            " c AS (INSERT INTO changes (seq, type, id, version, patient_id, origin_session)"
            "   SELECT seq, type, id, server_version, patient_id, session FROM x)"
            " INSERT INTO resources (type, id, patient_id, facility_id, server_version, client_version, origin_device,"
            "   content, content_sha256, updated_at, deleted)"
            " SELECT DISTINCT ON (type, id) type, id, patient_id, facility_id, server_version, client_version, origin_device,"
            "   content, content_sha256, now(), deleted FROM x ORDER BY type, id, server_version DESC"
            " ON CONFLICT (type, id) DO UPDATE SET facility_id = EXCLUDED.facility_id, deleted = EXCLUDED.deleted,"
            " server_version = EXCLUDED.server_version, client_version = EXCLUDED.client_version,"
            " origin_device = EXCLUDED.origin_device, content = EXCLUDED.content,"
            " content_sha256 = EXCLUDED.content_sha256, updated_at = now()",
            arrayText(rows));
    }
    if (!m_catchmentRows.isEmpty())
        m_w.exec_params("INSERT INTO catchment (facility_id, patient_id, reason)"
                        " SELECT $1, p, r FROM jsonb_to_recordset($2::jsonb) AS x(p uuid, r text) ON CONFLICT DO NOTHING",
                        m_facilityId, arrayText(m_catchmentRows));
    if (!m_identifierRows.isEmpty())
        m_w.exec_params("INSERT INTO identifiers (system, value, patient_id)"
                        " SELECT s, v, p FROM jsonb_to_recordset($1::jsonb) AS x(s text, v text, p uuid) ON CONFLICT DO NOTHING",
                        arrayText(m_identifierRows));
    if (!m_conflictRows.isEmpty()) {
        QJsonArray rows;
        for (qsizetype i = 0; i < m_conflictRows.size(); ++i) {
            QJsonObject o = m_conflictRows.at(i).toObject();
            o.insert(QStringLiteral("seq"), seqs[static_cast<size_t>(m_conflictVersion[static_cast<size_t>(i)])]);
            rows.append(o);
        }
        m_w.exec_params("INSERT INTO merge_conflicts (patient_id, field, losing_value, losing_facility_id, winning_facility_id,"
                        " server_version, seq) SELECT p, f, v, lf, $1, sv, seq"
                        " FROM jsonb_to_recordset($2::jsonb) AS x(p uuid, f text, v text, lf bigint, sv integer, seq bigint)",
                        m_facilityId, arrayText(rows));
    }
    m_versions.clear();
    m_catchmentRows = {};
    m_identifierRows = {};
    m_conflictRows = {};
    m_conflictVersion.clear();
}

} // namespace bhu::registry
