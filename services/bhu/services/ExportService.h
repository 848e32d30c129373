#pragma once
// Export of the whole database as FHIR R4 NDJSON (one resource per line): every patient, then
// each patient's visits (every version) as Encounter, Observations (vital signs), Conditions,
// MedicationRequests and ServiceRequests (bhu::fhir mappings). Supervisors and admins only
// (Permission::ExportData); audited as "export" with counts only.
//
// Streamed: patients are read a batch at a time, so memory does not grow with the database.
// Corrections and the versions they amend are both exported (the `amends` extension refers
// to the older one), so every reference resolves inside the export.
// Atomic: QSaveFile writes a temporary file NEXT TO the target (same folder) and renames it
// over the target on success; on failure or refusal the target is left as it was. Patient data
// is never written anywhere else (no system temp folder).
#include "bhu/fhir/FhirConfig.h"
#include "bhu/services/Session.h"

#include <QJsonObject>

namespace bhu::services {

struct ExportSummary {
    qint64 patients = 0;
    qint64 encounters = 0;
    qint64 observations = 0;
    qint64 conditions = 0;
    qint64 medicationRequests = 0;
    qint64 serviceRequests = 0;
    qint64 resources() const { return patients + encounters + observations + conditions + medicationRequests + serviceRequests; }
    // {"Patient": n, "Encounter": n, ..., "total": n}
    QJsonObject toJson() const;
};

class ExportService {
public:
    explicit ExportService(Session& s) : m_s(s) {}
    Result<ExportSummary> exportFhirNdjson(const QString& path, const fhir::FhirConfig& cfg = {}, int batchSize = 200);

private:
    Session& m_s;
};

} // namespace bhu::services
