#pragma once
// Teleconsultation ⇄ FHIR R4 (docs/telemedicine.md, "FHIR").
//
// Request → CommunicationRequest (consultationRequestToFhir):
//  - id; meta.extension[client-version] = version; status active, or completed once answered
//  - category: the specialty in our code system `consultation-specialty` (English display)
//  - priority routine | urgent; subject Patient; encounter = the BHU visit (Encounter AMB)
//  - payload[0].contentString = the question, payload[1].contentString = the case summary; each
//    payload element carries extension `consultation-part` (valueCode question | case-summary)
//  - authoredOn = requestedAt; requester.display = the requesting user; sender = the BHU
//    (identifier in the facility system)
//  - recipient = the assigned specialist's hospital (identifier) with the specialist's user name
//    as display, once claimed; extension `consultation-status` (valueCode sent | claimed |
//    followup | answered), `escalated` (valueBoolean, only when true)
//
// Message → Communication (consultationMessageToFhir):
//  - id; status completed; category `consultation-message` answer | question | reply
//  - basedOn = CommunicationRequest; subject Patient; sent = sentAt
//  - sender = the author's facility (identifier) with the author's name as display (our
//    extension `author` holds the user name)
//  - payload[0] = text (assessment for an answer); an answer adds payload elements advice and
//    treatment (extension `consultation-part`), reasonCode = the suggested diagnosis (ICD-10
//    coding when coded, text always) and extension `consultation-disposition` (valueCode
//    manage-at-bhu | refer | urgent-referral); the specialist's phone for a live call, when
//    given, in extension `author-phone` (valueContactPoint {system phone, value, use work})
//
// Photo → Communication with an attachment (consultationPhotoToFhir): id = the photo's id,
// category `consultation-message` attachment, basedOn the request, payload[0].contentAttachment
// {contentType, url "Binary/<id>", size, title = caption, creation} and extensions
// `sha256` (valueString, hex) and `image-size` ("<w>x<h>"). The bytes travel as the Binary
// <id> by the chunked upload (docs/sync-protocol.md, "Photos").
//
// Teleconsultation encounter (consultationEncounterToFhir): Encounter class VR, status finished,
// id = the answer's id, subject, partOf = the BHU visit, period.start = claimedAt (or the answer
// time), period.end = answer time, serviceProvider = the specialist's hospital, participant =
// the specialist (display), reasonReference … not used; basedOn is not in R4 Encounter, so the
// request is named by extension `consultation` (valueReference CommunicationRequest).
//
// From FHIR: the reverse of the first three, strict about shape (Invalid, detail
// "fhir.communicationrequest.<what>" / "fhir.communication.<what>": resource_type, id, subject,
// based_on, payload, date, structure), lenient about content.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Consultation.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>

namespace bhu::fhir {

QJsonObject consultationRequestToFhir(const ConsultationRequest& r, const FhirConfig& cfg = {});
QJsonObject consultationMessageToFhir(const ConsultationMessage& m, const FhirConfig& cfg = {});
QJsonObject consultationPhotoToFhir(const ConsultationPhoto& p, const QString& patientId, const FhirConfig& cfg = {});
QJsonObject consultationEncounterToFhir(const ConsultationRequest& r, const ConsultationMessage& answer, const FhirConfig& cfg = {});

Result<ConsultationRequest> consultationRequestFromFhir(const QJsonObject& o, const FhirConfig& cfg = {});
// A Communication is a message or a photo: `isPhoto` tells which, the other output is filled.
struct CommunicationRead {
    bool isPhoto = false;
    ConsultationMessage message;
    ConsultationPhoto photo;      // metadata; the bytes come from the Binary
    QString patientId;
};
Result<CommunicationRead> communicationFromFhir(const QJsonObject& o, const FhirConfig& cfg = {});

} // namespace bhu::fhir
