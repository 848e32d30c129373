#include "bhu/registry/AuditOp.h"

#include "bhu/registry/AuditStore.h"

#include <QJsonArray>
#include <cstdio>

namespace bhu::registry {

Reply auditAppend(Db& db, const Caller& caller, const QByteArray& body)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject params = std::get<QJsonObject>(parsed);
    if (params.value(u"resourceType").toString() != u"Parameters")
        return outcomeReply(400, QStringLiteral("structure"), QStringLiteral("$audit-append takes a Parameters resource."));
    const QJsonArray list = params.value(u"parameter").toArray();
    if (list.isEmpty()) return outcomeReply(400, QStringLiteral("required"), QStringLiteral("No audit entry was sent."));
    if (list.size() > kMaxAuditEntries)
        return outcomeReply(413, QStringLiteral("too-costly"), QStringLiteral("At most %1 audit entries per request.").arg(kMaxAuditEntries));
    std::vector<AuditRecord> entries;
    entries.reserve(static_cast<size_t>(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto e = auditEntryFromParameter(list.at(i).toObject());
        if (!e) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("parameter[%1] is not an audit entry.").arg(i));
        entries.push_back(std::move(*e));
    }
    auto result = db.transact([&](pqxx::work& w) { return appendAuditEntries(w, caller, entries); });
    if (!result.ok()) return storageFailure(result.error());
    const AuditAppendResult& r = result.value();
    if (r.refusal) {
        // Evidence of tampering (or a restored clinic database): ids and reasons only.
        std::fprintf(stderr, "rid=%s device=%s audit refused seq=%lld reason=%s\n", qPrintable(caller.requestId),
                     qPrintable(caller.deviceId), r.refusal->seq, qPrintable(r.refusal->reason));
        return outcomeReply(409, QStringLiteral("conflict"), r.refusal->describe());
    }
    return Reply{200,
                 QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                             {QStringLiteral("parameter"), QJsonArray{parameterInteger(QStringLiteral("stored"), r.stored),
                                                                      parameterInteger(QStringLiteral("duplicates"), r.duplicates),
                                                                      parameterInteger(QStringLiteral("head"), r.head)}}},
                 0};
}

} // namespace bhu::registry
