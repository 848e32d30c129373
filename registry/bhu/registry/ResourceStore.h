#pragma once
// SQL over resources, resource_versions and changes. Functions take the caller's transaction
// and may throw libpqxx exceptions (Db::transact catches them).
#include "bhu/registry/Db.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace bhu::registry {

struct StoredResource {
    QString type, id, patientId;
    long long facilityId = 0;   // facility of the last writer
    QString facilityCode;
    int version = 0;
    QString contentSha256;
    QJsonObject content;        // with meta (versionId, lastUpdated, …)
    bool deleted = false;       // the current version is a tombstone
};

std::optional<StoredResource> loadCurrent(pqxx::work& w, const QString& type, const QString& id);
std::optional<QJsonObject> loadVersionContent(pqxx::work& w, const QString& type, const QString& id, int version);

// A row of (type, id, patient_id, facility_id, facility code, version, content_sha256, content
// [, deleted]).
StoredResource storedResourceFromRow(const pqxx::row& r);

// Serialises writers of the change feed (transaction-level advisory lock): sequence numbers are
// taken under it, so seq order is commit order. Call before appendVersion / appendChange.
void lockChangeFeed(pqxx::work& w);

struct NewVersion {
    QString type, id, patientId;
    long long facilityId = 0;
    QString deviceId;
    int version = 0;
    int clientVersion = 0;
    QJsonObject content;
    QString contentSha256;
    QJsonObject response;   // the response entry, replayed verbatim
    bool deleted = false;   // a tombstone (docs/sync-protocol.md, "Tombstones")
};
// Writes the version (resources, resource_versions) and its change; returns the sequence. A push
// writes through PushBatch instead (set-based, one range of sequence numbers per Bundle).
long long appendVersion(pqxx::work& w, const NewVersion& v);
// A change row; facilityId 0 = visible to every facility whose catchment holds the patient.
long long appendChange(pqxx::work& w, const QString& type, const QString& id, int version, const QString& patientId,
                       long long facilityId);

// Current resources of a patient: the Patient first, then the others in the order received.
std::vector<StoredResource> loadPatientResources(pqxx::work& w, const QString& patientId);

} // namespace bhu::registry
