#pragma once
// The record version on the wire (docs/sync-protocol.md): every resource carries
// meta.extension[client-version] (FhirConfig::clientVersionUrl) = valueInteger, the clinic's own
// version counter of the record (Visit.version, ClinicalFact.version). The clinical mappings
// write it; readers take it back (absent → 1).
#include "bhu/fhir/FhirConfig.h"

#include <QJsonObject>
#include <optional>

namespace bhu::fhir {

// Sets (or replaces: never duplicates) meta.extension[client-version]; other meta is kept.
void setClientVersion(QJsonObject& resource, int version, const FhirConfig& cfg = {});
// The value, if the resource carries one as an integer.
std::optional<int> clientVersion(const QJsonObject& resource, const FhirConfig& cfg = {});

} // namespace bhu::fhir
