// The unlock window, driven like a user would: type into the real fields and press Enter.
#include "GuiTestUtil.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/AppController.h"
#include "bhu/ui/MainWindow.h"
#include "bhu/ui/UnlockWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <gmock/gmock.h>

using namespace bhu;
using bhu::test::child;
using bhu::test::waitUntil;
using testing::HasSubstr;

namespace {

class gui_unlock : public testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test folder
        if (QCoreApplication::organizationName().isEmpty()) QCoreApplication::setOrganizationName(QStringLiteral("bhu-tests"));
    }

    // Types into the real fields of the unlock window and presses Enter in the password field.
    static void typeAndPressEnter(ui::UnlockWindow* w, const QString& user, const QString& password)
    {
        auto* userEdit = child<QLineEdit>(w, "userEdit");
        auto* passwordEdit = child<QLineEdit>(w, "passwordEdit");
        ASSERT_TRUE(userEdit && passwordEdit);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }

    static bool anyMainWindowVisible()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<ui::MainWindow*>(w) && w->isVisible()) return true;
        return false;
    }
};

TEST_F(gui_unlock, CorrectPasswordOpensMainWindowWithFacilityAndUser)
{
    const auto db = bhu::test::makeTestDb();
    ui::AppController app(db.path);
    app.start();
    QPointer<ui::UnlockWindow> w = app.unlockWindow();
    ASSERT_TRUE(w);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w));

    typeAndPressEnter(w, bhu::test::kAdmin, bhu::test::kPassword);
    // Key derivation runs on the thread pool: the window is busy, not frozen.
    EXPECT_TRUE(w->isBusy());
    EXPECT_FALSE(child<QLineEdit>(w, "userEdit")->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(w, "passwordEdit")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(w, "unlockButton")->isEnabled());
    EXPECT_TRUE(child<QWidget>(w, "busyIndicator")->isVisible());

    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
    ui::MainWindow* m = app.mainWindow();
    const QString facility = child<QLabel>(m, "facilityStatus")->text();
    EXPECT_THAT(facility.toStdString(), HasSubstr("BHU Test"));
    EXPECT_THAT(facility.toStdString(), HasSubstr("BHU-0001"));
    const QString user = child<QLabel>(m, "userStatus")->text();
    EXPECT_THAT(user.toStdString(), HasSubstr("Test Admin"));
    EXPECT_THAT(user.toStdString(), HasSubstr(roleDisplayName(Role::Admin).toStdString()));
    EXPECT_EQ(child<QLabel>(m, "syncStatus")->text(), QStringLiteral("Not enrolled with a registry"));
    EXPECT_TRUE(child<QLabel>(m, "facilityStatus")->isVisible());
    EXPECT_EQ(m->session().user().username, bhu::test::kAdmin);

    EXPECT_EQ(app.unlockWindow(), nullptr);
    EXPECT_TRUE(waitUntil([&] { return w.isNull(); })) << "the unlock window is deleted after unlocking";
}

TEST_F(gui_unlock, WrongPasswordShowsErrorAndLeavesDatabaseUntouched)
{
    const auto db = bhu::test::makeTestDb();
    const QString keysPath = db::KeySlotFile::pathFor(db.path);
    const QByteArray dbBefore = bhu::test::readAll(db.path);
    const QByteArray keysBefore = bhu::test::readAll(keysPath);
    const qsizetype slotsBefore = db::KeySlotFile::load(keysPath)->keySlots().size();
    ASSERT_FALSE(dbBefore.isEmpty());
    ASSERT_FALSE(keysBefore.isEmpty());

    ui::AppController app(db.path);
    app.start();
    ui::UnlockWindow* w = app.unlockWindow();
    ASSERT_TRUE(w);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
    QSignalSpy unlocked(w, &ui::UnlockWindow::unlocked);
    auto* errorLabel = child<QLabel>(w, "errorLabel");
    auto* passwordEdit = child<QLineEdit>(w, "passwordEdit");
    EXPECT_FALSE(errorLabel->isVisible());

    typeAndPressEnter(w, bhu::test::kAdmin, QStringLiteral("not-the-password"));
    ASSERT_TRUE(w->isBusy());
    ASSERT_TRUE(waitUntil([&] { return !w->isBusy(); }));

    // The window shows the service's own (translated) message.
    const auto expected = services::Session::unlock(db.path, bhu::test::kAdmin, QStringLiteral("not-the-password"), QStringLiteral("test"));
    ASSERT_TRUE(expected.is(ErrorCode::WrongPassword));
    EXPECT_FALSE(errorLabel->text().isEmpty());
    EXPECT_EQ(errorLabel->text(), expected.error().message);
    EXPECT_TRUE(errorLabel->isVisible());
    EXPECT_TRUE(passwordEdit->text().isEmpty()) << "the wrong password is cleared";
    EXPECT_TRUE(passwordEdit->isEnabled());
    EXPECT_EQ(w->focusWidget(), passwordEdit) << "ready to type the password again";

    EXPECT_EQ(unlocked.count(), 0);
    EXPECT_EQ(app.mainWindow(), nullptr);
    EXPECT_FALSE(anyMainWindowVisible());
    EXPECT_TRUE(w->isVisible());
    EXPECT_TRUE(bhu::test::readAll(db.path) == dbBefore) << "database bytes changed";
    // The key file records the two failed attempts (lockout, docs/security.md); its slots stay.
    auto keys = db::KeySlotFile::load(keysPath);
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(keys->failures(bhu::test::kAdmin).count, 2);
    EXPECT_EQ(keys->keySlots().size(), slotsBefore);
    EXPECT_TRUE(keys->unlock(bhu::test::kAdmin, bhu::test::kPassword).ok());
    EXPECT_FALSE(bhu::test::readAll(keysPath) == keysBefore);

    // The same window then unlocks with the right password.
    typeAndPressEnter(w, bhu::test::kAdmin, bhu::test::kPassword);
    EXPECT_TRUE(waitUntil([&] { return app.mainWindow() && app.mainWindow()->isVisible(); }));
}

TEST_F(gui_unlock, EmptyUserNameAsksForItWithoutUnlocking)
{
    const auto db = bhu::test::makeTestDb();
    ui::UnlockWindow w(db.path);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    typeAndPressEnter(&w, QString(), bhu::test::kPassword);
    EXPECT_FALSE(w.isBusy());
    EXPECT_EQ(child<QLabel>(&w, "errorLabel")->text(), ui::UnlockWindow::tr("Enter your user name."));
    EXPECT_TRUE(child<QLabel>(&w, "errorLabel")->isVisible());
}

TEST_F(gui_unlock, RemembersFacilityNameForTheNextUnlock)
{
    const auto db = bhu::test::makeTestDb();
    {
        ui::AppController app(db.path);
        app.start();
        typeAndPressEnter(app.unlockWindow(), bhu::test::kAdmin, bhu::test::kPassword);
        ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));
    }
    ui::AppController again(db.path);
    again.start();
    EXPECT_EQ(child<QLabel>(again.unlockWindow(), "facilityLabel")->text(), QStringLiteral("BHU Test"));
}

} // namespace
