#pragma once
// Validation of a pushed transaction Bundle that needs no database: the Bundle's shape (a bad
// shape refuses the whole Bundle with 400) and each entry's resource (a bad entry gets its own
// 4xx outcome; the others go on).
#include "bhu/domain/Patient.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/Reply.h"

#include <QJsonArray>
#include <optional>
#include <variant>

namespace bhu::registry {

struct ParsedEntry {
    QString type, id;
    QJsonObject resource;
    int clientVersion = 0;
    std::optional<int> ifMatch;          // Patient: the server version the edit is based on
    QString subjectId;                   // the patient the resource belongs to (itself for a Patient)
    QString encounterId;                 // clinical records of an Encounter
    std::optional<Patient> patient;      // a Patient, read into the domain
    QList<fhir::PatientLink> links;
    std::optional<Reply> error;          // set: this entry is refused with this status/outcome
    bool tombstone = false;              // DELETE Type/id: no resource, no client version
};

// The entries of a transaction Bundle, or the 400/413 reply refusing it whole. `session`, when
// given, receives the Bundle's sync-session (meta extension; empty when none or not a UUID).
std::variant<QJsonArray, Reply> parseTransactionBundle(const QByteArray& body, int maxEntries, QString* session = nullptr);
ParsedEntry parseEntry(const QJsonObject& entry);

bool isUuid(const QString& s);
// meta.extension[client-version] of a resource (nullopt: absent or not a positive integer).
std::optional<int> clientVersionOf(const QJsonObject& resource);
// Community records that change after they are recorded (a household's members, a pregnancy's
// outcome): Group and EpisodeOfCare get new versions; the other clinical types are append-only.
bool isVersionedClinicalType(QStringView type);
// SHA-256 of the resource without `meta` (what the client sent, not our bookkeeping).
QString contentHash(const QJsonObject& resource);
inline const QString kSyncSessionUrl = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/sync-session");
inline const QString kClientVersionUrl = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/client-version");

} // namespace bhu::registry
