#include "bhu/services/UpdateManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <optional>
#include <openssl/evp.h>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::UpdateManifest", s); }

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != 32 || signature.size() != 64) return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                    static_cast<size_t>(publicKey.size())),
        EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size())) == 1;
}
} // namespace

QList<QByteArray> builtInUpdateKeys()
{
#ifdef BHU_UPDATE_PUBLIC_KEY
    const QByteArray key = QByteArray::fromBase64(QByteArrayLiteral(BHU_UPDATE_PUBLIC_KEY));
    if (key.size() == 32) return {key};
#endif
    return {};
}

Result<UpdateManifest> verifyUpdateManifest(const QByteArray& signedManifest, const QList<QByteArray>& trustedKeys)
{
    if (trustedKeys.isEmpty())
        return Error::make(ErrorCode::Failed, tr("This build of BHU Clinic has no release key, so it cannot check update packages. "
                                                 "Use a package from the official release instead."),
                           QStringLiteral("no BHU_UPDATE_PUBLIC_KEY"));
    const QJsonObject outer = QJsonDocument::fromJson(signedManifest).object();
    const QByteArray body = QByteArray::fromBase64(outer.value(QStringLiteral("manifest")).toString().toLatin1());
    const QByteArray signature = QByteArray::fromBase64(outer.value(QStringLiteral("signature")).toString().toLatin1());
    if (body.isEmpty() || signature.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("This is not a signed BHU Clinic update manifest."));
    bool signedByUs = false;
    for (const QByteArray& key : trustedKeys) signedByUs = signedByUs || verifyEd25519(key, body, signature);
    if (!signedByUs)
        return Error::make(ErrorCode::Corrupt, tr("The update manifest is not signed by the BHU Clinic release key, or it was changed. "
                                                  "Do not install the package; report where it came from to the district IT officer."));
    const QJsonObject m = QJsonDocument::fromJson(body).object();
    UpdateManifest out{m.value(QStringLiteral("product")).toString(), m.value(QStringLiteral("version")).toString(),
                       m.value(QStringLiteral("released")).toString(), m.value(QStringLiteral("where")).toString(), {},
                       m.value(QStringLiteral("notes")).toString()};
    for (const QJsonValue& v : m.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        out.files.append(UpdateFile{f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("size")).toInteger(),
                                    f.value(QStringLiteral("sha256")).toString().toLower().toLatin1()});
    }
    if (out.product.isEmpty() || out.version.isEmpty() || out.files.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The update manifest is signed but incomplete (product, version or files missing)."));
    return out;
}

Result<UpdateFile> verifyUpdatePackage(const UpdateManifest& manifest, const QString& packagePath)
{
    const QString name = QFileInfo(packagePath).fileName();
    const UpdateFile* entry = nullptr;
    for (const UpdateFile& f : manifest.files)
        if (f.name == name) entry = &f;
    if (!entry)
        return Error::make(ErrorCode::NotFound, tr("%1 is not part of the release %2 %3 described by the manifest.").arg(name, manifest.product, manifest.version));
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly)) return Error::make(ErrorCode::NotFound, tr("%1 cannot be read (%2).").arg(packagePath, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.size() != entry->size || !hash.addData(&file) || hash.result().toHex() != entry->sha256)
        return Error::make(ErrorCode::Corrupt, tr("%1 is not the file the release manifest describes (its size or checksum differs): it is "
                                                  "damaged or was changed. Do not install it; copy it again from the original source.")
                                                   .arg(name));
    return *entry;
}

Result<PackageCheck> checkPackage(const QString& packagePath, const QString& manifestPath, const QList<QByteArray>& trustedKeys,
                                  const QString& programVersion)
{
    QStringList candidates{manifestPath};
    if (manifestPath.isEmpty()) {
        const QFileInfo package(packagePath);
        candidates.clear();
        for (const QFileInfo& m : package.dir().entryInfoList({QStringLiteral("*.manifest")}, QDir::Files, QDir::Name))
            candidates.append(m.filePath());
        if (candidates.isEmpty())
            return Error::make(ErrorCode::NotFound, tr("There is no release manifest (*.manifest) next to %1. Copy the manifest that came "
                                                       "with the package into the same folder and try again.")
                                                        .arg(package.fileName()));
    }
    // The first manifest that verifies and lists the package decides; otherwise the most telling
    // error (a bad signature or checksum before "not listed") says what is wrong.
    std::optional<Error> firstError;
    for (const QString& path : std::as_const(candidates)) {
        QFile f(path);
        Result<UpdateManifest> manifest = f.open(QIODevice::ReadOnly)
                                              ? verifyUpdateManifest(f.readAll(), trustedKeys)
                                              : Result<UpdateManifest>(Error::make(ErrorCode::NotFound, tr("The manifest %1 cannot be read (%2).")
                                                                                                          .arg(path, f.errorString())));
        Result<UpdateFile> file = manifest.ok() ? verifyUpdatePackage(manifest.value(), packagePath) : Result<UpdateFile>(manifest.error());
        if (file.ok()) return PackageCheck{manifest.value(), file.value(), path, isNewerVersion(manifest->version, programVersion)};
        if (!firstError || (firstError->code == ErrorCode::NotFound && file.error().code != ErrorCode::NotFound)) firstError = file.error();
    }
    return *firstError;
}

bool isNewerVersion(const QString& version, const QString& current)
{
    const QStringList a = version.split(u'.'), b = current.split(u'.');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const int x = i < a.size() ? a.at(i).toInt() : 0, y = i < b.size() ? b.at(i).toInt() : 0;
        if (x != y) return x > y;
    }
    return false;
}

} // namespace bhu::services
