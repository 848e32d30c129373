// GET [base]/Binary/<id>: a teleconsultation photo's bytes (docs/telemedicine.md "Reading").
// The requesting facility reads its own photos; a specialist's device reads the photos of a
// case it may see (granted specialty, routed hospital, in the pool or claimed by it). Every
// photo served is recorded in consult_reads (action `photo`).
#include "bhu/registry/BinaryStore.h"
#include "bhu/registry/ConsultStore.h"
#include "bhu/registry/Operations.h"

#include <QUuid>

namespace bhu::registry {

Reply binaryRead(Db& db, const Caller& caller, const QString& id)
{
    if (QUuid::fromString(id).isNull() || id.size() != 36)
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("A Binary id is a UUID."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const auto b = findBinary(w, id);
        if (!b) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No such Binary."));
        const QString consult = consultOfBinary(w, id);
        const bool own = b->facilityId == caller.facilityId;
        if (!own && (consult.isEmpty() || !consultVisibleTo(w, consult, caller.deviceId, caller.facilityId)))
            return outcomeReply(403, QStringLiteral("forbidden"),
                                QStringLiteral("This photo belongs to a consultation this device may not read."));
        if (!b->complete)
            return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("This Binary is still being uploaded."));
        recordPhotoRead(w, consult, id, caller.deviceId, caller.facilityId, caller.userName);
        Reply out(200, {});
        out.rawBody = binaryData(w, id);
        out.contentType = b->contentType.toUtf8();
        return out;
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

} // namespace bhu::registry
