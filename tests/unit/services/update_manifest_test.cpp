// Update packages brought on USB and the update notice (docs/installing.md, "Update notice"):
// a manifest signed with
// the release key is accepted, a changed one or one signed with another key is not, and the
// package must match the manifest's size and SHA-256. bhuctl verify-package refuses a manifest
// that is not signed by the key built into this build.
#include "bhu/services/UpdateManifest.h"
#include "bhu/services/UpdateService.h"
#include "bhu/test/ReleaseKey.h"
#include "bhu/test/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {

using KeyPair = test::ReleaseKey;
QByteArray manifestFor(const QString& name, const QByteArray& content) { return test::releaseManifest(name, content); }
QByteArray signedFile(const QByteArray& body, const QByteArray& signature) { return test::ReleaseKey::signedManifestFile(body, signature); }

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

// The check the sync engine runs on the manifest the registry announces
// (services::announcedManifestVerifier): good, tampered, wrong key, older or equal version.
TEST(UpdateManifest, AnnouncedNewerReleaseBecomesANoticeWithItsNotes)
{
    KeyPair release;
    const QByteArray body = test::releaseManifest(kPackage, kContent, QStringLiteral("0.3.0"), QStringLiteral("Faster search."));
    const auto verify = announcedManifestVerifier({release.publicKey}, QStringLiteral("0.2.1"));
    auto n = verify(release.signedFile(body));
    ASSERT_TRUE(n.ok()) << n.error().message.toStdString();
    ASSERT_TRUE(n->has_value());
    EXPECT_EQ(n->value().version, u"0.3.0");
    EXPECT_EQ(n->value().where, u"the district IT office");
    EXPECT_EQ(n->value().notes, u"Faster search.");
}

TEST(UpdateManifest, AnnouncedTamperedOrForeignManifestIsAnError)
{
    KeyPair release, other;
    const QByteArray body = test::releaseManifest(kPackage, kContent, QStringLiteral("0.3.0"));
    QByteArray changed = body;
    changed.replace("the district IT office", "http://evil.example/bhu");
    const auto verify = announcedManifestVerifier({release.publicKey}, QStringLiteral("0.2.1"));
    EXPECT_EQ(verify(signedFile(changed, release.sign(body))).code(), ErrorCode::Corrupt);
    EXPECT_EQ(verify(other.signedFile(body)).code(), ErrorCode::Corrupt);
    EXPECT_FALSE(verify(QByteArrayLiteral("not json")).ok());
}

TEST(UpdateManifest, AnnouncedOlderOrSameVersionIsIgnored)
{
    KeyPair release;
    const auto verify = announcedManifestVerifier({release.publicKey}, QStringLiteral("0.3.0"));
    for (const QString& v : {QStringLiteral("0.3.0"), QStringLiteral("0.2.9"), QStringLiteral("0.1")}) {
        auto n = verify(release.signedFile(test::releaseManifest(kPackage, kContent, v)));
        ASSERT_TRUE(n.ok()) << v.toStdString();
        EXPECT_FALSE(n->has_value()) << v.toStdString();
    }
}

TEST(UpdateManifest, NoReleaseKeyMeansNoCheckAtAll)
{
    EXPECT_FALSE(announcedManifestVerifier({}, QStringLiteral("0.1.0")));
}
