// The update notice on screen (issue #12; docs/installing.md, "Update notice"): the Sync screen
// shows "Version X is available: <where>" with the release notes to the administrator and
// nothing to a receptionist; Admin → Updates checks a package off the GUI thread and says why
// it is not verified.
#include "GuiTestUtil.h"
#include "admin/UpdatesPanel.h"
#include "bhu/db/UpdateNoticeStore.h"
#include "bhu/services/Session.h"
#include "bhu/test/ReleaseKey.h"
#include "bhu/test/TestSupport.h"
#include "screens/SyncScreen.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bhu;
using bhu::test::child;

namespace {

const QString kDeskPassword = QStringLiteral("front-desk-pass-1");

std::shared_ptr<services::Session> signIn(const test::TestDb& db, const QString& user, const QString& password)
{
    auto s = services::Session::unlock(db.path, user, password, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::shared_ptr<services::Session>(std::move(s.value())) : nullptr;
}

// A database with a verified notice of version 99.0.0 (as sync/UpdateCheck stores it) and a
// front-desk user.
test::TestDb databaseWithNotice()
{
    auto db = test::makeTestDb(QStringLiteral("GUI-UPD-1"));
    test::addUser(db, QStringLiteral("desk"), Role::FrontDesk, kDeskPassword);
    auto store = test::openTestDb(db);
    const db::UpdateNotice n{QStringLiteral("bhu-clinic"), QStringLiteral("99.0.0"), QStringLiteral("2026-12-01"),
                             QStringLiteral("the district IT office"), QStringLiteral("Faster patient search."),
                             QDateTime::currentDateTimeUtc()};
    EXPECT_TRUE(db::UpdateNoticeStore(store->conn()).store(n, QStringLiteral("\"e1\""), QStringLiteral("0.1.0"), store->actor(QStringLiteral("sync"))).ok());
    return db;
}

} // namespace

TEST(gui_update, SyncScreenShowsTheNoticeToTheAdministrator)
{
    auto db = databaseWithNotice();
    auto admin = signIn(db, test::kAdmin, test::kPassword);
    ASSERT_TRUE(admin);
    ui::SyncScreen screen(admin);
    screen.resize(1000, 800);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* notice = child<QLabel>(&screen, "updateNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Version 99.0.0 is available: the district IT office"))) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Faster patient search.")));
}

TEST(gui_update, SyncScreenShowsNoNoticeToAReceptionist)
{
    auto db = databaseWithNotice();
    auto desk = signIn(db, QStringLiteral("desk"), kDeskPassword);
    ASSERT_TRUE(desk);
    ui::SyncScreen screen(desk);
    screen.resize(1000, 800);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    auto* notice = child<QLabel>(&screen, "updateNotice");
    EXPECT_FALSE(notice->isVisible());
    EXPECT_FALSE(notice->text().contains(QStringLiteral("99.0.0")));
}

TEST(gui_update, AdminVerifyPackageSaysWhyAPackageIsNotVerified)
{
    auto db = databaseWithNotice();
    auto admin = signIn(db, test::kAdmin, test::kPassword);
    ASSERT_TRUE(admin);
    QTemporaryDir usb;
    const QString package = usb.filePath(QStringLiteral("bhu-clinic_99.0.0-1_amd64.deb"));
    {
        QFile f(package);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("package bytes");
        QFile m(usb.filePath(QStringLiteral("bhu-clinic-99.0.0.manifest")));
        ASSERT_TRUE(m.open(QIODevice::WriteOnly));
        test::ReleaseKey stranger;   // not the key built into this program
        m.write(stranger.signedFile(test::releaseManifest(QStringLiteral("bhu-clinic_99.0.0-1_amd64.deb"), "package bytes", QStringLiteral("99.0.0"))));
    }
    ui::UpdatesPanel panel(admin);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_TRUE(child<QLabel>(&panel, "updateNotice")->text().contains(QStringLiteral("99.0.0")));
    QSignalSpy done(&panel, &ui::UpdatesPanel::verified);
    panel.verifyPackage(package);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return done.count() == 1; }, 30000));
    EXPECT_FALSE(done.first().first().toBool());
    const QString text = child<QLabel>(&panel, "packageResult")->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Not verified:"))) << text.toStdString();
    EXPECT_TRUE(child<QPushButton>(&panel, "verifyPackageButton")->isEnabled());
}
