#include "bhu/fhir/FhirMeta.h"

#include <QJsonArray>
#include <cmath>

namespace bhu::fhir {

void setClientVersion(QJsonObject& resource, int version, const FhirConfig& cfg)
{
    QJsonObject meta = resource.value(u"meta").toObject();
    QJsonArray ext;
    for (const QJsonValue e : meta.value(u"extension").toArray())
        if (e.toObject().value(u"url").toString() != cfg.clientVersionUrl()) ext.append(e);
    ext.append(QJsonObject{{QStringLiteral("url"), cfg.clientVersionUrl()}, {QStringLiteral("valueInteger"), version}});
    meta.insert(QStringLiteral("extension"), ext);
    resource.insert(QStringLiteral("meta"), meta);
}

std::optional<int> clientVersion(const QJsonObject& resource, const FhirConfig& cfg)
{
    for (const QJsonValue e : resource.value(u"meta").toObject().value(u"extension").toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(u"url").toString() != cfg.clientVersionUrl()) continue;
        const QJsonValue v = o.value(u"valueInteger");
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) return std::nullopt;
        return v.toInt();
    }
    return std::nullopt;
}

} // namespace bhu::fhir
