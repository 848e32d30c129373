// POST [base]/$mr-block: a block of national MR payloads for the caller's facility, idempotent
// by X-Request-ID (the same request id from the same device returns the same block).
#include "bhu/registry/MrCounter.h"
#include "bhu/registry/Operations.h"

#include <QJsonArray>
#include <cstdio>

namespace bhu::registry {

namespace {
Reply blockReply(const QString& id, long long first, int count)
{
    QJsonArray out{parameterString(QStringLiteral("blockId"), id),
                   parameterString(QStringLiteral("firstPayload"), payloadText(first)),
                   parameterInteger(QStringLiteral("count"), count)};
    return Reply{200, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), out}}, 0};
}
} // namespace

Reply mrBlock(Db& db, const Caller& caller, const QByteArray& body)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject params = std::get<QJsonObject>(parsed);
    if (params.value(u"resourceType").toString() != u"Parameters")
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("$mr-block expects a Parameters resource."));
    const QJsonValue countValue = parameterValue(params, u"count", u"valueInteger");
    const int count = countValue.isDouble() ? countValue.toInt(-1) : -1;
    if (count < 1 || count > 10000)
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter count must be an integer 1–10000."));

    auto r = db.transact([&](pqxx::work& w) -> Reply {
        if (!caller.requestId.isEmpty()) {
            auto prior = w.exec_params("SELECT id::text, first_payload, count FROM mr_blocks WHERE device_id = $1 AND request_id = $2",
                                       s8(caller.deviceId), s8(caller.requestId));
            if (!prior.empty())
                return blockReply(q8(prior[0][0].as<std::string>()), prior[0][1].as<long long>(), prior[0][2].as<int>());
        }
        auto b = allocateMrBlock(w, caller.facilityId, caller.deviceId, caller.requestId, "block", count);
        if (!b)
            return outcomeReply(503, QStringLiteral("transient"), QStringLiteral("The national MR number range is exhausted."));
        return blockReply(b->id, b->firstPayload, b->count);
    });
    if (!r.ok()) return storageFailure(r.error());
    return r.value();
}

} // namespace bhu::registry
