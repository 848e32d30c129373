#pragma once
// A pregnancy ⇄ FHIR R4 EpisodeOfCare (docs/community.md, sync/fhir/README.md "Community
// records").
//
// To FHIR (pregnancyToFhir):
//  - status active while ongoing, finished once the outcome is recorded
//  - type[0]: SNOMED CT 77386006 "Pregnancy" and <codeSystemBase>episode-type#pregnancy
//  - patient; managingOrganization = the facility by identifier (<sid>/facility)
//  - period.start = the day registered, period.end = the outcome date
//  - extensions (ours): lmp, edd (valueDate), gravida, para (valueInteger), registered-by
//    (valueString), pregnancy-outcome (valueCode: live-birth, stillbirth, miscarriage; absent
//    while ongoing), delivery-place (valueCode: home, bhu, rhc, …), delivery-attendant
//    (valueString)
//  - meta.extension[client-version] = the pregnancy's version (the outcome makes version 2)
// The local updatedAt is not sent.
//
// From FHIR (pregnancyFromFhir): the reverse, strict about shape (Invalid, detail
// "fhir.episodeofcare.<what>"): resource_type, id, patient, type (not a pregnancy), status,
// outcome (unknown code), date, version, structure.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Maternal.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject pregnancyToFhir(const Pregnancy& p, const FhirConfig& cfg = {});
Result<Pregnancy> pregnancyFromFhir(const QJsonObject& episode, const FhirConfig& cfg = {});

} // namespace bhu::fhir
