#pragma once
// Pulled clinical resources (Encounter, Observation, Condition, MedicationRequest,
// ServiceRequest, Immunization) → domain records for SyncApply. The FHIR → domain mappings come from
// bhu::fhir (the reverse mappings); a type without one is deferred (std::nullopt): counted in
// the report, not stored, and picked up by a later full resync.
#include "bhu/db/SyncTypes.h"
#include "bhu/domain/Result.h"
#include "bhu/fhir/FhirConfig.h"

#include <QJsonObject>
#include <optional>

namespace bhu::sync {

Result<std::optional<db::PulledClinical>> readClinical(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg = {});

} // namespace bhu::sync
