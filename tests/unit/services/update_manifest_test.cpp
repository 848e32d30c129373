// Update packages brought on USB (docs/installing.md, "Update notice"): a manifest signed with
// the release key is accepted, a changed one or one signed with another key is not, and the
// package must match the manifest's size and SHA-256. bhuctl verify-package refuses a manifest
// that is not signed by the key built into this build.
#include "bhu/services/UpdateManifest.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/evp.h>

using namespace bhu;
using namespace bhu::services;

namespace {

// A throwaway Ed25519 key pair standing in for the release key.
struct KeyPair {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{nullptr, EVP_PKEY_free};
    QByteArray publicKey;
    KeyPair()
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
};

QByteArray manifestFor(const QString& name, const QByteArray& content)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("product"), QStringLiteral("bhu-clinic")},
                                     {QStringLiteral("version"), QStringLiteral("0.2.0")},
                                     {QStringLiteral("released"), QStringLiteral("2026-12-01")},
                                     {QStringLiteral("where"), QStringLiteral("the district IT office")},
                                     {QStringLiteral("files"), QJsonArray{QJsonObject{
                                                                   {QStringLiteral("name"), name},
                                                                   {QStringLiteral("size"), content.size()},
                                                                   {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray signedFile(const QByteArray& body, const QByteArray& signature)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("manifest"), QString::fromLatin1(body.toBase64())},
                                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
        .toJson();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QString kPackage = QStringLiteral("bhu-clinic_0.2.0-1_amd64.deb");
const QByteArray kContent = QByteArrayLiteral("!<arch>\nnot really a package, but bytes to hash\n");

} // namespace

TEST(UpdateManifest, SignedManifestAndMatchingPackageVerify)
{
    KeyPair release;
    const QByteArray body = manifestFor(kPackage, kContent);
    auto m = verifyUpdateManifest(signedFile(body, release.sign(body)), {release.publicKey});
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    EXPECT_EQ(m->version, u"0.2.0");
    EXPECT_EQ(m->where, u"the district IT office");
    QTemporaryDir dir;
    write(dir.filePath(kPackage), kContent);
    auto f = verifyUpdatePackage(m.value(), dir.filePath(kPackage));
    ASSERT_TRUE(f.ok()) << f.error().message.toStdString();
    EXPECT_EQ(f->size, kContent.size());
}

TEST(UpdateManifest, ChangedManifestIsRefused)
{
    KeyPair release;
    const QByteArray body = manifestFor(kPackage, kContent);
    QByteArray changed = body;
    changed.replace("0.2.0", "9.9.9");
    auto m = verifyUpdateManifest(signedFile(changed, release.sign(body)), {release.publicKey});
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.code(), ErrorCode::Corrupt);
}

TEST(UpdateManifest, AnotherKeyIsRefused)
{
    KeyPair release, other;
    const QByteArray body = manifestFor(kPackage, kContent);
    EXPECT_EQ(verifyUpdateManifest(signedFile(body, other.sign(body)), {release.publicKey}).code(), ErrorCode::Corrupt);
}

TEST(UpdateManifest, ChangedPackageIsRefused)
{
    KeyPair release;
    const QByteArray body = manifestFor(kPackage, kContent);
    auto m = verifyUpdateManifest(signedFile(body, release.sign(body)), {release.publicKey});
    ASSERT_TRUE(m.ok());
    QTemporaryDir dir;
    QByteArray tampered = kContent;
    tampered[3] = 'X';
    write(dir.filePath(kPackage), tampered);
    EXPECT_EQ(verifyUpdatePackage(m.value(), dir.filePath(kPackage)).code(), ErrorCode::Corrupt);
    write(dir.filePath(QStringLiteral("other.deb")), kContent);
    EXPECT_EQ(verifyUpdatePackage(m.value(), dir.filePath(QStringLiteral("other.deb"))).code(), ErrorCode::NotFound);
}

TEST(UpdateManifest, VersionsCompareNumerically)
{
    EXPECT_TRUE(isNewerVersion(QStringLiteral("0.10.0"), QStringLiteral("0.9.3")));
    EXPECT_TRUE(isNewerVersion(QStringLiteral("1.0"), QStringLiteral("0.99.99")));
    EXPECT_FALSE(isNewerVersion(QStringLiteral("0.1.0"), QStringLiteral("0.1.0")));
    EXPECT_FALSE(isNewerVersion(QStringLiteral("0.1"), QStringLiteral("0.1.1")));
}

TEST(UpdateManifest, BhuctlRefusesAManifestNotSignedByTheBuiltInKey)
{
    KeyPair stranger;   // not this build's release key
    const QByteArray body = manifestFor(kPackage, kContent);
    QTemporaryDir dir;
    write(dir.filePath(kPackage), kContent);
    write(dir.filePath(QStringLiteral("release.json")), signedFile(body, stranger.sign(body)));
    const auto r = test::run(QStringLiteral("bhuctl"), {QStringLiteral("verify-package"), dir.filePath(kPackage), QStringLiteral("--manifest"),
                                                        dir.filePath(QStringLiteral("release.json"))},
                             QString());
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("\"verified\":true"));
    EXPECT_FALSE(r.err.isEmpty());
}
