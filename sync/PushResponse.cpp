#include "bhu/sync/PushResponse.h"

#include "bhu/sync/PullReader.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bhu::sync {

Result<PushResult> readTransactionResponse(const QJsonObject& response, const db::ClaimedBatch& batch, const BuiltBundle& sent,
                                           const fhir::FhirConfig& cfg)
{
    const QJsonArray entries = response.value(u"entry").toArray();
    if (response.value(u"resourceType").toString() != u"Bundle" || response.value(u"type").toString() != u"transaction-response" ||
        entries.size() != sent.owner.size())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::sync::PushResponse",
                                                       "The registry's answer to a batch could not be read. The batch will be sent again."),
                           QStringLiteral("push: not a matching transaction-response"));
    struct Acc {
        int entries = 0, ok = 0;
        qint64 version = 0;
        QStringList reasons;
    };
    QList<Acc> acc(batch.items.size());
    PushResult out;
    for (int e = 0; e < entries.size(); ++e) {
        Acc& a = acc[sent.owner[e]];
        ++a.entries;
        const QJsonObject r = entries[e][u"response"].toObject();
        const int status = r.value(u"status").toString().section(u' ', 0, 0).toInt();
        if (status >= 200 && status < 300) {
            ++a.ok;
            qint64 v = versionFromEtag(r.value(u"etag").toString());
            if (v == 0) v = r.value(u"location").toString().section(QStringLiteral("/_history/"), 1).toLongLong();
            a.version = std::max(a.version, v);
            const QJsonObject resource = entries[e][u"resource"].toObject();
            if (resource.value(u"resourceType").toString() == u"Patient") {
                auto p = readPatient(resource, v, cfg);
                if (p.ok()) out.returned.append(p.value());
            }
        } else if (status >= 400 && status < 500) {
            const QString text = RegistryClient::outcomeText(r.value(u"outcome").toObject());
            a.reasons.append(QStringLiteral("%1 %2").arg(status).arg(text));
        }
    }
    for (int i = 0; i < batch.items.size(); ++i) {
        const db::OutboxItem& it = batch.items[i];
        db::EntryOutcome o;
        o.outboxId = it.id;
        o.resourceType = it.resourceType;
        o.resourceId = it.resourceId;
        if (sent.unbuildable.contains(i)) {
            o.kind = db::EntryOutcome::Kind::Rejected;
            o.reason = sent.unbuildable.value(i);
        } else if (!acc[i].reasons.isEmpty()) {
            o.kind = db::EntryOutcome::Kind::Rejected;
            o.reason = acc[i].reasons.join(QStringLiteral("; "));
        } else if (acc[i].ok == acc[i].entries) {   // all 2xx (or nothing to send)
            o.kind = db::EntryOutcome::Kind::Acknowledged;
            o.serverVersion = acc[i].version;
        } else {
            continue;   // a 5xx entry: released with the batch, sent again later
        }
        out.outcomes.append(o);
    }
    return out;
}

} // namespace bhu::sync
