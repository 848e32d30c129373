#pragma once
// Canonical JSON of the teleconsultation types (snake_case keys, ISO-8601 UTC timestamps), as
// used by the FHIR golden files (tests/fixtures/fhir) and exports. Photo JSON carries the
// metadata, never the bytes.
#include "bhu/domain/Consultation.h"

#include <QJsonObject>

namespace bhu {

QJsonObject consultationRequestToJson(const ConsultationRequest& r);
ConsultationRequest consultationRequestFromJson(const QJsonObject& o);
QJsonObject consultationMessageToJson(const ConsultationMessage& m);
ConsultationMessage consultationMessageFromJson(const QJsonObject& o);
// The photo with the patient it belongs to (a Communication needs its subject).
QJsonObject consultationPhotoToJson(const ConsultationPhoto& p, const QString& patientId);
ConsultationPhoto consultationPhotoFromJson(const QJsonObject& o, QString* patientId = nullptr);

} // namespace bhu
