#include "bhu/registry/UpdateManifestOp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bhu::registry {

namespace {
Result<QByteArray> readManifest(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, QStringLiteral("The update manifest %1 cannot be read (%2).").arg(file, f.errorString()));
    return f.readAll();
}

QByteArray etagOf(const QByteArray& bytes)
{
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + '"';
}
} // namespace

ManifestReply updateManifest(const QString& file, const QString& ifNoneMatch)
{
    if (file.isEmpty()) return {};
    auto bytes = readManifest(file);
    if (!bytes.ok()) return {};
    ManifestReply r;
    r.etag = etagOf(bytes.value());
    const QStringList tags = ifNoneMatch.split(u',', Qt::SkipEmptyParts);
    for (const QString& t : tags) {
        if (t.trimmed().toLatin1() == r.etag || t.trimmed() == u"*") {
            r.status = 304;
            return r;
        }
    }
    r.status = 200;
    r.bytes = bytes.value();
    return r;
}

Status checkUpdateManifestFile(const QString& file)
{
    auto bytes = readManifest(file);
    if (!bytes.ok()) return bytes.error();
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    if (!o.value(u"manifest").isString() || !o.value(u"signature").isString())
        return Error::make(ErrorCode::Invalid, QStringLiteral("%1 is not a signed update manifest ({\"manifest\": …, \"signature\": …}).").arg(file));
    return {};
}

} // namespace bhu::registry
