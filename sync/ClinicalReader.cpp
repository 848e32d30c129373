#include "bhu/sync/ClinicalReader.h"

namespace bhu::sync {

Result<std::optional<db::PulledClinical>> readClinical(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg)
{
    Q_UNUSED(resource);
    Q_UNUSED(etagVersion);
    Q_UNUSED(cfg);
    // Wired to the reverse mappings (visitFromFhir, …) when the fhir-reverse branch lands.
    return std::optional<db::PulledClinical>();
}

} // namespace bhu::sync
