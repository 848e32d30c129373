#include "bhu/registry/PatientLinks.h"

#include "bhu/registry/Catchment.h"
#include "bhu/registry/EntryParse.h"
#include "bhu/registry/Reply.h"
#include "bhu/registry/ResourceStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace bhu::registry {

namespace {
const QString kPatient = QStringLiteral("Patient");

MergeResult refused(int status, const QString& why)
{
    MergeResult r;
    r.status = status;
    r.error = why;
    return r;
}

// A new version of a Patient written by the registry itself: the stored demographics with the
// links the merges give it now, no origin device, client version 0.
void writeLinkedVersion(pqxx::work& w, const StoredResource& cur)
{
    auto p = fhir::patientFromFhir(cur.content);
    if (!p.ok()) throw std::runtime_error("stored patient unreadable");
    QJsonObject content = fhir::patientToFhir(p.value(), {}, linksOf(w, cur.id));
    const int version = cur.version + 1;
    content.insert(QStringLiteral("meta"),
                   QJsonObject{{QStringLiteral("versionId"), QString::number(version)},
                               {QStringLiteral("lastUpdated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("source"), QStringLiteral("urn:bhu:registry")}});
    const QJsonObject response{{QStringLiteral("response"),
                                QJsonObject{{QStringLiteral("status"), statusLine(200)},
                                            {QStringLiteral("location"), QStringLiteral("Patient/%1/_history/%2").arg(cur.id).arg(version)},
                                            {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(version)}}}};
    const std::string text = jsonText(content), hash = s8(contentHash(content));
    w.exec_params("UPDATE resources SET server_version = $1, client_version = 0, origin_device = NULL, content = $2::jsonb,"
                  " content_sha256 = $3, updated_at = now() WHERE type = 'Patient' AND id = $4",
                  version, text, hash, s8(cur.id));
    w.exec_params("INSERT INTO resource_versions (type, id, server_version, client_version, origin_device, facility_id,"
                  " patient_id, content, content_sha256, response) VALUES ('Patient', $1, $2, 0, NULL, $3, $1, $4::jsonb, $5, $6::jsonb)",
                  s8(cur.id), version, cur.facilityId, text, hash, jsonText(response));
    appendChange(w, kPatient, cur.id, version, cur.id, 0);
}

// Every facility holding either patient gets both; a facility that did not hold a patient gets
// that patient's clinical records queued in its feed (its new Patient version is broadcast).
void uniteCatchments(pqxx::work& w, const QString& a, const QString& b, long long mergeId)
{
    const auto rows = w.exec_params("SELECT DISTINCT facility_id FROM catchment WHERE patient_id IN ($1, $2)", s8(a), s8(b));
    for (const auto& row : rows) {
        const long long facility = row[0].as<long long>();
        for (const QString& pid : {a, b}) {
            if (!addToCatchment(w, facility, pid, "merge", mergeId)) continue;
            for (const StoredResource& r : loadPatientResources(w, pid))
                if (r.type != kPatient) appendChange(w, r.type, r.id, r.version, pid, facility);
        }
    }
}
} // namespace

std::optional<QString> liveMergedOf(pqxx::work& w, long long mergeId)
{
    auto rows = w.exec_params("SELECT merged_id::text FROM patient_merges WHERE id = $1 AND unmerged_at IS NULL", mergeId);
    if (rows.empty()) return std::nullopt;
    return q8(rows[0][0].as<std::string>());
}

std::optional<QString> survivorOf(pqxx::work& w, const QString& patientId)
{
    auto rows = w.exec_params("SELECT survivor_id::text FROM patient_merges WHERE merged_id = $1 AND unmerged_at IS NULL",
                              s8(patientId));
    if (rows.empty()) return std::nullopt;
    return q8(rows[0][0].as<std::string>());
}

QStringList mergedInto(pqxx::work& w, const QString& survivorId)
{
    QStringList out;
    for (const auto& row : w.exec_params("SELECT merged_id::text FROM patient_merges WHERE survivor_id = $1 AND unmerged_at IS NULL"
                                         " ORDER BY id",
                                         s8(survivorId)))
        out << q8(row[0].as<std::string>());
    return out;
}

QList<fhir::PatientLink> linksOf(pqxx::work& w, const QString& patientId)
{
    QList<fhir::PatientLink> out;
    if (auto s = survivorOf(w, patientId)) out.append(fhir::PatientLink{fhir::PatientLink::Type::ReplacedBy, *s});
    for (const QString& m : mergedInto(w, patientId)) out.append(fhir::PatientLink{fhir::PatientLink::Type::Replaces, m});
    return out;
}

std::optional<QString> patientByMr(pqxx::work& w, const QString& mr)
{
    auto rows = w.exec_params("SELECT patient_id::text FROM identifiers WHERE value = $1 AND system IN"
                              " ('https://fhir.bhu.gov.pk/sid/mr', 'https://fhir.bhu.gov.pk/sid/mr-provisional',"
                              "  'https://fhir.bhu.gov.pk/sid/mr-retired') ORDER BY system LIMIT 1",
                              s8(mr));
    if (rows.empty()) return std::nullopt;
    return q8(rows[0][0].as<std::string>());
}

void auditMpi(pqxx::work& w, const QString& action, const MergeActor& who, const QString& survivorId, const QString& mergedId,
              long long reviewId, long long mergeId)
{
    w.exec_params("INSERT INTO mpi_audit (action, actor, device_id, facility_id, survivor_id, merged_id, review_id, merge_id)"
                  " VALUES ($1, $2, NULLIF($3, '')::uuid, NULLIF($4, 0), NULLIF($5, '')::uuid, NULLIF($6, '')::uuid,"
                  " NULLIF($7, 0), NULLIF($8, 0))",
                  s8(action), s8(who.name), s8(who.deviceId), who.facilityId, s8(survivorId), s8(mergedId), reviewId, mergeId);
}

MergeResult mergePatients(pqxx::work& w, const MergeRequest& r, const MergeActor& who)
{
    if (!isUuid(r.survivorId) || !isUuid(r.mergedId)) return refused(404, QStringLiteral("No such patient."));
    if (r.survivorId == r.mergedId) return refused(409, QStringLiteral("A patient cannot be merged into itself."));
    lockChangeFeed(w);
    const auto survivor = loadCurrent(w, kPatient, r.survivorId);
    const auto merged = loadCurrent(w, kPatient, r.mergedId);
    if (!survivor || !merged) return refused(404, QStringLiteral("No such patient."));
    if (survivorOf(w, r.survivorId) || survivorOf(w, r.mergedId))
        return refused(409, QStringLiteral("One of the patients is already merged into another record; unmerge it first."));
    if (!mergedInto(w, r.mergedId).isEmpty())
        return refused(409, QStringLiteral("The record to merge away is itself the survivor of earlier merges; unmerge those first."));
    MergeResult out;
    out.survivorId = r.survivorId;
    out.mergedId = r.mergedId;
    out.mergeId = w.exec_params1("INSERT INTO patient_merges (survivor_id, merged_id, source, review_id, merged_by)"
                                 " VALUES ($1, $2, $3, NULLIF($4, 0), $5) RETURNING id",
                                 s8(r.survivorId), s8(r.mergedId), s8(r.source), r.reviewId, s8(who.name))[0]
                      .as<long long>();
    writeLinkedVersion(w, *survivor);   // the survivor first: a clinic applying the merged one then holds it
    writeLinkedVersion(w, *merged);
    uniteCatchments(w, r.survivorId, r.mergedId, out.mergeId);
    auditMpi(w, QStringLiteral("merge"), who, r.survivorId, r.mergedId, r.reviewId, out.mergeId);
    return out;
}

MergeResult unmergePatient(pqxx::work& w, const QString& mergedId, const MergeActor& who)
{
    if (!isUuid(mergedId)) return refused(404, QStringLiteral("No such patient."));
    lockChangeFeed(w);
    auto rows = w.exec_params("UPDATE patient_merges SET unmerged_at = now(), unmerged_by = $2"
                              " WHERE merged_id = $1 AND unmerged_at IS NULL RETURNING id, survivor_id::text, coalesce(review_id, 0)",
                              s8(mergedId), s8(who.name));
    if (rows.empty()) return refused(409, QStringLiteral("This patient is not merged into another record."));
    MergeResult out;
    out.mergeId = rows[0][0].as<long long>();
    out.survivorId = q8(rows[0][1].as<std::string>());
    out.mergedId = mergedId;
    const long long reviewId = rows[0][2].as<long long>();
    for (const QString& id : {out.survivorId, mergedId})
        if (const auto cur = loadCurrent(w, kPatient, id)) writeLinkedVersion(w, *cur);
    narrowCatchmentsAfterUnmerge(w, out.mergeId);   // after the versions it sends (docs/matching.md)
    auditMpi(w, QStringLiteral("unmerge"), who, out.survivorId, mergedId, reviewId, out.mergeId);
    return out;
}

} // namespace bhu::registry
