// The first-run wizard's "demo facility" option (docs/installing.md): the training database is
// filled with invented patients, and the main window shows the DEMO banner above every screen;
// a real facility's window has none.
#include "GuiTestUtil.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/AppController.h"
#include "bhu/ui/MainWindow.h"
#include "setup/FirstRunWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bhu;
using bhu::test::child;
using bhu::test::waitUntil;

namespace {

class gui_demo : public testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QCoreApplication::organizationName().isEmpty()) QCoreApplication::setOrganizationName(QStringLiteral("bhu-tests"));
    }
};

TEST_F(gui_demo, DemoFacilityFromTheWizardIsFilledAndBannedOnEveryScreen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    ui::AppController app(path);
    app.start();
    ui::FirstRunWizard* w = app.firstRunWizard();
    ASSERT_TRUE(w);
    w->activateWindow();

    QTest::mouseClick(child<QCheckBox>(w, "demoFacility"), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(w, "facilityCode")->text(), QString::fromUtf16(services::kDemoFacilityCode)) << "the demo option fills in the facility";
    EXPECT_FALSE(child<QLineEdit>(w, "facilityName")->text().isEmpty());
    w->next();
    ASSERT_EQ(w->currentId(), ui::FirstRunWizard::AdminPage);
    QTest::keyClicks(child<QLineEdit>(w, "adminPassword"), QStringLiteral("training-day-2026"));
    QTest::keyClicks(child<QLineEdit>(w, "adminRepeat"), QStringLiteral("training-day-2026"));
    w->next();
    w->next();   // creates and fills the database off the GUI thread
    ASSERT_EQ(w->currentId(), ui::FirstRunWizard::RecoveryPage);
    ASSERT_TRUE(waitUntil([&] { return w->isCreated(); }, 120000)) << child<QLabel>(w, "createStatus")->text().toStdString();
    QTest::mouseClick(child<QCheckBox>(w, "recoveryPrinted"), Qt::LeftButton);
    ASSERT_TRUE(w->button(QWizard::FinishButton)->isEnabled());
    w->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitUntil([&] { return app.mainWindow() != nullptr; }));

    ui::MainWindow* main = app.mainWindow();
    EXPECT_TRUE(services::isDemoFacility(main->session()));
    EXPECT_EQ(main->session().store().info().value().value(QStringLiteral("patients")).toInt(), ui::FirstRunWizard::kDemoPatients);
    EXPECT_TRUE(main->windowTitle().startsWith(QStringLiteral("DEMO"))) << main->windowTitle().toStdString();
    auto* banner = child<QLabel>(main, "demoBanner");
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("DEMO")));
    for (auto area : {ui::MainWindow::Area::Patients, ui::MainWindow::Area::TodayVisits, ui::MainWindow::Area::Community,
                      ui::MainWindow::Area::Reports, ui::MainWindow::Area::Sync, ui::MainWindow::Area::Admin, ui::MainWindow::Area::Audit}) {
        ASSERT_TRUE(main->showArea(area));
        EXPECT_TRUE(banner->isVisible()) << "area " << static_cast<int>(area);
        EXPECT_GT(banner->height(), 0);
    }
}

TEST_F(gui_demo, RealFacilityHasNoBanner)
{
    const auto db = bhu::test::makeTestDb();
    auto s = services::Session::unlock(db.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    ui::MainWindow main(std::shared_ptr<services::Session>(std::move(s.value())));
    main.show();
    EXPECT_EQ(main.findChild<QLabel*>(QStringLiteral("demoBanner")), nullptr);
    EXPECT_FALSE(main.windowTitle().startsWith(QStringLiteral("DEMO")));
}

} // namespace
