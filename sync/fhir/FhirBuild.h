#pragma once
// Private builders of FHIR JSON datatypes shared by the resource mappings. Every builder omits
// empty parts, because FHIR forbids empty strings, arrays and objects.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/ClinicalFact.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace bhu::fhir::build {

// Inserts key → value unless the value is an empty string / array / object or null.
void put(QJsonObject& o, const QString& key, const QJsonValue& value);

QJsonObject coding(const QString& system, const QString& code, const QString& display = {});
// {coding: [codings…], text} (without empty parts).
QJsonObject codeable(const QJsonArray& codings, const QString& text = {});
QJsonObject codeable(const QJsonObject& oneCoding, const QString& text = {});
QJsonObject textConcept(const QString& text);

// {reference: "Patient/<id>"} or {reference: "urn:uuid:<id>"} per the config.
QJsonObject reference(const FhirConfig& cfg, const QString& type, const QString& id);
QJsonObject displayReference(const QString& display);
QJsonObject identifierReference(const QString& system, const QString& value, const QString& display = {});

// A UCUM quantity: {value, unit, system: UCUM, code}.
QJsonObject quantity(double value, const QString& unit, const QString& ucumCode);

QJsonObject extension(const QString& url, const QString& valueKey, const QJsonValue& value);

// FHIR dateTime / date text; empty for an invalid value.
QString dateTime(const QDateTime& t);
QString date(const QDate& d);

// Adds the correction chain of an amended fact to a resource: extension `amends` with a
// reference to the amended resource of the same type, and `amend-reason` (both ours).
void addAmendment(QJsonObject& resource, const FhirConfig& cfg, const QString& type, const QString& amendsId,
                  const QString& reason);

// Common head of a clinical resource: resourceType, id, subject (Patient), encounter (Encounter),
// meta.extension[client-version] = version.
QJsonObject clinicalResource(const FhirConfig& cfg, const QString& type, const ClinicalFact& f);

} // namespace bhu::fhir::build
