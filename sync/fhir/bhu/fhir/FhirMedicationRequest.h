#pragma once
// Prescription ⇄ FHIR R4 MedicationRequest.
//
// To FHIR (prescriptionToFhir):
//  - status active, intent order; subject, encounter, authoredOn = recordedAt,
//    requester.display = recordedBy
//  - medicationCodeableConcept: text "Paracetamol 500 mg tablet", coding in our medicine code
//    system (reference/medicines.csv) when the medicine is from the list; the parts of the text
//    in our extensions `medicine-name`, `medicine-strength`, `medicine-form` (valueString) on
//    the concept, so the clinic can rebuild them
//  - dosageInstruction[0]: text "1 tablet TDS for 3 days — after meals"; our extension `dose`
//    (valueString, the dose per administration as typed: "1 tablet", "5 mL" — no numeric
//    doseQuantity is guessed); timing.code.text = the frequency code and, for a known code
//    (DoseFrequency.h), timing.repeat frequency / period / periodUnit, boundsDuration = the
//    course in days, when = HS at bedtime; SOS → asNeededBoolean true; STAT →
//    timing.repeat.count 1; patientInstruction = instructions
//  - dispenseRequest: quantity (value = quantityDispensed, unit = the form),
//    expectedSupplyDuration = the course in days
//  - a correction carries the `amends` and `amend-reason` extensions
//  - meta.extension[client-version] = version
//
// From FHIR (prescriptionFromFhir): the reverse; strict about shape, lenient about content,
// like patientFromFhir. Errors (Invalid, detail "fhir.medicationrequest.<what>", nothing
// returned): resourceType (resource_type), id (id), subject missing or not a Patient reference
// (subject), an encounter that is not an Encounter reference (encounter; absent is allowed),
// no medicationCodeableConcept or one without code, name and text (medication), a duration in
// a unit other than days or weeks, or not a whole number ≥ 0 (duration), a quantity that is not
// a whole number ≥ 0 (quantity), a bad authoredOn (date), a broken amends (amends), a
// client-version < 1 (version), any element of the wrong JSON type (structure).
// Lenient: without our medicine extensions the name, strength and form come from
// reference/medicines.csv for a listed code, else the name is the concept's text; the
// frequency is timing.code.text, else SOS for asNeededBoolean, STAT for repeat.count 1; the
// course is expectedSupplyDuration, else timing.repeat.boundsDuration. status and intent are
// not checked.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Prescription.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>

namespace bhu::fhir {

// "1 tablet TDS for 3 days — after meals"
QString dosageText(const Prescription& p);
QJsonObject prescriptionToFhir(const Prescription& p, const FhirConfig& cfg = {});
Result<Prescription> prescriptionFromFhir(const QJsonObject& medicationRequest, const FhirConfig& cfg = {});

} // namespace bhu::fhir
