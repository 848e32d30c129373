#include "bhu/sync/PhotoUpload.h"

#include "bhu/db/ConsultationRepository.h"

#include <QJsonArray>

namespace bhu::sync {

namespace {
// Parameters {offset, complete} of a Binary/$chunk answer.
void readOffset(const QJsonObject& params, qint64& offset, bool& complete)
{
    for (const QJsonValue v : params.value(u"parameter").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name").toString() == u"offset") offset = p.value(u"valueInteger").toInteger();
        if (p.value(u"name").toString() == u"complete") complete = p.value(u"valueBoolean").toBool();
    }
}
} // namespace

Result<qint64> PhotoUpload::committedOffset(const QString& id, bool* complete)
{
    auto r = m_client.get(QStringLiteral("Binary/$chunk?id=") + id);
    if (!r.ok()) return r.error();
    qint64 offset = 0;
    bool done = false;
    readOffset(r->json, offset, done);
    if (complete) *complete = done;
    return offset;
}

Result<PhotoUploadReport> PhotoUpload::uploadAll()
{
    PhotoUploadReport report;
    db::ConsultationRepository repo(m_c);
    auto todo = repo.photosToUpload();
    if (!todo.ok()) return todo.error();
    for (const ConsultationPhoto& meta : todo.value()) {
        auto photo = repo.photo(meta.id);
        if (!photo.ok()) return photo.error();
        const QByteArray& data = photo->data;
        bool complete = false;
        auto at = committedOffset(meta.id, &complete);
        if (!at.ok()) return at.error();
        qint64 offset = at.value();
        bool restarted = false;
        while (!complete) {
            BHU_TRY(repo.setUploadedBytes(meta.id, offset));
            const QByteArray chunk = data.mid(offset, m_chunk);
            const QString path = QStringLiteral("Binary/$chunk?id=%1&offset=%2&size=%3&sha256=%4&contentType=%5")
                                     .arg(meta.id)
                                     .arg(offset)
                                     .arg(data.size())
                                     .arg(QString::fromLatin1(meta.sha256), meta.mimeType);
            auto sent = m_client.postBytes(path, chunk);
            report.bytesSent += chunk.size();
            if (!sent.ok()) {
                const int status = RegistryClient::httpStatus(sent.error());
                if (status == 409) {   // a gap or another announcement: ask where the registry is
                    auto again = committedOffset(meta.id, &complete);
                    if (!again.ok()) return again.error();
                    offset = again.value();
                    continue;
                }
                if (status == 422 && !restarted) {   // the whole-file hash did not match: once more from 0
                    restarted = true;
                    offset = 0;
                    continue;
                }
                return sent.error();
            }
            readOffset(sent->json, offset, complete);
        }
        BHU_TRY(repo.setUploadedBytes(meta.id, data.size()));
        ++report.completed;
    }
    return report;
}

} // namespace bhu::sync
