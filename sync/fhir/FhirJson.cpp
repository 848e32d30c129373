#include "bhu/fhir/FhirJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bhu::fhir {

Result<QJsonObject> parseFhirJson(const QByteArray& utf8)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::FhirJson", "The FHIR data is not valid JSON (%1 at character %2).")
                               .arg(err.errorString())
                               .arg(err.offset),
                           QStringLiteral("fhir.json"));
    }
    if (!doc.isObject()) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::FhirJson", "The FHIR data is not a resource: a JSON object was expected."),
                           QStringLiteral("fhir.json.not_object"));
    }
    return doc.object();
}

} // namespace bhu::fhir
