// GET [base]/$changes?cursor=&_count=: the caller facility's change feed as a history Bundle,
// oldest first, with the cursor to store after applying the page.
#include "bhu/registry/EntryParse.h"
#include "bhu/registry/Operations.h"
#include "bhu/registry/PushBatch.h"
#include "bhu/registry/ResourceStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bhu::registry {

namespace {
const QString kCursorUrl = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/sync-cursor");
const QString kSequenceUrl = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/server-sequence");

std::optional<long long> parseCursor(const QString& c)
{
    if (c.isEmpty()) return 0;
    static const QRegularExpression re(QStringLiteral("^v1\\.(\\d{1,18})$"));
    const auto m = re.match(c);
    if (!m.hasMatch()) return std::nullopt;
    return m.captured(1).toLongLong();
}
QString cursorText(long long seq) { return QStringLiteral("v1.") + QString::number(seq); }
} // namespace

Reply changes(Db& db, const Caller& caller, const QString& cursor, const QString& count, const QString& session)
{
    if (!session.isEmpty() && !isUuid(session))
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("session must be a lower-case UUID."));
    const auto after = parseCursor(cursor);
    if (!after) return outcomeReply(410, QStringLiteral("expired"), QStringLiteral("The cursor is not valid: pull again from an empty cursor."));
    bool okCount = true;
    int n = count.isEmpty() ? kDefaultPageSize : count.toInt(&okCount);
    if (!okCount || n < 1) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("_count must be a positive integer."));
    n = std::min(n, kMaxPageSize);

    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const long long last = w.exec1("SELECT coalesce(max(seq), 0) FROM changes")[0].as<long long>();
        if (*after > last)
            return outcomeReply(410, QStringLiteral("expired"), QStringLiteral("The cursor is ahead of the registry: pull again from an empty cursor."));
        // Up to `last` only: every change at or below it has committed (seq order is commit order),
        // so a page with no next link can move the cursor to `last` even when the caller's own
        // session changes (left out) or other facilities' changes fill the rest.
        auto rows = w.exec_params(
            "SELECT c.seq, c.type, c.id::text, c.version, v.content::text FROM changes c"
            " JOIN resource_versions v ON v.type = c.type AND v.id = c.id AND v.server_version = c.version"
            " WHERE c.seq > $1 AND c.seq <= $4"
            " AND ($5 = '' OR c.origin_session IS DISTINCT FROM NULLIF($5, '')::uuid)"
            " AND (c.facility_id = $2 OR (c.facility_id IS NULL AND EXISTS"
            "   (SELECT 1 FROM catchment k WHERE k.facility_id = $2 AND k.patient_id = c.patient_id)))"
            " ORDER BY c.seq LIMIT $3",
            *after, caller.facilityId, n + 1, last, s8(sessionKey(caller.deviceId, session)));
        const bool more = static_cast<int>(rows.size()) > n;
        QJsonArray entries;
        long long next = *after;
        for (int i = 0; i < std::min<int>(n, static_cast<int>(rows.size())); ++i) {
            const auto& row = rows[static_cast<pqxx::result::size_type>(i)];
            next = row[0].as<long long>();
            const QString type = q8(row[1].as<std::string>()), id = q8(row[2].as<std::string>());
            const int version = row[3].as<int>();
            QJsonObject resource = jsonObject(row[4].as<std::string>());
            QJsonObject meta = resource.value(u"meta").toObject();
            QJsonArray ext = meta.value(u"extension").toArray();
            ext.append(QJsonObject{{QStringLiteral("url"), kSequenceUrl}, {QStringLiteral("valueInteger"), next}});
            meta.insert(QStringLiteral("extension"), ext);
            resource.insert(QStringLiteral("meta"), meta);
            const QString url = type + u'/' + id;
            entries.append(QJsonObject{
                {QStringLiteral("fullUrl"), url},
                {QStringLiteral("resource"), resource},
                {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("url"), url}}},
                {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), statusLine(version == 1 ? 201 : 200)},
                                                         {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(version)}}}});
        }
        if (!more) next = last;
        QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                           {QStringLiteral("type"), QStringLiteral("history")},
                           {QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"),
                                                                 QJsonArray{QJsonObject{{QStringLiteral("url"), kCursorUrl},
                                                                                        {QStringLiteral("valueString"), cursorText(next)}}}}}},
                           {QStringLiteral("entry"), entries}};
        if (more)
            bundle.insert(QStringLiteral("link"),
                          QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                                 {QStringLiteral("url"), QStringLiteral("$changes?cursor=%1&_count=%2").arg(cursorText(next)).arg(n)}}});
        return Reply{200, bundle, 0};
    });
    if (!r.ok()) return storageFailure(r.error());
    return r.value();
}

} // namespace bhu::registry
