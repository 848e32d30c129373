#pragma once
// Prescription → FHIR R4 MedicationRequest.
//  - status active, intent order; subject, encounter, authoredOn = recordedAt,
//    requester.display = recordedBy
//  - medicationCodeableConcept: text "Paracetamol 500 mg tablet", coding in our medicine code
//    system (reference/medicines.csv) when the medicine is from the list
//  - dosageInstruction[0]: text "1 tablet TDS for 3 days — after meals"; timing.code.text =
//    the frequency code and, for a known code (DoseFrequency.h), timing.repeat frequency /
//    period / periodUnit, boundsDuration = the course in days, when = HS at bedtime; SOS →
//    asNeededBoolean true; STAT → timing.repeat.count 1; patientInstruction = instructions
//  - dispenseRequest: quantity (value = quantityDispensed, unit = the form),
//    expectedSupplyDuration = the course in days
//  - a correction carries the `amends` and `amend-reason` extensions
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Prescription.h"

#include <QJsonObject>

namespace bhu::fhir {

// "1 tablet TDS for 3 days — after meals"
QString dosageText(const Prescription& p);
QJsonObject prescriptionToFhir(const Prescription& p, const FhirConfig& cfg = {});

} // namespace bhu::fhir
