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

Reply changes(Db& db, const Caller& caller, const QString& cursor, const QString& count, const QString& session, int retentionDays)
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
        // The cursor's age is the receipt time of its change (the last one at or below it).
        if (retentionDays > 0 && *after > 0 &&
            w.exec_params1("SELECT coalesce((SELECT received_at < now() - make_interval(days => $2) FROM changes"
                           " WHERE seq <= $1 ORDER BY seq DESC LIMIT 1), false)",
                           *after, retentionDays)[0]
                .as<bool>())
            return outcomeReply(410, QStringLiteral("expired"),
                                QStringLiteral("The cursor is older than the registry keeps cursors: pull again from an empty cursor."));
        // Up to `last` only: every change at or below it has committed (seq order is commit order),
        // so a page with no next link can move the cursor to `last` even when the caller's own
        // session changes (left out) or other facilities' changes fill the rest.
        // PostgreSQL writes each entry's JSON (the stored content with the server-sequence
        // extension added to meta): the registry only joins the entries (docs/performance.md).
        // A tombstone is a DELETE entry without a resource (docs/sync-protocol.md, "Tombstones").
        // A published reference list (no patient, no facility) is in every facility's feed: its
        // Binary as stored in reference_lists (docs/sync-protocol.md, "Reference data").
        auto rows = w.exec_params(
            "SELECT c.seq, CASE WHEN c.patient_id IS NULL THEN (SELECT jsonb_build_object("
            "  'fullUrl', c.type || '/' || c.id,"
            "  'resource', jsonb_set(l.content, '{meta,extension}',"
            "     jsonb_build_array(jsonb_build_object('url', $6::text, 'valueInteger', c.seq))),"
            "  'request', jsonb_build_object('method', 'PUT', 'url', c.type || '/' || c.id),"
            "  'response', jsonb_build_object('status', CASE WHEN c.version = 1 THEN $7 ELSE $8 END,"
            "                                 'etag', 'W/\"' || c.version || '\"'))::text"
            "   FROM reference_lists l WHERE l.id = c.id AND l.version = c.version)"
            " WHEN v.deleted THEN jsonb_build_object("
            "  'fullUrl', c.type || '/' || c.id,"
            "  'request', jsonb_build_object('method', 'DELETE', 'url', c.type || '/' || c.id),"
            "  'response', jsonb_build_object('status', $9::text, 'etag', 'W/\"' || c.version || '\"',"
            "     'extension', jsonb_build_array(jsonb_build_object('url', $6::text, 'valueInteger', c.seq))))::text"
            " ELSE jsonb_build_object("
            "  'fullUrl', c.type || '/' || c.id,"
            "  'resource', jsonb_set(v.content, '{meta}', coalesce(v.content->'meta', '{}'::jsonb) || jsonb_build_object("
            "     'extension', coalesce(v.content#>'{meta,extension}', '[]'::jsonb)"
            "                  || jsonb_build_array(jsonb_build_object('url', $6::text, 'valueInteger', c.seq)))),"
            "  'request', jsonb_build_object('method', 'PUT', 'url', c.type || '/' || c.id),"
            "  'response', jsonb_build_object('status', CASE WHEN c.version = 1 THEN $7 ELSE $8 END,"
            "                                 'etag', 'W/\"' || c.version || '\"'))::text END"
            " FROM changes c"
            " LEFT JOIN resource_versions v ON v.type = c.type AND v.id = c.id AND v.server_version = c.version"
            " WHERE c.seq > $1 AND c.seq <= $4"
            " AND ($5 = '' OR c.origin_session IS DISTINCT FROM NULLIF($5, '')::uuid)"
            " AND (c.facility_id = $2 OR (c.facility_id IS NULL AND (c.patient_id IS NULL OR EXISTS"
            "   (SELECT 1 FROM catchment k WHERE k.facility_id = $2 AND k.patient_id = c.patient_id))))"
            " ORDER BY c.seq LIMIT $3",
            *after, caller.facilityId, n + 1, last, s8(sessionKey(caller.deviceId, session)), s8(kSequenceUrl),
            s8(statusLine(201)), s8(statusLine(200)), s8(statusLine(200)));
        const bool more = static_cast<int>(rows.size()) > n;
        const int shown = std::min<int>(n, static_cast<int>(rows.size()));
        long long next = more ? rows[static_cast<pqxx::result::size_type>(shown - 1)][0].as<long long>() : last;
        QJsonObject head{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                         {QStringLiteral("type"), QStringLiteral("history")},
                         {QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"),
                                                               QJsonArray{QJsonObject{{QStringLiteral("url"), kCursorUrl},
                                                                                      {QStringLiteral("valueString"), cursorText(next)}}}}}}};
        if (more)
            head.insert(QStringLiteral("link"),
                        QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                               {QStringLiteral("url"), QStringLiteral("$changes?cursor=%1&_count=%2").arg(cursorText(next)).arg(n)}}});
        // {head…,"entry":[e1,e2,…]}: the head's closing brace replaced by the entries.
        std::string body = jsonText(head);
        body.pop_back();
        body += ",\"entry\":[";
        for (int i = 0; i < shown; ++i) {
            const auto field = rows[static_cast<pqxx::result::size_type>(i)][1];
            if (i > 0) body += ',';
            body.append(field.c_str(), field.size());
        }
        body += "]}";
        Reply reply{200, {}, 0};
        reply.rawBody = QByteArray::fromStdString(body);
        return reply;
    });
    if (!r.ok()) return storageFailure(r.error());
    return r.value();
}

} // namespace bhu::registry
