#include "FhirBuild.h"

#include "bhu/domain/Clock.h"
#include "bhu/fhir/FhirCodes.h"
#include "bhu/fhir/FhirMeta.h"

namespace bhu::fhir::build {

void put(QJsonObject& o, const QString& key, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return;
    case QJsonValue::String:
        if (value.toString().isEmpty()) return;
        break;
    case QJsonValue::Array:
        if (value.toArray().isEmpty()) return;
        break;
    case QJsonValue::Object:
        if (value.toObject().isEmpty()) return;
        break;
    default: break;
    }
    o.insert(key, value);
}

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject c;
    put(c, QStringLiteral("system"), system);
    put(c, QStringLiteral("code"), code);
    put(c, QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonArray& codings, const QString& text)
{
    QJsonObject c;
    put(c, QStringLiteral("coding"), codings);
    put(c, QStringLiteral("text"), text);
    return c;
}

QJsonObject codeable(const QJsonObject& oneCoding, const QString& text)
{
    return codeable(QJsonArray{oneCoding}, text);
}

QJsonObject textConcept(const QString& text)
{
    return codeable(QJsonArray{}, text);
}

QJsonObject reference(const FhirConfig& cfg, const QString& type, const QString& id)
{
    if (id.isEmpty()) return {};
    const QString ref = cfg.references == ReferenceStyle::UrnUuid ? QString(QStringLiteral("urn:uuid:") + id) : QString(type + u'/' + id);
    return QJsonObject{{QStringLiteral("reference"), ref}};
}

QJsonObject displayReference(const QString& display)
{
    QJsonObject r;
    put(r, QStringLiteral("display"), display);
    return r;
}

QJsonObject identifierReference(const QString& system, const QString& value, const QString& display)
{
    if (value.isEmpty()) return displayReference(display);
    QJsonObject r{{QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("value"), value}}}};
    put(r, QStringLiteral("display"), display);
    return r;
}

QJsonObject quantity(double value, const QString& unit, const QString& ucumCode)
{
    return QJsonObject{{QStringLiteral("value"), value},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("system"), sys::Ucum},
                       {QStringLiteral("code"), ucumCode}};
}

QJsonObject extension(const QString& url, const QString& valueKey, const QJsonValue& value)
{
    return QJsonObject{{QStringLiteral("url"), url}, {valueKey, value}};
}

QString dateTime(const QDateTime& t)
{
    return t.isValid() ? isoUtc(t) : QString();
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void addAmendment(QJsonObject& resource, const FhirConfig& cfg, const QString& type, const QString& amendsId,
                  const QString& reason)
{
    if (amendsId.isEmpty()) return;
    QJsonArray ext = resource.value(u"extension").toArray();
    ext.append(extension(cfg.amendsUrl(), QStringLiteral("valueReference"), reference(cfg, type, amendsId)));
    if (!reason.isEmpty()) ext.append(extension(cfg.amendReasonUrl(), QStringLiteral("valueString"), reason));
    resource.insert(QStringLiteral("extension"), ext);
}

QJsonObject clinicalResource(const FhirConfig& cfg, const QString& type, const ClinicalFact& f)
{
    QJsonObject o{{QStringLiteral("resourceType"), type}};
    put(o, QStringLiteral("id"), f.id);
    put(o, QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), f.patientId));
    put(o, QStringLiteral("encounter"), reference(cfg, QStringLiteral("Encounter"), f.visitId));
    setClientVersion(o, f.version, cfg);
    return o;
}

} // namespace bhu::fhir::build
