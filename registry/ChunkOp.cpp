// POST [base]/Binary/$chunk and GET [base]/Binary/$chunk: resumable upload of a photo.
// The registry appends a chunk only at its committed offset; a chunk that was already committed
// (a retry after a lost answer) is acknowledged without writing; a gap is refused with the
// committed offset so the clinic resumes there. At the end the whole file's SHA-256 must match
// the one announced, otherwise the bytes are discarded (422, offset 0). The Binary id is the
// key: a photo is stored exactly once.
#include "bhu/registry/BinaryStore.h"
#include "bhu/registry/Operations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace bhu::registry {

namespace {
Reply offsetReply(int status, long long offset, bool complete)
{
    QJsonArray out{parameterInteger(QStringLiteral("offset"), offset),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("complete")}, {QStringLiteral("valueBoolean"), complete}}};
    return Reply{status, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), out}}, 0};
}

bool isUuid(const QString& s) { return !QUuid::fromString(s).isNull() && s.size() == 36; }
} // namespace

Reply binaryChunk(Db& db, const Caller& caller, const QString& id, const QString& offsetText, const QString& sizeText,
                  const QString& sha256, const QString& contentType, const QByteArray& body)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    bool okOffset = false, okSize = false;
    const long long offset = offsetText.toLongLong(&okOffset);
    const long long size = sizeText.toLongLong(&okSize);
    if (!isUuid(id)) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter id must be a UUID."));
    if (!okSize || size < 1 || size > kMaxBinaryBytes)
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter size must be 1 to 8 MiB."));
    if (!okOffset || offset < 0 || offset > size) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter offset is out of range."));
    if (!hex64.match(sha256).hasMatch())
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter sha256 must be 64 lower-case hex digits."));
    if (body.size() > kMaxChunkBytes) return outcomeReply(413, QStringLiteral("too-costly"), QStringLiteral("A chunk is at most 64 KiB."));
    if (offset + body.size() > size) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("The chunk runs past the announced size."));
    const QString type = contentType.isEmpty() ? QStringLiteral("image/jpeg") : contentType.left(100);

    auto r = db.transact([&](pqxx::work& w) -> Reply {
        auto b = lockBinary(w, id);
        if (!b) {
            createBinary(w, id, caller.facilityId, caller.deviceId, type, size, sha256);
            b = lockBinary(w, id);
        }
        if (b->facilityId != caller.facilityId)
            return outcomeReply(403, QStringLiteral("forbidden"), QStringLiteral("This Binary belongs to another facility."));
        if (b->size != size || b->sha256 != sha256)
            return outcomeReply(409, QStringLiteral("conflict"), QStringLiteral("This Binary id was announced with another size or hash."));
        if (b->complete) return offsetReply(200, b->size, true);
        if (offset > b->committed) return offsetReply(409, b->committed, false);   // a gap: resume at the committed offset
        const long long skip = b->committed - offset;                               // bytes of this chunk already stored
        if (skip >= body.size()) return offsetReply(200, b->committed, false);
        const long long committed = appendBinary(w, id, body.mid(static_cast<qsizetype>(skip)));
        if (committed < size) return offsetReply(200, committed, false);
        if (binarySha256(w, id) != sha256) {
            discardBinary(w, id);
            return offsetReply(422, 0, false);
        }
        completeBinary(w, id);
        return offsetReply(201, committed, true);
    });
    if (!r.ok()) return storageFailure(r.error());
    return r.value();
}

Reply binaryOffset(Db& db, const Caller& caller, const QString& id)
{
    if (!isUuid(id)) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter id must be a UUID."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        auto b = findBinary(w, id);
        if (!b) return offsetReply(200, 0, false);
        if (b->facilityId != caller.facilityId)
            return outcomeReply(403, QStringLiteral("forbidden"), QStringLiteral("This Binary belongs to another facility."));
        return offsetReply(200, b->committed, b->complete);
    });
    if (!r.ok()) return storageFailure(r.error());
    return r.value();
}

} // namespace bhu::registry
