#pragma once
// Visit → FHIR R4 Encounter.
//  - id = Visit.id; status: waiting → arrived, in-consultation → in-progress, closed → finished
//  - class: v3-ActCode AMB (OPD) / HH (LHW home visit) / VR (teleconsultation)
//  - subject = the Patient; period.start/end = startedAt/closedAt (UTC)
//  - reasonCode: one concept per quick-pick complaint (our complaint code system, display from
//    reference/complaints.csv when known) and one with text = the chief complaint as typed
//  - serviceProvider: the facility by identifier (FhirConfig::facilitySystem)
//  - participant: the signing clinician (type ATND, individual.display = user name)
//  - a correction (amendsId) carries the `amends` and `amend-reason` extensions
// Not mapped yet: token number (a local queue number), advice and follow-up date (they belong
// to a CarePlan / Appointment mapping, not to the Encounter).
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Visit.h"

#include <QJsonObject>

namespace bhu::fhir {

QString encounterStatusCode(VisitStatus s);   // "arrived", "in-progress", "finished"
QJsonObject visitToFhir(const Visit& v, const FhirConfig& cfg = {});

} // namespace bhu::fhir
