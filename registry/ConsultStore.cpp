#include "bhu/registry/ConsultStore.h"

#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"
#include "bhu/registry/ResourceStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace bhu::registry {

namespace {
const char* kSpecialtyOf = "content->'category'->0->'coding'->0->>'code'";
// No answer yet among the request's Communications (r = the request).
const char* kUnanswered = "AND NOT EXISTS (SELECT 1 FROM resources m WHERE m.type = 'Communication' AND NOT m.deleted "
                          "  AND m.content->'basedOn'->0->>'reference' = 'CommunicationRequest/' || r.id::text "
                          "  AND m.content->'category'->0->'coding'->0->>'code' = 'answer') ";

// The specialty of the request `alias` has no routes, or one to facility `facility` (SQL).
std::string routedSql(const char* alias, const char* facility)
{
    const std::string spec = std::string(alias) + kSpecialtyOf;
    return "(NOT EXISTS (SELECT 1 FROM consultation_routes rt WHERE rt.specialty = " + spec + ") OR EXISTS (SELECT 1 FROM "
           "consultation_routes rt WHERE rt.specialty = " + spec + " AND rt.facility_id = " + facility + "))";
}
}

bool hasSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty)
{
    return !w.exec_params("SELECT 1 FROM specialist_grants WHERE device_id = $1 AND specialty = $2", s8(deviceId), s8(specialty)).empty();
}

bool consultRouted(pqxx::work& w, const QString& specialty, long long facilityId)
{
    return !w.exec_params("SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM consultation_routes WHERE specialty = $1) "
                          "OR EXISTS (SELECT 1 FROM consultation_routes WHERE specialty = $1 AND facility_id = $2)",
                          s8(specialty), facilityId)
                .empty();
}

void setSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty, bool allow)
{
    if (allow)
        w.exec_params("INSERT INTO specialist_grants (device_id, specialty) VALUES ($1, $2) ON CONFLICT DO NOTHING", s8(deviceId),
                      s8(specialty));
    else
        w.exec_params("DELETE FROM specialist_grants WHERE device_id = $1 AND specialty = $2", s8(deviceId), s8(specialty));
}

QList<ConsultCase> consultPool(pqxx::work& w, const QString& specialty, const QString& deviceId, int limit)
{
    const std::string sql = std::string("SELECT r.id::text, r.content::text, coalesce(c.device_id::text, '') FROM resources r "
                                        "LEFT JOIN consult_claims c ON c.consultation_id = r.id "
                                        "WHERE r.type = 'CommunicationRequest' AND NOT r.deleted AND r.") + kSpecialtyOf + " = $1 "
                            "AND (c.device_id IS NULL OR c.device_id = $2) " + kUnanswered +
                            "ORDER BY (r.content->>'priority' = 'urgent') DESC, r.updated_at, r.id LIMIT $3";
    QList<ConsultCase> out;
    for (const auto& row : w.exec_params(sql, s8(specialty), s8(deviceId), limit)) {
        ConsultCase c;
        c.id = QString::fromStdString(row[0].as<std::string>());
        c.request = jsonObject(row[1].as<std::string>());
        c.claimedBy = QString::fromStdString(row[2].as<std::string>());
        for (const auto& m : w.exec_params("SELECT content::text FROM resources WHERE type = 'Communication' AND NOT deleted "
                                           "AND content->'basedOn'->0->>'reference' = $1 ORDER BY updated_at, id",
                                           "CommunicationRequest/" + s8(c.id)))
            c.messages.append(jsonObject(m[0].as<std::string>()));
        out.append(c);
    }
    return out;
}

QString consultOfBinary(pqxx::work& w, const QString& binaryId)
{
    const auto r = w.exec_params("SELECT substr(content->'basedOn'->0->>'reference', 22) FROM resources WHERE type = 'Communication' "
                                 "AND NOT deleted AND content->'payload'->0->'contentAttachment'->>'url' = $1 "
                                 "AND content->'basedOn'->0->>'reference' LIKE 'CommunicationRequest/%' LIMIT 1",
                                 "Binary/" + s8(binaryId));
    return r.empty() || r[0][0].is_null() ? QString() : QString::fromStdString(r[0][0].as<std::string>());
}

bool consultVisibleTo(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId)
{
    const std::string sql = std::string("SELECT 1 FROM resources r LEFT JOIN consult_claims c ON c.consultation_id = r.id "
                                        "WHERE r.type = 'CommunicationRequest' AND r.id = $1::uuid AND NOT r.deleted "
                                        "AND EXISTS (SELECT 1 FROM specialist_grants g WHERE g.device_id = $2 AND g.specialty = r.") +
                            kSpecialtyOf + ") AND " + routedSql("r.", "$3") +
                            " AND (c.device_id = $2 OR (c.device_id IS NULL " + kUnanswered + "))";
    return !w.exec_params(sql, s8(id), s8(deviceId), facilityId).empty();
}

QString consultSpecialty(pqxx::work& w, const QString& id)
{
    const auto r = w.exec_params(std::string("SELECT ") + kSpecialtyOf + " FROM resources WHERE type = 'CommunicationRequest' "
                                 "AND id = $1::uuid AND NOT deleted", s8(id));
    return r.empty() || r[0][0].is_null() ? QString() : QString::fromStdString(r[0][0].as<std::string>());
}

QString claimConsult(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user)
{
    w.exec_params("INSERT INTO consult_claims (consultation_id, device_id, facility_id, user_name) VALUES ($1, $2, $3, $4) "
                  "ON CONFLICT (consultation_id) DO NOTHING", s8(id), s8(deviceId), facilityId, s8(user));
    return QString::fromStdString(
        w.exec_params1("SELECT device_id::text FROM consult_claims WHERE consultation_id = $1", s8(id))[0].as<std::string>());
}

bool communicationOfClaimedCase(pqxx::work& w, const QJsonObject& communication, const QString& patientId, const QString& deviceId)
{
    const QString ref = communication.value(u"basedOn").toArray().at(0).toObject().value(u"reference").toString();
    const QString prefix = QStringLiteral("CommunicationRequest/");
    if (!ref.startsWith(prefix)) return false;
    return !w.exec_params("SELECT 1 FROM consult_claims c JOIN resources r ON r.type = 'CommunicationRequest' AND r.id = c.consultation_id "
                          "WHERE c.consultation_id::text = $1 AND c.device_id = $2 AND r.patient_id = $3 AND NOT r.deleted",
                          s8(ref.mid(prefix.size())), s8(deviceId), s8(patientId))
                .empty();
}

void recordPhotoRead(pqxx::work& w, const QString& id, const QString& binaryId, const QString& deviceId, long long facilityId,
                     const QString& user)
{
    w.exec_params("INSERT INTO consult_reads (consultation_id, binary_id, device_id, facility_id, user_name, action) "
                  "VALUES (nullif($1, '')::uuid, $2, $3, $4, $5, 'photo')",
                  s8(id), s8(binaryId), s8(deviceId), facilityId, s8(user));
}

void recordConsultRead(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user,
                       const char* action)
{
    w.exec_params("INSERT INTO consult_reads (consultation_id, device_id, facility_id, user_name, action) VALUES ($1, $2, $3, $4, $5)",
                  s8(id), s8(deviceId), facilityId, s8(user), action);
}

} // namespace bhu::registry

namespace bhu::registry {

QStringList consultsToEscalate(pqxx::work& w, int minutes, long long facilityId, const QString& specialty)
{
    const std::string sql = std::string("SELECT r.id::text FROM resources r WHERE r.type = 'CommunicationRequest' AND NOT r.deleted "
                                        "AND r.content->>'priority' = 'urgent' AND r.updated_at <= now() - make_interval(mins => $1) "
                                        "AND ($2 = 0 OR r.facility_id = $2) AND ($3 = '' OR r.") + kSpecialtyOf + " = $3) "
                            "AND NOT EXISTS (SELECT 1 FROM consult_escalations e WHERE e.consultation_id = r.id) " + kUnanswered +
                            "ORDER BY r.updated_at LIMIT 100";
    QStringList ids;
    for (const auto& row : w.exec_params(sql, minutes, facilityId, s8(specialty))) ids << QString::fromStdString(row[0].as<std::string>());
    return ids;
}

bool escalateConsult(pqxx::work& w, const QString& id)
{
    // Once only (the primary key), and not when it was answered meanwhile.
    if (w.exec_params("INSERT INTO consult_escalations (consultation_id, released_device) "
                      "SELECT $1::uuid, (SELECT device_id FROM consult_claims WHERE consultation_id = $1::uuid) "
                      "ON CONFLICT DO NOTHING RETURNING 1",
                      s8(id))
            .empty())
        return false;
    auto current = loadCurrent(w, QStringLiteral("CommunicationRequest"), id);
    if (!current || current->deleted) return false;
    // Hand-over: the claim (if any) is released; the request is back in the pool of every
    // granted specialist of the specialty.
    w.exec_params("DELETE FROM consult_claims WHERE consultation_id = $1::uuid", s8(id));
    // A new version with the `escalated` extension for the requesting BHU's feed. The client
    // version stays (the clinic marks its copy escalated; a request is never re-sent changed).
    QJsonObject content = current->content;
    QJsonArray ext = content.value(u"extension").toArray();
    ext.append(QJsonObject{{QStringLiteral("url"), extensionUrl(u"escalated")}, {QStringLiteral("valueBoolean"), true}});
    content.insert(QStringLiteral("extension"), ext);
    const int version = current->version + 1;
    QJsonObject meta = content.value(u"meta").toObject();
    meta.insert(QStringLiteral("versionId"), QString::number(version));
    meta.insert(QStringLiteral("lastUpdated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    content.insert(QStringLiteral("meta"), meta);
    const auto origin = w.exec_params1("SELECT origin_device::text FROM resources WHERE type = 'CommunicationRequest' AND id = $1::uuid",
                                       s8(id));
    lockChangeFeed(w);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(jsonText(content)), QCryptographicHash::Sha256).toHex());
    NewVersion v{QStringLiteral("CommunicationRequest"), id, current->patientId, current->facilityId,
                 QString::fromStdString(origin[0].as<std::string>()), version, 0, content, hash,
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")}}, false};
    appendVersion(w, v);
    w.exec_params("INSERT INTO consult_reads (consultation_id, action) VALUES ($1, 'escalate')", s8(id));
    return true;
}

} // namespace bhu::registry

namespace bhu::registry {

bool setConsultRoute(pqxx::work& w, const QString& specialty, const QString& facilityCode, bool add)
{
    const auto f = w.exec_params("SELECT id FROM facilities WHERE code = $1", s8(facilityCode));
    if (f.empty()) return false;
    if (add)
        w.exec_params("INSERT INTO consultation_routes (specialty, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", s8(specialty),
                      f[0][0].as<long long>());
    else
        w.exec_params("DELETE FROM consultation_routes WHERE specialty = $1 AND facility_id = $2", s8(specialty), f[0][0].as<long long>());
    return true;
}

QList<QPair<QString, QString>> consultRoutes(pqxx::work& w, const QString& specialty)
{
    QList<QPair<QString, QString>> out;
    for (const auto& row : w.exec_params("SELECT r.specialty, f.code FROM consultation_routes r JOIN facilities f ON f.id = r.facility_id "
                                         "WHERE $1 = '' OR r.specialty = $1 ORDER BY r.specialty, f.code",
                                         s8(specialty)))
        out.append({QString::fromStdString(row[0].as<std::string>()), QString::fromStdString(row[1].as<std::string>())});
    return out;
}

} // namespace bhu::registry
