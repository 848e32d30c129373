#pragma once
// Reading FHIR JSON text. Errors: Invalid with detail "fhir.json" (not JSON; the message says
// where) or "fhir.json.not_object" (JSON, but not one resource object).
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace bhu::fhir {

Result<QJsonObject> parseFhirJson(const QByteArray& utf8);

} // namespace bhu::fhir
