#pragma once
// Referral ⇄ FHIR R4 ServiceRequest.
//
// To FHIR (referralToFhir):
//  - status active, intent order; category SNOMED CT 3457005 "Patient referral"
//  - code.text "Referral to <level>"; locationCode: the level in our facility-level code system
//  - priority: routine → routine, urgent → urgent, emergency → stat
//  - reasonCode.text = reason; note.text = what was done before referral
//  - performer.display = the facility name; subject, encounter, authoredOn = recordedAt,
//    requester.display = recordedBy
//  - a correction uses the standard ServiceRequest.replaces (plus `amend-reason`)
//  - meta.extension[client-version] = version
//
// From FHIR (referralFromFhir): the reverse; strict about shape, lenient about content, like
// patientFromFhir. Errors (Invalid, detail "fhir.servicerequest.<what>", nothing returned):
// resourceType (resource_type), id (id), subject missing or not a Patient reference
// (subject), an encounter that is not an Encounter reference (encounter; absent is allowed), no
// locationCode in our facility-level system or an unknown level (level), a priority that is not
// routine / urgent / asap / stat (priority), a bad authoredOn (date), a replaces that is not a
// ServiceRequest UUID reference (amends), a client-version < 1 (version), any element of the
// wrong JSON type (structure). Lenient: asap → urgent, no priority → routine; the first
// reasonCode text, note text and performer display are taken; status, intent, category and
// code are not checked.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Referral.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>

namespace bhu::fhir {

QString referralPriorityCode(ReferralUrgency u);   // "routine", "urgent", "stat"
QJsonObject referralToFhir(const Referral& r, const FhirConfig& cfg = {});
Result<Referral> referralFromFhir(const QJsonObject& serviceRequest, const FhirConfig& cfg = {});

} // namespace bhu::fhir
