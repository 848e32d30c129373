// Security in the real windows: first run, recovery key, idle lock, audit screen, LHW limits.
#include "GuiTestUtil.h"
#include "bhu/db/SecretBytes.h"
#include "bhu/services/AuditService.h"
#include "bhu/services/ExportService.h"
#include "bhu/services/Session.h"
#include "bhu/services/UserService.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/AppController.h"
#include "bhu/ui/MainWindow.h"
#include "bhu/ui/UnlockWindow.h"
#include "audit/AuditModel.h"
#include "screens/AuditScreen.h"
#include "setup/FirstRunWizard.h"
#include "setup/RecoveryDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWizard>

using namespace bhu;
using bhu::test::child;
using bhu::test::waitUntil;

namespace {

class gui_security : public testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QCoreApplication::organizationName().isEmpty()) QCoreApplication::setOrganizationName(QStringLiteral("bhu-tests"));
    }
    static void signIn(ui::UnlockWindow* w, const QString& user, const QString& password)
    {
        auto* userEdit = child<QLineEdit>(w, "userEdit");
        auto* passwordEdit = child<QLineEdit>(w, "passwordEdit");
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }
    static std::shared_ptr<services::Session> session(const bhu::test::TestDb& t, const QString& user, const QString& pw)
    {
        auto s = services::Session::unlock(t.path, user, pw, QStringLiteral("test"));
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
        return s.ok() ? std::shared_ptr<services::Session>(std::move(s.value())) : nullptr;
    }
};

TEST_F(gui_security, FirstRunWizardLeadsToAWorkingAdminSession)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    ui::AppController app(path);
    app.start();
    ui::FirstRunWizard* w = app.firstRunWizard();
    ASSERT_TRUE(w);
    ASSERT_EQ(app.unlockWindow(), nullptr);
    w->activateWindow();

    QTest::keyClicks(child<QLineEdit>(w, "facilityCode"), QStringLiteral("BHU-0042"));
    QTest::keyClicks(child<QLineEdit>(w, "facilityName"), QStringLiteral("BHU Chak 42"));
    w->next();
    ASSERT_EQ(w->currentId(), ui::FirstRunWizard::AdminPage);
    auto* password = child<QLineEdit>(w, "adminPassword");
    QTest::keyClicks(password, QStringLiteral("short"));
    EXPECT_FALSE(w->button(QWizard::NextButton)->isEnabled()) << "a weak password does not pass";
    EXPECT_FALSE(child<QLabel>(w, "passwordRule")->text().isEmpty());
    password->clear();
    QTest::keyClicks(password, QStringLiteral("first-clinic-pass-1"));
    QTest::keyClicks(child<QLineEdit>(w, "adminRepeat"), QStringLiteral("first-clinic-pass-1"));
    ASSERT_TRUE(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    ASSERT_EQ(w->currentId(), ui::FirstRunWizard::RegistryPage);
    w->next();   // commit: creates the database off the GUI thread
    ASSERT_EQ(w->currentId(), ui::FirstRunWizard::RecoveryPage);
    ASSERT_TRUE(waitUntil([&] { return w->isCreated(); }));
    const QString key = w->recoveryKey();
    EXPECT_EQ(key.size(), 39);
    EXPECT_EQ(child<QLabel>(w, "recoveryKey")->text(), key);
    EXPECT_FALSE(w->button(QWizard::FinishButton)->isEnabled()) << "the key must be confirmed";

    // The sheet for the safe, as PDF.
    const QString pdf = dir.filePath(QStringLiteral("recovery.pdf"));
    ASSERT_TRUE(w->saveRecoveryKeyPdf(pdf).ok());
    EXPECT_TRUE(bhu::test::readAll(pdf).startsWith("%PDF"));

    QTest::keyClicks(child<QLineEdit>(w, "recoveryTypedBack"), key.toLower().remove(u'-'));
    ASSERT_TRUE(w->button(QWizard::FinishButton)->isEnabled());
    QTest::keyClick(child<QLineEdit>(w, "recoveryTypedBack"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));
    EXPECT_EQ(app.mainWindow()->session().user().username, u"admin");
    EXPECT_EQ(app.mainWindow()->session().role(), Role::Admin);
    EXPECT_EQ(app.mainWindow()->session().facility().code, u"BHU-0042");
    // The recovery key works for this database.
    EXPECT_TRUE(services::Session::unlockWithRecoveryKey(path, key, QStringLiteral("test")).ok());
}

TEST_F(gui_security, RecoveryKeyFromTheUnlockWindowSetsANewAdminPassword)
{
    const auto db = bhu::test::makeTestDb();
    ui::AppController app(db.path);
    app.start();
    ui::UnlockWindow* w = app.unlockWindow();
    ASSERT_TRUE(w);
    QTest::mouseClick(child<QPushButton>(w, "forgotButton"), Qt::LeftButton);
    ui::RecoveryDialog* d = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (d = w->findChild<ui::RecoveryDialog*>()) != nullptr && d->isVisible(); }));
    QTest::keyClicks(child<QLineEdit>(d, "recoveryKeyEdit"), db.created.recoveryKey);
    QTest::keyClicks(child<QLineEdit>(d, "recoveryPasswordEdit"), QStringLiteral("after-recovery-1"));
    QTest::keyClicks(child<QLineEdit>(d, "recoveryRepeatEdit"), QStringLiteral("after-recovery-1"));
    QTest::keyClick(child<QLineEdit>(d, "recoveryRepeatEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return child<QLabel>(w, "noticeLabel")->isVisible(); }));
    EXPECT_EQ(child<QLineEdit>(w, "userEdit")->text(), u"admin");
    QTest::keyClicks(child<QLineEdit>(w, "passwordEdit"), QStringLiteral("after-recovery-1"));
    QTest::keyClick(child<QLineEdit>(w, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));
}

TEST_F(gui_security, IdleLockAppearsAfterTheConfiguredTimeAndUnlocksToTheSameScreen)
{
    const auto db = bhu::test::makeTestDb();
    {
        auto s = session(db, bhu::test::kAdmin, bhu::test::kPassword);
        ASSERT_TRUE(services::UserService(*s).setIdleLockMinutes(2).ok());
    }
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ui::AppController app(db.path);
    app.setClock(clock);
    app.setIdleCheckIntervalMs(20);
    app.start();
    signIn(app.unlockWindow(), bhu::test::kAdmin, bhu::test::kPassword);
    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));
    EXPECT_EQ(app.idleTimeoutSecs(), 120);
    ASSERT_TRUE(app.mainWindow()->showArea(ui::MainWindow::Area::Admin));

    clock.advanceSecs(119);
    QTest::qWait(100);
    ASSERT_TRUE(app.mainWindow()) << "not locked before the configured time";

    int zeroedKeys = 0, nonZero = 0;
    db::SecretBytes::setWipeObserver([&](const char* data, qsizetype size) {
        for (qsizetype i = 0; i < size; ++i) nonZero += data[i] != 0;
        zeroedKeys += size == 32;
    });
    clock.advanceSecs(2);
    ASSERT_TRUE(waitUntil([&] { return app.unlockWindow() != nullptr && app.unlockWindow()->isVisible(); }));
    db::SecretBytes::setWipeObserver({});
    EXPECT_EQ(app.mainWindow(), nullptr);
    EXPECT_GE(zeroedKeys, 1);
    EXPECT_EQ(nonZero, 0);
    EXPECT_EQ(child<QLineEdit>(app.unlockWindow(), "userEdit")->text(), u"admin");

    QTest::keyClicks(child<QLineEdit>(app.unlockWindow(), "passwordEdit"), bhu::test::kPassword);
    QTest::keyClick(child<QLineEdit>(app.unlockWindow(), "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));
    EXPECT_EQ(app.mainWindow()->currentArea(), ui::MainWindow::Area::Admin);
}

TEST_F(gui_security, LhwCannotOpenTheAuditScreenOrExport)
{
    const auto db = bhu::test::makeTestDb();
    bhu::test::addUser(db, QStringLiteral("lhw"), Role::Lhw, QStringLiteral("lhw-password-1"));
    auto s = session(db, QStringLiteral("lhw"), QStringLiteral("lhw-password-1"));
    ASSERT_TRUE(s);
    ui::MainWindow m(s);
    m.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m));
    EXPECT_FALSE(m.isAreaAvailable(ui::MainWindow::Area::Audit));
    EXPECT_FALSE(m.showArea(ui::MainWindow::Area::Audit));
    bhu::test::pressKey(&m, Qt::Key_7, Qt::ControlModifier);
    EXPECT_NE(m.currentArea(), ui::MainWindow::Area::Audit);
    auto* screen = m.findChild<ui::AuditScreen*>();
    ASSERT_TRUE(screen);
    EXPECT_FALSE(screen->isAllowed());
    EXPECT_EQ(screen->findChild<QTableView*>(QStringLiteral("auditTable")), nullptr) << "no entries are shown to an LHW";
    // The service refuses the same, whatever the UI shows.
    EXPECT_TRUE(services::AuditService(*s).list({}).is(ErrorCode::Forbidden));
    QTemporaryDir dir;
    EXPECT_TRUE(services::ExportService(*s).exportFhirNdjson(dir.filePath(QStringLiteral("x.ndjson"))).is(ErrorCode::Forbidden));
}

TEST_F(gui_security, SupervisorSearchesAndPrintsTheAuditTrail)
{
    const auto db = bhu::test::makeTestDb();
    bhu::test::addUser(db, QStringLiteral("sup"), Role::Supervisor, QStringLiteral("supervisor-pass-1"));
    auto s = session(db, QStringLiteral("sup"), QStringLiteral("supervisor-pass-1"));
    ASSERT_TRUE(s);
    ui::MainWindow m(s);
    m.show();
    ASSERT_TRUE(m.showArea(ui::MainWindow::Area::Audit));
    auto* screen = m.findChild<ui::AuditScreen*>();
    ASSERT_TRUE(screen && screen->isAllowed());
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitUntil([&] { return !screen->isBusy() && screen->model()->rowCount() > 0; }));

    services::AuditQuery q;
    q.user = QStringLiteral("sup");
    q.action = QStringLiteral("login");
    q.from = QDate::currentDate().addDays(-1);
    q.to = QDate::currentDate().addDays(1);
    screen->setQuery(q);
    QTest::keyClick(child<QLineEdit>(screen, "auditUser"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !screen->isBusy() && screen->model()->rowCount() == 1; }));
    EXPECT_EQ(screen->model()->data(screen->model()->index(0, ui::AuditModel::User)).toString(), u"sup");
    EXPECT_EQ(screen->model()->data(screen->model()->index(0, ui::AuditModel::Action)).toString(), u"login");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
    ASSERT_TRUE(screen->savePdf(pdf).ok());
    EXPECT_TRUE(bhu::test::readAll(pdf).startsWith("%PDF"));
    auto printed = services::AuditService(*s).list(services::AuditQuery{.action = QStringLiteral("audit.print")});
    ASSERT_TRUE(printed.ok());
    ASSERT_EQ(printed->size(), 1);
    EXPECT_EQ(printed->first().source, u"ui/auditScreen");
}

} // namespace
