// Admin → Users by keyboard: add a user through the dialog (the password rule gates OK), the
// work runs off the GUI thread, the list shows the new account, and it can sign in.
#include "GuiTestUtil.h"
#include "admin/PasswordDialog.h"
#include "admin/UsersModel.h"
#include "admin/UsersPanel.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace bhu;
using bhu::test::child;
using bhu::test::waitUntil;

TEST(gui_users_panel, AdminAddsAUserByKeyboard)
{
    const auto db = bhu::test::makeTestDb();
    auto s = services::Session::unlock(db.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    std::shared_ptr<services::Session> session(std::move(s.value()));
    ui::UsersPanel panel(session);
    panel.show();
    ASSERT_EQ(panel.model()->rowCount(), 1);
    QSignalSpy finished(&panel, &ui::UsersPanel::finished);

    QTest::mouseClick(child<QPushButton>(&panel, "addUserButton"), Qt::LeftButton);
    ui::PasswordDialog* d = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (d = panel.findChild<ui::PasswordDialog*>()) != nullptr && d->isVisible(); }));
    QTest::keyClicks(child<QLineEdit>(d, "userNameEdit"), QStringLiteral("amina"));
    QTest::keyClicks(child<QLineEdit>(d, "fullNameEdit"), QStringLiteral("Amina Bibi"));
    child<QComboBox>(d, "roleCombo")->setCurrentIndex(1);   // LHW
    QTest::keyClicks(child<QLineEdit>(d, "newPasswordEdit"), QStringLiteral("short"));
    auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "a weak password cannot be saved";
    child<QLineEdit>(d, "newPasswordEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(d, "newPasswordEdit"), QStringLiteral("village-visits-7"));
    QTest::keyClicks(child<QLineEdit>(d, "repeatPasswordEdit"), QStringLiteral("village-visits-7"));
    ASSERT_TRUE(ok->isEnabled());
    QTest::keyClick(child<QLineEdit>(d, "repeatPasswordEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    ASSERT_EQ(panel.model()->rowCount(), 2);
    EXPECT_EQ(panel.model()->data(panel.model()->index(1, ui::UsersModel::UserName)).toString(), u"amina");
    EXPECT_TRUE(services::Session::unlock(db.path, QStringLiteral("amina"), QStringLiteral("village-visits-7"), QStringLiteral("test")).ok());
}
