#pragma once
// One entry of the clinic's hash-chained audit trail, its hash, and its wire form for audit
// sync (docs/sync-protocol.md, "Audit trail"). Shared by the clinic (db::AuditLog, sync) and
// the registry (which re-checks every chain it receives), so both compute the same hash.
// Patient identity is only ever an id (patientId, entityId); names never enter an entry.
#include <QJsonObject>
#include <QString>
#include <optional>

namespace bhu {

struct AuditRecord {
    qint64 seq = 0;
    QString id, at, userId, username, action, entityType, entityId, patientId, source, details, prevHash, hash;
};

// prevHash of entry 1.
inline const QString kAuditGenesis = QString(64, u'0');

// SHA-256 (hex) over prevHash, seq and every field, each length-prefixed so that moving text
// between fields changes the hash. Excludes `hash` itself.
QString auditHash(const AuditRecord& e);

// The entry as one `entry` parameter of `$audit-append` (a Parameters `part` list; empty
// fields are left out, as FHIR forbids empty strings), and back. nullopt: not an entry
// (seq missing or below 1, a hash that is not 64 hex digits).
QJsonObject auditEntryToParameter(const AuditRecord& e);
std::optional<AuditRecord> auditEntryFromParameter(const QJsonObject& parameter);

} // namespace bhu
