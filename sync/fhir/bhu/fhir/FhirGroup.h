#pragma once
// A household of the family register ⇄ FHIR R4 Group (docs/community.md, sync/fhir/README.md
// "Community records").
//
// To FHIR (householdToFhir):
//  - type person, actual true, active true; code <codeSystemBase>group-kind#household
//  - managingEntity = the facility by identifier (<sid>/facility)
//  - extensions (ours): household-village, household-address, lhw-area, household-phone
//    (valueString), household-head (valueReference Patient), created-at (valueDateTime)
//  - quantity = the number of current members
//  - member[]: one per membership, current and ended (the history of moves): member.id = the
//    membership UUID, entity = Patient, period.start = joined, period.end = left, inactive =
//    ended; extensions household-relationship (valueCode: head, spouse, son, …), left-reason
//    (valueString), recorded-at (valueDateTime), recorded-by (valueString). Order: the current
//    head first, then the other current members, then the ended memberships, each by join
//    date — so member[0] is the patient the registry files the household under (its catchment).
//  - meta.extension[client-version] = the household's version
// The household's updatedAt is local (not sent).
//
// From FHIR (householdFromFhir): the reverse, strict about shape (Invalid, detail
// "fhir.group.<what>"): resource_type, id, code (not a household), member (entity not a
// Patient UUID, id not a UUID, unknown relationship, bad period), version, structure.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Household.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject householdToFhir(const HouseholdRecord& h, const FhirConfig& cfg = {});
Result<HouseholdRecord> householdFromFhir(const QJsonObject& group, const FhirConfig& cfg = {});

// Members in the order of the Group (see above).
QList<HouseholdMember> groupMemberOrder(const HouseholdRecord& h);

} // namespace bhu::fhir
