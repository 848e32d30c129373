#pragma once
// Any resource we exchange, read back: dispatches on resourceType to patientFromFhir,
// visitFromFhir, vitalObservationFromFhir, diagnosisFromFhir, prescriptionFromFhir or
// referralFromFhir or immunisationFromFhir, householdFromFhir (Group), pregnancyFromFhir
// (EpisodeOfCare) or mchContactFromFhir (an Encounter typed mch-contact) (a puller reading a history Bundle entry by entry). Another resourceType →
// Invalid, detail "fhir.resource_type"; the readers' own errors pass through unchanged.
#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirEpisodeOfCare.h"
#include "bhu/fhir/FhirGroup.h"
#include "bhu/fhir/FhirImmunization.h"
#include "bhu/fhir/FhirMchContact.h"
#include "bhu/fhir/FhirMedicationRequest.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/fhir/FhirServiceRequest.h"
#include "bhu/fhir/FhirVitals.h"

#include <variant>

namespace bhu::fhir {

struct ParsedResource {
    std::variant<Patient, Visit, VitalsPart, Diagnosis, Prescription, Referral, Immunisation, HouseholdRecord, Pregnancy, MchContact> value;
    QList<PatientLink> patientLinks;   // Patient.link (a Patient only)

    // "Patient", "Encounter", "Observation", "Condition", "MedicationRequest", "ServiceRequest",
    // "Immunization", "Group", "EpisodeOfCare", "Encounter" (an MCH contact).
    QString resourceType() const;
    template <typename T>
    const T* get() const { return std::get_if<T>(&value); }
};

Result<ParsedResource> resourceFromFhir(const QJsonObject& resource, const FhirConfig& cfg = {});

} // namespace bhu::fhir
