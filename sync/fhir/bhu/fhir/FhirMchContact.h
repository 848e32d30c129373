#pragma once
// An antenatal, postnatal or family-planning contact ⇄ FHIR R4 Encounter (docs/community.md,
// sync/fhir/README.md "Community records"). One contact is one append-only Encounter that
// carries its measurements itself, so it maps back one to one (a later export may add
// Observations; the clinic does not need them to rebuild the contact).
//
// To FHIR (mchContactToFhir):
//  - status finished; class v3-ActCode AMB
//  - type[0]: <codeSystemBase>mch-contact#anc | pnc | fp, text "ANC-2" / "PNC-1" / "FP"
//  - subject = Patient; episodeOfCare[0] = the pregnancy (ANC, PNC); partOf = the visit
//    (a home visit or OPD Encounter) when recorded in one
//  - period.start = period.end = the day of the contact; serviceProvider = the facility
//  - extensions (ours): contact-number (valueInteger, ANC/PNC), bp-systolic, bp-diastolic
//    (valueQuantity mm[Hg]), body-weight (kg), haemoglobin (g/dL), danger-sign (valueCode, one
//    per sign), fp-method (valueCode), fp-new-acceptor (valueBoolean), referred (valueBoolean),
//    note (valueString), recorded-at (valueDateTime), recorded-by (valueString); amends +
//    amend-reason for a correction
//  - meta.extension[client-version] = version
//
// From FHIR (mchContactFromFhir): the reverse, strict about shape (Invalid, detail
// "fhir.encounter.<what>"): resource_type, id, subject, kind (no mch-contact type), date,
// episode, amends, version, structure. isMchContactEncounter tells a contact from a visit.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Maternal.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject mchContactToFhir(const MchContact& c, const FhirConfig& cfg = {});
Result<MchContact> mchContactFromFhir(const QJsonObject& encounter, const FhirConfig& cfg = {});

// An Encounter whose type has a coding of <codeSystemBase>mch-contact.
bool isMchContactEncounter(const QJsonObject& encounter, const FhirConfig& cfg = {});

} // namespace bhu::fhir
