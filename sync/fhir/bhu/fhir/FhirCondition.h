#pragma once
// Diagnosis ⇄ FHIR R4 Condition.
//
// To FHIR (diagnosisToFhir):
//  - category encounter-diagnosis; clinicalStatus active
//  - verificationStatus provisional / confirmed (condition-ver-status)
//  - code: ICD-10 (system http://hl7.org/fhir/sid/icd-10, display) and text = display;
//    an uncoded diagnosis has code.text only
//  - subject, encounter, recordedDate = recordedAt, recorder.display = recordedBy
//  - a correction carries the `amends` and `amend-reason` extensions
//  - meta.extension[client-version] = version
//
// From FHIR (diagnosisFromFhir): the reverse; strict about shape, lenient about content, like
// patientFromFhir. Errors (Invalid, detail "fhir.condition.<what>", nothing returned):
// resourceType (resource_type), id missing or not a UUID (id), subject missing or not a
// Patient UUID reference (subject), an encounter that is not an Encounter UUID reference
// (encounter; absent is allowed), a code with neither an ICD-10 coding nor text (code), a bad
// recordedDate (date), a broken amends reference (amends), a client-version < 1 (version), any
// element of the wrong JSON type (structure).
// verificationStatus confirmed → Confirmed; anything else (provisional, unconfirmed,
// differential, absent, …) → Provisional. display = code.text, else the ICD-10 display.
// clinicalStatus and category are not checked.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Diagnosis.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject diagnosisToFhir(const Diagnosis& d, const FhirConfig& cfg = {});
Result<Diagnosis> diagnosisFromFhir(const QJsonObject& condition, const FhirConfig& cfg = {});

} // namespace bhu::fhir
