#pragma once
// Diagnosis → FHIR R4 Condition.
//  - category encounter-diagnosis; clinicalStatus active
//  - verificationStatus provisional / confirmed (condition-ver-status)
//  - code: ICD-10 (system http://hl7.org/fhir/sid/icd-10, display) and text = display;
//    an uncoded diagnosis has code.text only
//  - subject, encounter, recordedDate = recordedAt, recorder.display = recordedBy
//  - a correction carries the `amends` and `amend-reason` extensions
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Diagnosis.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject diagnosisToFhir(const Diagnosis& d, const FhirConfig& cfg = {});

} // namespace bhu::fhir
