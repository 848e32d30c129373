#pragma once
// Test-side readers of the community fixture inputs (tests/fixtures/fhir/{group,episodeofcare,
// mchcontact}_*.input.json): the domain records in snake_case JSON, as the README describes.
#include "bhu/domain/Household.h"
#include "bhu/domain/Maternal.h"

#include <QJsonObject>

namespace bhu::test {

HouseholdRecord householdFromJson(const QJsonObject& o);
Pregnancy pregnancyFromJson(const QJsonObject& o);
MchContact mchContactFromJson(const QJsonObject& o);

} // namespace bhu::test
