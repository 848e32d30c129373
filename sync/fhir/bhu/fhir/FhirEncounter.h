#pragma once
// Visit ⇄ FHIR R4 Encounter.
//
// To FHIR (visitToFhir):
//  - id = Visit.id; status: waiting → arrived, in-consultation → in-progress, closed → finished
//  - class: v3-ActCode AMB (OPD) / HH (LHW home visit) / VR (teleconsultation)
//  - subject = the Patient; period.start/end = startedAt/closedAt (UTC)
//  - reasonCode: one concept per quick-pick complaint (our complaint code system, display from
//    reference/complaints.csv when known) and one with text = the chief complaint as typed
//  - serviceProvider: the facility by identifier (FhirConfig::facilitySystem)
//  - participant: the signing clinician (type ATND, individual.display = user name)
//  - our extensions, because the clinic needs them to rebuild the visit and no standard
//    Encounter element fits: `token-number` (valueInteger, the day's queue number, only when
//    > 0), `advice` (valueString), `follow-up-date` (valueDate). (A CarePlan / Appointment
//    mapping may carry advice and follow-up later; the extensions stay the clinic's source.)
//  - a correction (amendsId) carries the `amends` and `amend-reason` extensions
//  - a logged teleconsultation call (class VR, docs/telemedicine.md "Live call"): partOf = the
//    BHU visit the consultation was asked from (Visit.partOfId)
//  - meta.extension[client-version] = Visit.version (FhirMeta.h)
//
// From FHIR (visitFromFhir): the reverse; strict about shape, lenient about content, like
// patientFromFhir. Errors (Invalid, detail "fhir.encounter.<what>", nothing returned):
// resourceType not Encounter (resource_type), id missing or not a UUID (id), status missing or
// not one we can map (status), class missing or not AMB / HH / VR (class), subject missing or
// not a Patient UUID reference (subject), a period or follow-up date that is not a FHIR
// date(Time) (date), a broken amends reference (amends), a client-version < 1 (version), and
// any element of the wrong JSON type (structure).
// Status: planned / arrived / triaged → waiting; in-progress / onleave → in-consultation;
// finished → closed; entered-in-error → closed too (only a signed, closed visit is ever
// superseded by a correction); cancelled and unknown are refused.
// reasonCode: a concept with a coding in our complaint system gives a complaint code (in
// order); the first other concept with text is the chief complaint. The participant is the
// ATND one, else the first with individual.display. Foreign codings, identifiers and
// extensions are ignored.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Result.h"
#include "bhu/domain/Visit.h"

#include <QJsonObject>

namespace bhu::fhir {

QString encounterStatusCode(VisitStatus s);   // "arrived", "in-progress", "finished"
QJsonObject visitToFhir(const Visit& v, const FhirConfig& cfg = {});
Result<Visit> visitFromFhir(const QJsonObject& encounter, const FhirConfig& cfg = {});

} // namespace bhu::fhir
