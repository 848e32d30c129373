// The main window on an unlocked test database: navigation by keyboard, status bar, and
// right-to-left layout.
#include "GuiTestUtil.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>

using namespace bhu;
using bhu::test::child;

namespace {

class gui_main_window : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_db = new bhu::test::TestDb(bhu::test::makeTestDb());
        auto s = services::Session::unlock(s_db->path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        s_session = std::shared_ptr<services::Session>(std::move(s.value()));
    }
    static void TearDownTestSuite()
    {
        s_session.reset();
        delete s_db;
        s_db = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_session); }

    static bhu::test::TestDb* s_db;
    static std::shared_ptr<services::Session> s_session;
};
bhu::test::TestDb* gui_main_window::s_db = nullptr;
std::shared_ptr<services::Session> gui_main_window::s_session;

TEST_F(gui_main_window, CtrlDigitsSwitchAreas)
{
    ui::MainWindow m(s_session);
    m.show();
    m.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m));
    auto* screens = child<QStackedWidget>(&m, "screens");
    auto* navigation = child<QListWidget>(&m, "navigation");
    ASSERT_TRUE(screens && navigation);
    EXPECT_EQ(m.currentArea(), ui::MainWindow::Area::Patients);
    // Patients opens ready to find someone: the search box has the keyboard.
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&m, "searchEdit"));

    const char* const names[] = {"patientsScreen", "todayVisitsScreen", "communityScreen", "reportsScreen", "syncScreen", "adminScreen",
                                 "auditScreen"};
    // Backwards, so that no step starts where it should end.
    for (int i = 6; i >= 0; --i) {
        bhu::test::pressKey(&m, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(screens->currentWidget()->objectName(), QString::fromLatin1(names[i])) << "Ctrl+" << i + 1;
        EXPECT_EQ(navigation->currentRow(), i);
        EXPECT_EQ(m.currentArea(), static_cast<ui::MainWindow::Area>(i));
    }
    // Arrow keys in the navigation list move between areas too.
    navigation->setFocus();
    bhu::test::pressKey(&m, Qt::Key_Down);
    EXPECT_EQ(m.currentArea(), ui::MainWindow::Area::TodayVisits);
}

TEST_F(gui_main_window, NavigationTitlesAreTheEightAreas)
{
    ui::MainWindow m(s_session);
    auto* navigation = child<QListWidget>(&m, "navigation");
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i) titles << navigation->item(i)->text();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Patients"), QStringLiteral("Today's visits"), QStringLiteral("Community"),
                                   QStringLiteral("Reports"), QStringLiteral("Sync"), QStringLiteral("Admin"),
                                   QStringLiteral("Audit trail"), QStringLiteral("Consultations")}));
}

TEST_F(gui_main_window, MirrorsRightToLeft)
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    {
        ui::MainWindow m(s_session);
        m.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m));
        auto* navigation = child<QListWidget>(&m, "navigation");
        auto* screens = child<QStackedWidget>(&m, "screens");
        EXPECT_GT(navigation->mapTo(&m, QPoint(0, 0)).x(), screens->mapTo(&m, QPoint(0, 0)).x())
            << "navigation is on the right in right-to-left languages";
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

} // namespace
