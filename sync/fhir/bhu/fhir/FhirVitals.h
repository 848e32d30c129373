#pragma once
// VitalSigns ⇄ FHIR R4 Observations (vital-signs profile shapes), one per measurement.
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
// instead of duplicating. A v5 UUID cannot be reversed, so every Observation also carries the
// record itself in our extension `vital-signs-record` (valueUuid "urn:uuid:<VitalSigns.id>");
// a correction's Observations carry `vital-signs-amends` (valueUuid, the amended record), have
// status "amended" and the `amends` extension pointing to the same measurement of the amended
// record. subject = the Patient, encounter = the Visit, effectiveDateTime = recordedAt,
// performer.display = recordedBy, meta.extension[client-version] = the record's version.
//
// From FHIR: vitalObservationFromFhir reads ONE Observation into a VitalsPart (the record it
// belongs to and its measurement), so a puller that receives Observations one by one can
// accumulate them with mergeVitalsPart; vitalSignsFromFhir does both for the Observations of
// one record. Strict about shape, lenient about content, like patientFromFhir. Errors (Invalid,
// detail "fhir.observation.<what>", nothing returned): resourceType (resource_type), id (id),
// subject missing or not a Patient UUID reference (subject), an encounter that is not an
// Encounter UUID reference (encounter; absent is allowed), no
// `vital-signs-record` (record), a correction without `vital-signs-amends` (record), a code
// that is not one of the LOINC codes above (code), a unit other than ours (unit), a
// measurement that is not a number (structure), a bad effectiveDateTime (date), Observations
// of different records or disagreeing on the record's head (record_mismatch). Status and
// category are not checked; BMI gives no measurement (it is computed from weight and height).
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Result.h"
#include "bhu/domain/VitalSigns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace bhu::fhir {

// The Observation id of one measurement of a VitalSigns record.
QString vitalObservationId(const QString& vitalSignsId, const QString& loincCode);

// The Observations, in the order above; empty if nothing was measured.
QJsonArray vitalSignsToFhir(const VitalSigns& v, const FhirConfig& cfg = {});

// One Observation read back.
struct VitalsPart {
    QString observationId;
    QString loinc;        // the measurement's LOINC code (85354-9 for blood pressure)
    // The record it belongs to: id = the VitalSigns id, patientId, visitId, version, amendsId,
    // amendReason, recordedAt, recordedBy — and only this Observation's measurement (blood
    // pressure: systolic and/or diastolic; BMI: none).
    VitalSigns record;
    bool operator==(const VitalsPart&) const = default;
};

Result<VitalsPart> vitalObservationFromFhir(const QJsonObject& observation, const FhirConfig& cfg = {});

// Adds a part to a record being rebuilt. An empty `into` (no id) takes the part's head; after
// that the head must match (same record id, patient, visit, version, correction, time and
// author), else Invalid "fhir.observation.record_mismatch" and `into` is unchanged. A
// measurement already present is replaced (a re-sent Observation updates).
Status mergeVitalsPart(VitalSigns& into, const VitalsPart& part);

// The record from all its Observations (any order); at least one is needed.
Result<VitalSigns> vitalSignsFromFhir(const QList<QJsonObject>& observationsOfOneRecord, const FhirConfig& cfg = {});

} // namespace bhu::fhir
