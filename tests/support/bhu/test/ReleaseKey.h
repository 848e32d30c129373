#pragma once
// A throwaway Ed25519 key pair standing in for the release key, and signed release manifests
// made with it (docs/installing.md, "Update notice"). Header-only: link OpenSSL::Crypto.
#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/evp.h>

namespace bhu::test {

struct ReleaseKey {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{nullptr, EVP_PKEY_free};
    QByteArray publicKey;
    ReleaseKey()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), EVP_PKEY_CTX_free);
        EVP_PKEY* k = nullptr;
        EVP_PKEY_keygen_init(ctx.get());
        EVP_PKEY_keygen(ctx.get(), &k);
        key.reset(k);
        size_t len = 32;
        publicKey.resize(32);
        EVP_PKEY_get_raw_public_key(k, reinterpret_cast<unsigned char*>(publicKey.data()), &len);
    }
    QByteArray sign(const QByteArray& message) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get());
        QByteArray sig(64, '\0');
        size_t len = 64;
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size()));
        return sig;
    }
    // The signed file: {"manifest": base64(body), "signature": base64(signature of body)}.
    QByteArray signedFile(const QByteArray& body) const { return signedManifestFile(body, sign(body)); }
    static QByteArray signedManifestFile(const QByteArray& body, const QByteArray& signature)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("manifest"), QString::fromLatin1(body.toBase64())},
                                         {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
            .toJson();
    }
};

// A manifest body for one package file `name` with `content`.
inline QByteArray releaseManifest(const QString& name, const QByteArray& content, const QString& version = QStringLiteral("0.2.0"),
                                  const QString& notes = {})
{
    QJsonObject m{{QStringLiteral("product"), QStringLiteral("bhu-clinic")},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("released"), QStringLiteral("2026-12-01")},
                  {QStringLiteral("where"), QStringLiteral("the district IT office")},
                  {QStringLiteral("files"), QJsonArray{QJsonObject{
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("size"), content.size()},
                                                {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}}}}};
    if (!notes.isEmpty()) m.insert(QStringLiteral("notes"), notes);
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

} // namespace bhu::test
