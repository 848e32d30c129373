#pragma once
// Immunisation ⇄ FHIR R4 Immunization; the due doses → ImmunizationRecommendation (docs/community.md,
// sync/fhir/README.md "Immunization").
//
// To FHIR (immunisationToFhir):
//  - status completed, or entered-in-error for a version that withdraws a dose
//  - vaccineCode: coding {system <codeSystemBase>epi-antigen, code = antigen ("Penta")},
//    text = "Penta-1"
//  - patient, occurrenceDateTime = the date given (a FHIR date), recorded = recordedAt
//  - primarySource = not given elsewhere; given elsewhere also sets reportOrigin
//    immunization-origin#record ("Written record")
//  - lotNumber, location.display = place
//  - performer[0].actor.display = performer; performer[1].actor = the facility by identifier
//    (<sid>/facility)
//  - protocolApplied[0]: series = the schedule series ("child", "td"), doseNumberPositiveInt
//    (doseNumberString "0" for a birth dose, which FHIR's positiveInt cannot hold)
//  - extensions: recorded-by (valueString), amends + amend-reason for a correction;
//    meta.extension[client-version] = version
//
// From FHIR (immunisationFromFhir): the reverse, strict about shape (Invalid, detail
// "fhir.immunization.<what>"): resource_type, id (UUID), patient (Patient UUID reference),
// vaccine (no epi-antigen coding), dose (no dose number, or not a number), date (bad or missing
// occurrenceDateTime), status (not completed / entered-in-error), amends, version, structure.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Immunisation.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject immunisationToFhir(const Immunisation& i, const FhirConfig& cfg = {});
Result<Immunisation> immunisationFromFhir(const QJsonObject& immunization, const FhirConfig& cfg = {});

// The forecast of a card as of `date`: one recommendation per antigen that is not complete.
// forecastStatus (immunization-recommendation-status): Upcoming and Due → due, Overdue → overdue,
// PastAgeLimit → contraindicated with forecastReason text "past-age-limit" (no dates).
// dateCriterion: LOINC 30980-7 (date vaccine due) = the due date; 59777-3 (latest date to give)
// = the day before the age limit. Computed, not stored: it is exported, not synced.
QJsonObject recommendationToFhir(const QString& patientId, const QString& series, const QList<AntigenDue>& due,
                                 const QDate& date, const FhirConfig& cfg = {});

} // namespace bhu::fhir
