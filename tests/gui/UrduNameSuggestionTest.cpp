// The patient form suggests the Urdu name from the Latin one for common names (issue 11); the
// suggestion is editable and never replaces what the user typed.
#include "GuiTestUtil.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "patients/PatientForm.h"
#include "screens/PatientsScreen.h"

#include <QLineEdit>
#include <QStandardPaths>

using namespace bhu;
using bhu::test::child;

TEST(gui_urdu_name, SuggestedFromTheLatinNameAndEditable)
{
    QStandardPaths::setTestModeEnabled(true);
    const bhu::test::TestDb db = bhu::test::makeTestDb();
    auto s = services::Session::unlock(db.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    ui::PatientsScreen screen(std::shared_ptr<services::Session>(std::move(s.value())));
    screen.show();
    screen.newPatient();
    auto* name = child<QLineEdit>(&screen, "nameEdit");
    auto* urdu = child<QLineEdit>(&screen, "nameUrduEdit");
    ASSERT_TRUE(name && urdu);

    QTest::keyClicks(name, QStringLiteral("Muhammad Rafiq"));
    EXPECT_EQ(urdu->text(), QStringLiteral("محمد رفیق"));
    QTest::keyClicks(name, QStringLiteral(" Qureshi"));
    EXPECT_EQ(urdu->text(), QStringLiteral("محمد رفیق قریشی")) << "follows the name while not edited";
    QTest::keyClicks(name, QStringLiteral("x"));
    EXPECT_TRUE(urdu->text().isEmpty()) << "no half guess for an unknown word";

    // The user's own spelling stays.
    name->clear();
    urdu->setText(QStringLiteral("محمد رفیق صاحب"));
    QTest::keyClicks(name, QStringLiteral("Muhammad Rafiq"));
    EXPECT_EQ(urdu->text(), QStringLiteral("محمد رفیق صاحب"));
}
