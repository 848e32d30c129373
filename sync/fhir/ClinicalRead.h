#pragma once
// Private: strict reading of the parts the clinical resources share (Encounter, Observation,
// Condition, MedicationRequest, ServiceRequest): resource head, references, dates, codings,
// extensions, the correction chain and the client version. Every function records the first
// problem in the FhirReader (detail "fhir.<resource>.<what>") and returns an empty value.
#include "FhirRead.h"
#include "bhu/domain/ClinicalFact.h"
#include "bhu/fhir/FhirConfig.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace bhu::fhir::clinicalread {

QString at(const QString& path, qsizetype i);   // "X.y" + 3 → "X.y[3]"
bool isUuid(const QString& s);

// resourceType must be `type`; id present and a UUID. Returns the id.
QString resourceId(FhirReader& r, const QJsonObject& o, const QString& type);

// The UUID a Reference points to: "<type>/<uuid>" (also at the end of an absolute URL, with or
// without /_history/n) or "urn:uuid:<uuid>". Absent → "" (or the problem `what` if required).
QString referenceId(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path,
                    const QString& type, bool required, const QString& what);
// A Reference given as a JSON object (an extension's valueReference).
QString referenceIdOf(FhirReader& r, const QJsonObject& reference, const QString& path, const QString& type,
                      const QString& what);
// reference.display of element `key`, or "".
QString referenceDisplay(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path);

// FHIR dateTime (with seconds and a time zone; a date alone means its midnight UTC) → UTC.
// Absent → invalid QDateTime; malformed → problem "date".
QDateTime dateTime(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path);
QDateTime dateTimeText(FhirReader& r, const QString& text, const QString& path);
// FHIR date (YYYY-MM-DD only).
QDate dateText(FhirReader& r, const QString& text, const QString& path);

std::optional<double> number(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path);
std::optional<int> integer(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path);

// The code of the first coding of `system` in a CodeableConcept (or "").
QString codeIn(FhirReader& r, const QJsonObject& cc, const QString& system, const QString& path);
// The display of that coding (or "").
QString displayIn(FhirReader& r, const QJsonObject& cc, const QString& system, const QString& path);

// The first extension with `url` of an element (or {}); checks the shape of the list.
QJsonObject extension(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path);
QString extensionString(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path);
std::optional<int> extensionInteger(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path);
QDate extensionDate(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path);
// valueUuid "urn:uuid:<uuid>" → <uuid> (a bare UUID is accepted too).
QString extensionUuid(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path);

// `amends` (valueReference to `type`) and `amend-reason`.
void amendment(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type, QString& amendsId,
               QString& reason);
// meta.extension[client-version]; absent → 1; not a positive integer → problem "version".
int version(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type);

// id, subject (required), encounter (optional: absent → no visit; malformed → problem), version.
void clinicalHead(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type, ClinicalFact& f);

} // namespace bhu::fhir::clinicalread
