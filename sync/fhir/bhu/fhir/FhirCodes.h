#pragma once
// Standard FHIR R4 / HL7 / terminology URIs used by the mappings.
#include <QString>

namespace bhu::fhir::sys {

inline const QString Loinc = QStringLiteral("http://loinc.org");
inline const QString Ucum = QStringLiteral("http://unitsofmeasure.org");
inline const QString Snomed = QStringLiteral("http://snomed.info/sct");
inline const QString Icd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
inline const QString ActCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");
inline const QString IdentifierType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
inline const QString RoleCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode");
inline const QString ParticipationType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType");
inline const QString ObservationCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
inline const QString ConditionClinical = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
inline const QString ConditionVerification = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status");
inline const QString ConditionCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category");
inline const QString DataAbsentReason = QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason");
inline const QString LanguageExtension = QStringLiteral("http://hl7.org/fhir/StructureDefinition/language");
inline const QString PrecinctExtension = QStringLiteral("http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-precinct");

} // namespace bhu::fhir::sys
