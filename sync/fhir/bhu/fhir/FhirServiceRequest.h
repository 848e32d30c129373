#pragma once
// Referral → FHIR R4 ServiceRequest.
//  - status active, intent order; category SNOMED CT 3457005 "Patient referral"
//  - code.text "Referral to <level>"; locationCode: the level in our facility-level code system
//  - priority: routine → routine, urgent → urgent, emergency → stat
//  - reasonCode.text = reason; note.text = what was done before referral
//  - performer.display = the facility name; subject, encounter, authoredOn = recordedAt,
//    requester.display = recordedBy
//  - a correction uses the standard ServiceRequest.replaces (plus `amend-reason`)
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Referral.h"

#include <QJsonObject>

namespace bhu::fhir {

QString referralPriorityCode(ReferralUrgency u);   // "routine", "urgent", "stat"
QJsonObject referralToFhir(const Referral& r, const FhirConfig& cfg = {});

} // namespace bhu::fhir
