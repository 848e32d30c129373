#pragma once
// Canonical JSON of clinical facts: the snapshot stored with each version (like PatientJson).
// Keys are snake_case; every key is always written. A missing date or time is "", a missing
// measurement is null. Times are ISO-8601 UTC with milliseconds (isoUtc). Reading is lenient
// like patientFromJson(): absent keys and unknown codes give the field's default; this is our
// own storage format, not an exchange format (FHIR is, see sync/fhir).
#include "bhu/domain/Diagnosis.h"
#include "bhu/domain/Prescription.h"
#include "bhu/domain/Referral.h"
#include "bhu/domain/Visit.h"
#include "bhu/domain/VitalSigns.h"

#include <QJsonObject>

namespace bhu {

QJsonObject visitToJson(const Visit& v);
Visit visitFromJson(const QJsonObject& o);

QJsonObject vitalSignsToJson(const VitalSigns& v);
VitalSigns vitalSignsFromJson(const QJsonObject& o);

QJsonObject diagnosisToJson(const Diagnosis& d);
Diagnosis diagnosisFromJson(const QJsonObject& o);

QJsonObject prescriptionToJson(const Prescription& p);
Prescription prescriptionFromJson(const QJsonObject& o);

QJsonObject referralToJson(const Referral& r);
Referral referralFromJson(const QJsonObject& o);

} // namespace bhu
