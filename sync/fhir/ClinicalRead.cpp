#include "ClinicalRead.h"

#include "bhu/fhir/FhirMeta.h"

#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace bhu::fhir::clinicalread {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirRead", s);
}

// "<type>/<uuid>", ".../<type>/<uuid>[/_history/n]" or "urn:uuid:<uuid>" → <uuid>; else "".
QString idOfReference(const QString& ref, const QString& type)
{
    if (ref.startsWith(u"urn:uuid:")) return ref.mid(9);
    QStringList parts = ref.split(u'/');
    if (parts.size() >= 4 && parts.at(parts.size() - 2) == u"_history") parts.resize(parts.size() - 2);
    if (parts.size() >= 2 && parts.at(parts.size() - 2) == type) return parts.last();
    return {};
}

} // namespace

QString at(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

QString resourceId(FhirReader& r, const QJsonObject& o, const QString& type)
{
    const QJsonValue t = o.value(u"resourceType");
    if (t.toString() != type) {
        const QString got = t.isString() ? t.toString() : QString();
        r.fail(QStringLiteral("resource_type"),
               tr("This is not a FHIR %1 (resourceType is \"%2\").").arg(type, got.isEmpty() ? tr("missing") : got));
        return {};
    }
    const QString id = r.string(o, QStringLiteral("id"), type + QStringLiteral(".id"));
    if (r.failed()) return {};
    if (id.isEmpty()) {
        r.fail(QStringLiteral("id"), tr("The FHIR %1 has no id; every record is exchanged with its UUID.").arg(type));
    } else if (!isUuid(id)) {
        r.fail(QStringLiteral("id"), tr("The FHIR %1 id \"%2\" is not a UUID.").arg(type, id));
    }
    return r.failed() ? QString() : id;
}

QString referenceIdOf(FhirReader& r, const QJsonObject& reference, const QString& path, const QString& type,
                      const QString& what)
{
    const QString ref = r.string(reference, QStringLiteral("reference"), path + QStringLiteral(".reference"));
    if (r.failed()) return {};
    const QString id = idOfReference(ref, type);
    if (!isUuid(id)) {
        r.fail(what, tr("%1 must refer to a %2 by its UUID (\"%2/<uuid>\" or \"urn:uuid:<uuid>\"), not \"%3\".")
                         .arg(path, type, ref));
        return {};
    }
    return id;
}

QString referenceId(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path, const QString& type,
                    bool required, const QString& what)
{
    const QJsonObject ref = r.object(o, key, path);
    if (r.failed()) return {};
    if (ref.isEmpty()) {
        if (required) r.fail(what, tr("%1 is missing: the record cannot be attached to its %2.").arg(path, type));
        return {};
    }
    return referenceIdOf(r, ref, path, type, what);
}

QString referenceDisplay(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonObject ref = r.object(o, key, path);
    return r.string(ref, QStringLiteral("display"), path + QStringLiteral(".display"));
}

QDateTime dateTimeText(FhirReader& r, const QString& text, const QString& path)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2}))?$"));
    QDateTime t;
    if (shape.match(text).hasMatch()) {
        if (text.size() == 10) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid()) t = QDateTime(d, QTime(0, 0), Qt::UTC);
        } else {
            t = QDateTime::fromString(text, Qt::ISODateWithMs);
        }
    }
    if (!t.isValid()) {
        r.fail(QStringLiteral("date"),
               tr("%1 \"%2\" is not a FHIR dateTime (YYYY-MM-DDThh:mm:ss with a time zone, or YYYY-MM-DD).").arg(path, text));
        return {};
    }
    return t.toUTC();
}

QDateTime dateTime(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    const QString text = r.string(o, key, path);
    if (r.failed() || text.isEmpty()) return {};
    return dateTimeText(r, text, path);
}

QDate dateText(FhirReader& r, const QString& text, const QString& path)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid()) r.fail(QStringLiteral("date"), tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(path, text));
    return d;
}

std::optional<double> number(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isDouble()) {
        r.fail(QStringLiteral("structure"), tr("The FHIR data is malformed: %1 must be a number.").arg(path));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> integer(FhirReader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    const auto n = number(r, o, key, path);
    if (!n) return std::nullopt;
    if (std::floor(*n) != *n || std::fabs(*n) > 1e9) {
        r.fail(QStringLiteral("structure"), tr("The FHIR data is malformed: %1 must be a whole number.").arg(path));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

namespace {

QJsonObject codingIn(FhirReader& r, const QJsonObject& cc, const QString& system, const QString& path)
{
    const QString cp = path + QStringLiteral(".coding");
    const QJsonArray codings = r.array(cc, QStringLiteral("coding"), cp);
    for (qsizetype i = 0; i < codings.size() && !r.failed(); ++i) {
        const QJsonObject c = r.object(codings.at(i), at(cp, i));
        const QString s = r.string(c, QStringLiteral("system"), at(cp, i) + QStringLiteral(".system"));
        r.string(c, QStringLiteral("code"), at(cp, i) + QStringLiteral(".code"));
        r.string(c, QStringLiteral("display"), at(cp, i) + QStringLiteral(".display"));
        if (!r.failed() && s == system) return c;
    }
    return {};
}

} // namespace

QString codeIn(FhirReader& r, const QJsonObject& cc, const QString& system, const QString& path)
{
    return codingIn(r, cc, system, path).value(u"code").toString();
}

QString displayIn(FhirReader& r, const QJsonObject& cc, const QString& system, const QString& path)
{
    return codingIn(r, cc, system, path).value(u"display").toString();
}

QJsonObject extension(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QString ep = path + QStringLiteral(".extension");
    const QJsonArray ext = r.array(element, QStringLiteral("extension"), ep);
    for (qsizetype i = 0; i < ext.size() && !r.failed(); ++i) {
        const QJsonObject e = r.object(ext.at(i), at(ep, i));
        if (r.string(e, QStringLiteral("url"), at(ep, i) + QStringLiteral(".url")) == url) return e;
    }
    return {};
}

QString extensionString(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QJsonObject e = extension(r, element, url, path);
    return r.string(e, QStringLiteral("valueString"), path + QStringLiteral(".extension(") + url + QStringLiteral(").valueString"));
}

std::optional<int> extensionInteger(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QJsonObject e = extension(r, element, url, path);
    return integer(r, e, QStringLiteral("valueInteger"), path + QStringLiteral(".extension(") + url + QStringLiteral(").valueInteger"));
}

QDate extensionDate(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QJsonObject e = extension(r, element, url, path);
    const QString ep = path + QStringLiteral(".extension(") + url + QStringLiteral(").valueDate");
    const QString text = r.string(e, QStringLiteral("valueDate"), ep);
    if (r.failed() || text.isEmpty()) return {};
    return dateText(r, text, ep);
}

QString extensionUuid(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QJsonObject e = extension(r, element, url, path);
    const QString ep = path + QStringLiteral(".extension(") + url + QStringLiteral(").valueUuid");
    QString text = r.string(e, QStringLiteral("valueUuid"), ep);
    if (r.failed() || text.isEmpty()) return {};
    if (text.startsWith(u"urn:uuid:")) text = text.mid(9);
    if (!isUuid(text)) {
        r.fail(QStringLiteral("extension"), tr("%1 is not a UUID.").arg(ep));
        return {};
    }
    return text;
}

void amendment(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type, QString& amendsId,
               QString& reason)
{
    const QJsonObject amends = extension(r, o, cfg.amendsUrl(), type);
    if (!amends.isEmpty()) {
        const QString path = type + QStringLiteral(".extension(amends).valueReference");
        const QJsonObject ref = r.object(amends, QStringLiteral("valueReference"), path);
        if (r.failed()) return;
        if (ref.isEmpty()) {
            r.fail(QStringLiteral("amends"), tr("%1 is missing.").arg(path));
            return;
        }
        amendsId = referenceIdOf(r, ref, path, type, QStringLiteral("amends"));
    }
    reason = extensionString(r, o, cfg.amendReasonUrl(), type);
}

int version(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type)
{
    const QJsonObject meta = r.object(o, QStringLiteral("meta"), type + QStringLiteral(".meta"));
    const auto v = extensionInteger(r, meta, cfg.clientVersionUrl(), type + QStringLiteral(".meta"));
    if (r.failed()) return 1;
    if (v && *v < 1) {
        r.fail(QStringLiteral("version"), tr("The FHIR %1 client-version %2 is not a version (1, 2, …).").arg(type).arg(*v));
        return 1;
    }
    return v.value_or(1);
}

void clinicalHead(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type, ClinicalFact& f)
{
    f.id = resourceId(r, o, type);
    if (r.failed()) return;
    f.patientId = referenceId(r, o, QStringLiteral("subject"), type + QStringLiteral(".subject"), QStringLiteral("Patient"), true,
                              QStringLiteral("subject"));
    if (r.failed()) return;
    f.visitId = referenceId(r, o, QStringLiteral("encounter"), type + QStringLiteral(".encounter"), QStringLiteral("Encounter"),
                            false, QStringLiteral("encounter"));
    if (r.failed()) return;
    f.version = version(r, o, cfg, type);
}

} // namespace bhu::fhir::clinicalread
