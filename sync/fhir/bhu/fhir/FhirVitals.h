#pragma once
// VitalSigns → FHIR R4 Observations (vital-signs profile shapes), one per measurement.
//
// LOINC codes (domain.md) and UCUM units:
//   blood pressure panel 85354-9 with components systolic 8480-6 and diastolic 8462-4 (mm[Hg]);
//     a missing side gets dataAbsentReason "not-performed", as the vital-signs profile requires
//   weight 29463-7 (kg) · height 8302-2 (cm) · temperature 8310-5 (Cel) · heart rate 8867-4
//   (/min) · respiratory rate 9279-1 (/min) · BMI 39156-5 (kg/m2, computed, derivedFrom the
//   weight and height) · MUAC 56072-2 (cm; verify) · SpO2 59408-5 plus 2708-6, which the R4
//   vital-signs profile for oxygen saturation requires (%)
//   blood glucose 41653-7 "Glucose in capillary blood by glucometer" (mg/dL), category
//   laboratory — NOT in domain.md: verify before the registry relies on it.
//
// Ids: one VitalSigns record gives several Observations, so each id is a name-based UUID
// (version 5) of the record's UUID and the LOINC code: stable, so a re-sent record updates
// instead of duplicating. A correction's Observations have status "amended" and the `amends`
// extension pointing to the same measurement of the amended record.
// effectiveDateTime = recordedAt; performer.display = recordedBy.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/VitalSigns.h"

#include <QJsonArray>

namespace bhu::fhir {

// The Observation id of one measurement of a VitalSigns record.
QString vitalObservationId(const QString& vitalSignsId, const QString& loincCode);

// The Observations, in the order above; empty if nothing was measured.
QJsonArray vitalSignsToFhir(const VitalSigns& v, const FhirConfig& cfg = {});

} // namespace bhu::fhir
