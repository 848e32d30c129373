#pragma once
// The storage side of one pushed transaction Bundle, set-based (docs/registry.md, Push): what
// the entries need (replays, current versions, catchment) is read up front in one statement
// each; the writes are collected and written at the end in one statement per table, with the
// Bundle's change sequence numbers taken as one range under the change-feed lock. Reads made
// while the entries are processed see the Bundle's own earlier writes, so the result is the
// same as applying the entries one by one. Functions may throw libpqxx exceptions
// (Db::transact catches them).
#include "bhu/registry/ResourceStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <vector>

namespace bhu::registry {

// What changes.origin_session holds for a device's sync session: a UUID made from both, so a
// session named by another device matches nothing. Empty when the session is not a UUID.
QString sessionKey(const QString& deviceId, const QString& session);

class PushBatch {
public:
    struct ResourceKey {
        QString type, id;
    };
    struct ReplayKey {
        QString type, id;
        int clientVersion = 0;
    };

    // session: the sender's push session (sync-session extension), empty when none.
    PushBatch(pqxx::work& w, long long facilityId, QString facilityCode, QString deviceId, QString session);

    // Reads what the entries will ask for. Ids must be UUIDs (others are skipped).
    void prefetch(const std::vector<ResourceKey>& resources, const std::vector<ReplayKey>& replays, const QStringList& patients);

    // The response entry given when this device first sent this client version, if it did.
    std::optional<QJsonObject> replay(const QString& type, const QString& id, int clientVersion) const;
    // The current version, or null when none is stored.
    const StoredResource* current(const QString& type, const QString& id) const;
    bool inCatchment(const QString& patientId) const;
    std::optional<QJsonObject> versionContent(const QString& type, const QString& id, int version);

    // Queues a version (and its change); returns its index for addConflict.
    int addVersion(const NewVersion& v);
    void addCatchment(const QString& patientId, const char* reason);
    void addIdentifier(const QString& system, const QString& value, const QString& patientId);
    void addConflict(int versionIndex, const QString& patientId, const QString& field, const QString& losingValue,
                     long long losingFacilityId, int serverVersion);

    // Writes everything queued. Call once, under the change-feed lock.
    void flush();

private:
    static QString key(const QString& type, const QString& id) { return type + u'/' + id; }

    pqxx::work& m_w;
    long long m_facilityId;
    QString m_facilityCode, m_deviceId, m_session;
    QHash<QString, StoredResource> m_current;          // "Type/id" → current version
    QHash<QString, QJsonObject> m_replays;             // "Type/id/clientVersion" → response
    QSet<QString> m_catchment;
    std::vector<NewVersion> m_versions;
    QJsonArray m_catchmentRows, m_identifierRows, m_conflictRows;
    std::vector<int> m_conflictVersion;                // per conflict row: index into m_versions
};

} // namespace bhu::registry
