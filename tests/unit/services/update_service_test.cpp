// UpdateService (docs/installing.md, "Update notice"): the stored notice is for the
// administrator only and never names a version this program already is; a package on USB is
// checked against the signed manifest found next to it.
#include "bhu/db/UpdateNoticeStore.h"
#include "bhu/services/Session.h"
#include "bhu/services/UpdateService.h"
#include "bhu/test/ReleaseKey.h"
#include "bhu/test/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kPackage = QStringLiteral("bhu-clinic_0.3.0-1_amd64.deb");
const QByteArray kContent = QByteArrayLiteral("!<arch>\npackage bytes\n");

std::unique_ptr<Session> signIn(const test::TestDb& t, const QString& user, const QString& password)
{
    auto s = Session::unlock(t.path, user, password, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(s.value()) : nullptr;
}

void storeNotice(Session& s, const QString& version)
{
    db::UpdateNotice n{QStringLiteral("bhu-clinic"), version, QStringLiteral("2026-12-01"), QStringLiteral("the district IT office"),
                       QStringLiteral("Faster search."), QDateTime::currentDateTimeUtc()};
    ASSERT_TRUE(db::UpdateNoticeStore(s.store().conn()).store(n, QStringLiteral("\"e1\""), QStringLiteral("0.2.0"), s.actor()).ok());
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST(UpdateService, OnlyTheAdministratorSeesTheNotice)
{
    auto t = test::makeTestDb();
    test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("desk-password-123"));
    auto admin = signIn(t, test::kAdmin, test::kPassword);
    ASSERT_TRUE(admin);
    storeNotice(*admin, QStringLiteral("0.3.0"));
    auto n = UpdateService(*admin, {}, QStringLiteral("0.2.0")).notice();
    ASSERT_TRUE(n.ok());
    ASSERT_TRUE(n->has_value());
    EXPECT_EQ(n->value().version, u"0.3.0");
    EXPECT_EQ(n->value().notes, u"Faster search.");
    admin.reset();

    auto desk = signIn(t, QStringLiteral("desk"), QStringLiteral("desk-password-123"));
    ASSERT_TRUE(desk);
    EXPECT_EQ(UpdateService(*desk, {}, QStringLiteral("0.2.0")).notice().code(), ErrorCode::Forbidden);
    EXPECT_EQ(UpdateService(*desk, {}, QStringLiteral("0.2.0")).verifyPackage(QStringLiteral("/tmp/x.deb")).code(), ErrorCode::Forbidden);
}

TEST(UpdateService, ANoticeOfThisOrAnOlderVersionIsNotShown)
{
    auto t = test::makeTestDb();
    auto admin = signIn(t, test::kAdmin, test::kPassword);
    ASSERT_TRUE(admin);
    storeNotice(*admin, QStringLiteral("0.3.0"));
    for (const QString& running : {QStringLiteral("0.3.0"), QStringLiteral("0.4.1")}) {
        auto n = UpdateService(*admin, {}, running).notice();
        ASSERT_TRUE(n.ok());
        EXPECT_FALSE(n->has_value()) << running.toStdString();
    }
}

TEST(UpdateService, PackageIsCheckedAgainstTheManifestNextToIt)
{
    test::ReleaseKey release, stranger;
    auto t = test::makeTestDb();
    auto admin = signIn(t, test::kAdmin, test::kPassword);
    ASSERT_TRUE(admin);
    QTemporaryDir usb;
    write(usb.filePath(kPackage), kContent);

    // No manifest beside it: refused, saying what to copy.
    auto none = UpdateService(*admin, {release.publicKey}, QStringLiteral("0.2.0")).verifyPackage(usb.filePath(kPackage));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.code(), ErrorCode::NotFound);

    // A manifest signed with another key: not verified.
    write(usb.filePath(QStringLiteral("a-stranger.manifest")), stranger.signedFile(test::releaseManifest(kPackage, kContent, QStringLiteral("0.3.0"))));
    auto foreign = UpdateService(*admin, {release.publicKey}, QStringLiteral("0.2.0")).verifyPackage(usb.filePath(kPackage));
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.code(), ErrorCode::Corrupt);

    // The release's own manifest beside it: verified, and newer than the running program.
    write(usb.filePath(QStringLiteral("bhu-clinic-0.3.0.manifest")), release.signedFile(test::releaseManifest(kPackage, kContent, QStringLiteral("0.3.0"))));
    auto ok = UpdateService(*admin, {release.publicKey}, QStringLiteral("0.2.0")).verifyPackage(usb.filePath(kPackage));
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->manifest.version, u"0.3.0");
    EXPECT_TRUE(ok->newer);
    EXPECT_EQ(QFileInfo(ok->manifestPath).fileName(), u"bhu-clinic-0.3.0.manifest");

    // A changed package is refused even with the right manifest.
    write(usb.filePath(kPackage), kContent + "x");
    EXPECT_EQ(UpdateService(*admin, {release.publicKey}, QStringLiteral("0.2.0")).verifyPackage(usb.filePath(kPackage)).code(), ErrorCode::Corrupt);
}
