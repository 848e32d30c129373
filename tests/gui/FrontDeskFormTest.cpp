// Registering and editing patients with the keyboard only: validation messages beside their
// fields, warnings that need a second Save, the duplicate check, and the details' history.
#include "FrontDeskFixture.h"
#include "bhu/domain/MrNumber.h"
#include "patients/DuplicateCheckDialog.h"
#include "patients/FieldIssueLabel.h"
#include "patients/PatientForm.h"
#include "patients/PatientPage.h"

#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;

namespace {

class gui_front_desk_form : public bhu::test::FrontDeskTest {
protected:
    // Ctrl+N from the search box, with whatever was typed in it.
    void openNewForm(const QString& typed = {})
    {
        auto* box = screen->searchView()->searchEdit();
        box->clear();
        box->setFocus();
        if (!typed.isEmpty()) QTest::keyClicks(box, typed);
        pressKey(screen.get(), Qt::Key_N, Qt::ControlModifier);
        ASSERT_EQ(screen->currentView(), screen->form());
    }
    // Tab to the input named `name` (at most 25 presses): proves it is reachable by keyboard.
    bool tabTo(const char* name)
    {
        for (int i = 0; i < 25; ++i) {
            if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name)) return true;
            pressKey(screen.get(), Qt::Key_Tab);
        }
        return false;
    }
    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    ui::FieldIssueLabel* issue(const char* name) { return child<ui::FieldIssueLabel>(screen.get(), name); }
};

TEST_F(gui_front_desk_form, RegistersAPatientWithTheKeyboardOnly)
{
    const qint64 before = patientCount();
    openNewForm(QStringLiteral("Qudratullah Zamarud s/o Gulmast Zamarud"));
    EXPECT_EQ(child<QLineEdit>(screen.get(), "nameEdit")->text(), QStringLiteral("Qudratullah Zamarud"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("M"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("34"));
    ASSERT_TRUE(tabTo("phoneEdit"));
    type(QStringLiteral("0333-1112223"));
    ASSERT_TRUE(tabTo("cnicEdit"));
    type(QStringLiteral("35202-5550001-3"));
    ASSERT_TRUE(tabTo("villageCombo"));
    type(QStringLiteral("Kot Zamarud"));
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);

    ASSERT_EQ(screen->currentView(), screen->page()) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    EXPECT_EQ(patientCount(), before + 1);
    const Patient& saved = screen->page()->patient();
    EXPECT_EQ(child<QLabel>(screen.get(), "patientNameLabel")->text(), QStringLiteral("Qudratullah Zamarud"));
    EXPECT_EQ(child<QLabel>(screen.get(), "guardianLabel")->text(), QStringLiteral("S/O Gulmast Zamarud"));
    const QString mrShown = child<QLabel>(screen.get(), "mrLabel")->text();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d{4}-\\d{4}$")).match(mrShown).hasMatch()) << mrShown.toStdString();
    EXPECT_EQ(mrShown, formatMrNumber(saved.mrNumber()));
    EXPECT_TRUE(MrNumber::parse(mrShown).ok());

    // What the keyboard typed is what was stored.
    services::PatientService svc(*s_session);
    auto stored = svc.open(saved.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->relation, Relation::SonOf);
    EXPECT_EQ(stored->sex, Sex::Male);
    EXPECT_TRUE(stored->birthDateEstimated);
    EXPECT_EQ(stored->birthDate.year(), QDate::currentDate().year() - 34);
    EXPECT_EQ(stored->phone, QStringLiteral("+923331112223"));
    EXPECT_EQ(stored->identifier(IdSystem::Cnic), QStringLiteral("3520255500013"));
    EXPECT_EQ(stored->address.village, QStringLiteral("Kot Zamarud"));
}

TEST_F(gui_front_desk_form, InvalidCnicIsShownAtTheCnicFieldAndNothingIsSaved)
{
    const qint64 before = patientCount();
    openNewForm(QStringLiteral("Shamim Bibi d/o Fazal Din"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("F"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("27"));
    ASSERT_TRUE(tabTo("cnicEdit"));
    type(QStringLiteral("35202-123456-2"));   // 12 digits
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);

    EXPECT_EQ(screen->currentView(), screen->form());
    ui::FieldIssueLabel* cnic = issue("cnicIssue");
    EXPECT_TRUE(cnic->isVisible());
    EXPECT_TRUE(cnic->hasError());
    EXPECT_FALSE(cnic->text().isEmpty());
    EXPECT_FALSE(issue("nameIssue")->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(screen.get(), "cnicEdit"));
    EXPECT_EQ(patientCount(), before);
    saveShot(screen.get(), QStringLiteral("form-invalid-cnic"));
    // Saving again does not save either.
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(patientCount(), before);
}

TEST_F(gui_front_desk_form, MissingNameAndSexAreMarkedAtTheirFields)
{
    const qint64 before = patientCount();
    openNewForm();
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(issue("nameIssue")->hasError());
    EXPECT_TRUE(issue("sexIssue")->hasError());
    EXPECT_TRUE(issue("birthDateIssue")->hasError());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(screen.get(), "nameEdit"));
    EXPECT_EQ(patientCount(), before);
}

TEST_F(gui_front_desk_form, WarningNeedsASecondSave)
{
    const qint64 before = patientCount();
    openNewForm(QStringLiteral("Rukhsana Parveen w/o Tariq Mehmood"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("F"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("31"));
    ASSERT_TRUE(tabTo("cnicEdit"));
    type(QStringLiteral("35202-7770001-1"));   // odd last digit: a man's CNIC
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->form());
    EXPECT_TRUE(issue("cnicIssue")->hasWarning());
    EXPECT_FALSE(issue("cnicIssue")->hasError());
    EXPECT_EQ(patientCount(), before);
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(screen->currentView(), screen->page()) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    EXPECT_EQ(patientCount(), before + 1);
}

TEST_F(gui_front_desk_form, SameNameAndGuardianShowsTheDuplicateCheck)
{
    const qint64 before = patientCount();
    openNewForm(QStringLiteral("Mohammad Rafiq Qureshi s/o Abdul Ghafoor Qureshi"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("M"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("40"));
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);

    ui::DuplicateCheckDialog* dialog = screen->form()->duplicateDialog();
    ASSERT_NE(dialog, nullptr) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->selectedPatientId(), s_known->id);
    EXPECT_FALSE(child<QLabel>(dialog, "reasons0")->text().isEmpty());
    auto* open = child<QPushButton>(dialog, "openExistingButton");
    EXPECT_TRUE(open->isDefault());
    EXPECT_FALSE(dialog->needsSupervisor());
    saveShot(dialog, QStringLiteral("duplicate-dialog"));
    // Enter takes the default: open the existing patient. Nothing new is registered.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Return);
    ASSERT_TRUE(bhu::test::waitUntil([this] { return screen->currentView() == screen->page(); }, 5000));
    EXPECT_EQ(screen->page()->patient().id, s_known->id);
    EXPECT_EQ(patientCount(), before);
}

TEST_F(gui_front_desk_form, SamePhoneAndNameShowsTheDuplicateCheckAndNewIsPossible)
{
    const qint64 before = patientCount();
    openNewForm(QStringLiteral("Rafiq Qureshi"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("M"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("41"));
    ASSERT_TRUE(tabTo("phoneEdit"));
    type(QStringLiteral("0321 7654321"));
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    ui::DuplicateCheckDialog* dialog = screen->form()->duplicateDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->selectedPatientId(), s_known->id);
    // The receptionist asked: a different person. Register anyway.
    auto* registerNew = child<QPushButton>(dialog, "registerNewButton");
    ASSERT_TRUE(registerNew->isEnabled());
    registerNew->click();
    ASSERT_TRUE(bhu::test::waitUntil([this] { return screen->currentView() == screen->page(); }, 5000));
    EXPECT_NE(screen->page()->patient().id, s_known->id);
    EXPECT_EQ(patientCount(), before + 1);
}

TEST_F(gui_front_desk_form, SameCnicNeedsASupervisor)
{
    openNewForm(QStringLiteral("Zainab Noor"));
    ASSERT_TRUE(tabTo("sexCombo"));
    type(QStringLiteral("F"));
    ASSERT_TRUE(tabTo("ageYearsEdit"));
    type(QStringLiteral("22"));
    ASSERT_TRUE(tabTo("cnicEdit"));
    type(QStringLiteral("35202-9876543-1"));   // the known patient's CNIC
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);   // sex mismatch warning: confirm
    if (!screen->form()->duplicateDialog()) pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    ui::DuplicateCheckDialog* dialog = screen->form()->duplicateDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->needsSupervisor());
    auto* registerNew = child<QPushButton>(dialog, "registerNewButton");
    EXPECT_FALSE(registerNew->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "overrideUserEdit"), QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(dialog, "overridePasswordEdit"), QStringLiteral("not the password"));
    EXPECT_TRUE(registerNew->isEnabled());
    registerNew->click();
    saveShot(dialog, QStringLiteral("duplicate-dialog-cnic"));
    // A wrong supervisor password is refused in the dialog, which stays open.
    EXPECT_EQ(screen->form()->duplicateDialog(), dialog);
    EXPECT_TRUE(child<QLabel>(dialog, "duplicateError")->isVisible());
    dialog->reject();
}

TEST_F(gui_front_desk_form, EditingSavesANewVersionShownInTheHistory)
{
    screen->openPatient(s_known->id);
    ASSERT_EQ(screen->currentView(), screen->page());
    pressKey(screen.get(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->form());
    ASSERT_TRUE(screen->form()->isEditing());
    auto* phone = child<QLineEdit>(screen.get(), "phoneEdit");
    EXPECT_EQ(phone->text(), QStringLiteral("0321-7654321"));
    ASSERT_TRUE(tabTo("phoneEdit"));
    QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("0300-1234000"));
    pressKey(screen.get(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->page()) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    EXPECT_EQ(child<QLabel>(screen.get(), "phoneLabel")->text(), QStringLiteral("0300-1234000"));
    auto* history = child<QTreeWidget>(screen.get(), "historyView");
    ASSERT_GE(history->topLevelItemCount(), 2);
    EXPECT_TRUE(history->topLevelItem(0)->text(3).contains(QStringLiteral("Phone"))) << history->topLevelItem(0)->text(3).toStdString();
    *s_known = screen->page()->patient();
    // Put the phone back for the other tests.
    services::PatientService svc(*s_session);
    Patient p = *s_known;
    p.phone = QStringLiteral("+923217654321");
    auto r = svc.update(p);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    *s_known = r.value();
}

} // namespace
