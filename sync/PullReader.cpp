#include "bhu/sync/PullReader.h"

#include "bhu/sync/ClinicalReader.h"
#include "bhu/domain/ReferenceLists.h"
#include "bhu/fhir/FhirPatient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::PullReader", s); }

QString subValue(const QJsonObject& ext, const QString& url)
{
    for (const QJsonValue v : ext.value(u"extension").toArray())
        if (v[u"url"].toString() == url) return v[u"valueString"].toString();
    return {};
}
QString referenceTag(const QJsonObject& resource)
{
    for (const QJsonValue t : resource.value(u"meta").toObject().value(u"tag").toArray())
        if (t[u"system"].toString() == referenceListTagSystem()) return t[u"code"].toString();
    return {};
}
} // namespace

Result<db::PulledReferenceList> readReferenceList(const QJsonObject& resource, qint64 etagVersion)
{
    auto bad = [](const QString& why) {
        return Error::make(ErrorCode::Invalid, tr("A reference list from the registry could not be read: %1").arg(why),
                           QStringLiteral("reference list"));
    };
    db::PulledReferenceList l;
    l.list = referenceTag(resource);
    l.resourceId = resource.value(u"id").toString();
    if (!isReferenceListName(l.list) || referenceListId(l.list) != l.resourceId) return bad(tr("it names no known list."));
    if (resource.value(u"contentType").toString() != u"text/csv") return bad(tr("it is not a CSV file."));
    auto data = QByteArray::fromBase64Encoding(resource.value(u"data").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!data) return bad(tr("its content is damaged."));
    l.csv = *data;
    const qint64 v = resource.value(u"meta").toObject().value(u"versionId").toString().toLongLong();
    l.version = v > 0 ? v : etagVersion;
    if (l.version <= 0) return bad(tr("it has no version."));
    l.publishedAt = resource.value(u"meta").toObject().value(u"lastUpdated").toString();
    return l;
}

qint64 versionFromEtag(const QString& etag)
{
    QString t = etag.trimmed();
    if (t.startsWith(u"W/")) t = t.mid(2);
    t.remove(u'"');
    return t.toLongLong();
}

Result<db::PulledPatient> readPatient(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg)
{
    QList<fhir::PatientLink> links;
    auto p = fhir::patientFromFhir(resource, cfg, &links);
    if (!p.ok()) return p.error();
    db::PulledPatient out;
    out.patient = p.value();
    const qint64 v = resource.value(u"meta").toObject().value(u"versionId").toString().toLongLong();
    out.serverVersion = v > 0 ? v : etagVersion;
    const QString conflictUrl = cfg.extensionUrl(u"merge-conflict");
    for (const QJsonValue e : resource.value(u"extension").toArray()) {
        if (e[u"url"].toString() != conflictUrl) continue;
        const QJsonObject o = e.toObject();
        out.conflicts.append(db::MergeConflict{subValue(o, QStringLiteral("field")), subValue(o, QStringLiteral("value")),
                                               subValue(o, QStringLiteral("facility"))});
    }
    for (const fhir::PatientLink& l : links)
        if (l.type == fhir::PatientLink::Type::ReplacedBy) out.replacedBy = l.otherId;
    return out;
}

Result<FeedLinks> readFeedLinks(const QJsonObject& bundle, const fhir::FhirConfig& cfg)
{
    if (bundle.value(u"resourceType").toString() != u"Bundle" || bundle.value(u"type").toString() != u"history")
        return Error::make(ErrorCode::Invalid, tr("The registry sent a change list that could not be read. Nothing of it was applied."),
                           QStringLiteral("changes: not a history Bundle"));
    FeedLinks out;
    const QString cursorUrl = cfg.extensionUrl(u"sync-cursor");
    for (const QJsonValue e : bundle.value(u"meta").toObject().value(u"extension").toArray())
        if (e[u"url"].toString() == cursorUrl) out.cursor = e[u"valueString"].toString();
    for (const QJsonValue l : bundle.value(u"link").toArray()) {
        if (l[u"relation"].toString() != u"next") continue;
        out.hasNext = true;
        if (out.cursor.isEmpty()) {   // the next link carries the cursor too
            const QString url = l[u"url"].toString();
            out.cursor = QUrlQuery(url.mid(url.indexOf(u'?') + 1)).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
        }
    }
    return out;
}

Result<FeedPage> readChangesPage(const QJsonObject& bundle, const fhir::FhirConfig& cfg)
{
    auto links = readFeedLinks(bundle, cfg);
    if (!links.ok()) return links.error();
    FeedPage out;
    out.page.cursor = links->cursor;
    out.hasNext = links->hasNext;
    const QJsonValue entriesValue = bundle.value(u"entry");
    if (!entriesValue.isUndefined() && !entriesValue.isArray())
        return Error::make(ErrorCode::Invalid, tr("The registry sent a change list that could not be read. Nothing of it was applied."),
                           QStringLiteral("changes: entry is not an array"));
    for (const QJsonValue ev : entriesValue.toArray()) {
        ++out.entries;
        const QJsonObject entry = ev.toObject();
        const QJsonObject request = entry.value(u"request").toObject();
        if (request.value(u"method").toString() == u"DELETE") {   // a tombstone: Type/id, no resource
            const QString url = request.value(u"url").toString();
            const QString type = url.section(u'/', 0, 0), id = url.section(u'/', 1);
            if (type.isEmpty() || id.isEmpty() || id.contains(u'/'))
                out.page.invalid.append(db::PulledInvalid{type.isEmpty() ? QStringLiteral("?") : type, id,
                                                          tr("A withdrawal from the registry names no record.")});
            else
                out.page.tombstones.append(db::PulledTombstone{
                    type, id, versionFromEtag(entry.value(u"response").toObject().value(u"etag").toString())});
            continue;
        }
        const QJsonObject resource = entry.value(u"resource").toObject();
        const QString type = resource.value(u"resourceType").toString();
        const QString id = resource.value(u"id").toString();
        const qint64 etag = versionFromEtag(entry.value(u"response").toObject().value(u"etag").toString());
        if (type.isEmpty() || id.isEmpty()) {
            out.page.invalid.append(db::PulledInvalid{type.isEmpty() ? QStringLiteral("?") : type, id,
                                                      tr("A change from the registry has no resource type or id.")});
            continue;
        }
        if (type == u"Binary" && !referenceTag(resource).isEmpty()) {   // a national reference list
            auto l = readReferenceList(resource, etag);
            if (l.ok()) out.page.referenceLists.append(l.value());
            else out.page.invalid.append(db::PulledInvalid{type, id, l.error().message});
            continue;
        }
        if (type == u"Patient") {
            auto p = readPatient(resource, etag, cfg);
            if (p.ok()) out.page.patients.append(p.value());
            else out.page.invalid.append(db::PulledInvalid{type, id, p.error().message});
            continue;
        }
        auto c = readClinical(resource, etag, cfg);
        if (!c.ok()) {
            out.page.invalid.append(db::PulledInvalid{type.isEmpty() ? QStringLiteral("?") : type, id, c.error().message});
            continue;
        }
        if (c->has_value()) out.page.clinical.append(**c);
        else ++out.deferred;
    }
    return out;
}

} // namespace bhu::sync
