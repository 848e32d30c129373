#include "FhirRead.h"

namespace bhu::fhir {

FhirReader::FhirReader(QString resource) : m_resource(std::move(resource)) {}

void FhirReader::fail(const QString& what, const QString& message)
{
    if (m_error) return;
    m_error = Error::make(ErrorCode::Invalid, message, QStringLiteral("fhir.") + m_resource.toLower() + u'.' + what);
}

void FhirReader::wrongType(const QString& path, const QString& expected)
{
    fail(QStringLiteral("structure"),
         QCoreApplication::translate("bhu::FhirReader", "The FHIR %1 is malformed: %2 must be %3.").arg(m_resource, path, expected));
}

QJsonArray FhirReader::array(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return {};
    if (!v.isArray()) {
        wrongType(path, QCoreApplication::translate("bhu::FhirReader", "a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject FhirReader::object(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return {};
    return object(v, path);
}

QJsonObject FhirReader::object(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        wrongType(path, QCoreApplication::translate("bhu::FhirReader", "an object"));
        return {};
    }
    return v.toObject();
}

QString FhirReader::string(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return {};
    if (!v.isString()) {
        wrongType(path, QCoreApplication::translate("bhu::FhirReader", "text"));
        return {};
    }
    return v.toString();
}

std::optional<bool> FhirReader::boolean(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isBool()) {
        wrongType(path, QCoreApplication::translate("bhu::FhirReader", "true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

} // namespace bhu::fhir
