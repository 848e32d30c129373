// The registration form's address: a cascade over the geography reference data
// (tests/fixtures/places.csv imported through PlaceService), chosen with the keyboard only;
// a village that is not in the list gets an amber hint and still saves; a new patient starts
// with the address of the last one registered (kept across a restart).
#include "FrontDeskFixture.h"
#include "bhu/services/PlaceService.h"
#include "patients/AddressPicker.h"
#include "patients/FieldIssueLabel.h"
#include "patients/PatientForm.h"
#include "patients/PatientFormFields.h"
#include "patients/PatientPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QSettings>

using namespace bhu;
using bhu::test::child;
using db::PlaceLevel;

namespace {

class gui_front_desk_address : public bhu::test::FrontDeskTest {
protected:
    void SetUp() override
    {
        QFile csv(QStringLiteral(BHU_FIXTURES_DIR "/places.csv"));
        ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
        auto imported = services::PlaceService(*s_session).importCsv(csv.readAll(), QStringLiteral("places.csv"));
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();   // a second run creates nothing
        QSettings().remove(QStringLiteral("patientForm"));   // no default address from an earlier test or run
        FrontDeskTest::SetUp();
    }

    // Keys go to the window as from a keyboard: to the completer's list while it is open.
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(screen->windowHandle(), k, m); }
    void type(const char* ascii)
    {
        for (const char* c = ascii; *c; ++c) QTest::keyClick(screen->windowHandle(), *c);
    }
    QString focused() const { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); }
    bool tabTo(const char* name)
    {
        for (int i = 0; i < 30 && focused() != QLatin1String(name); ++i) key(Qt::Key_Tab);
        return focused() == QLatin1String(name);
    }
    // Types a few letters, then takes the first line the completer offers (Down, Enter).
    void choose(const char* letters, const QString& expectedFirst)
    {
        type(letters);
        auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
        ASSERT_NE(combo, nullptr) << focused().toStdString();
        QAbstractItemView* popup = combo->completer()->popup();
        ASSERT_TRUE(bhu::test::waitUntil([popup] { return popup->isVisible(); }, 2000)) << letters;
        EXPECT_EQ(combo->completer()->currentCompletion(), expectedFirst) << letters;
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        EXPECT_FALSE(popup->isVisible());
        EXPECT_EQ(combo->currentText(), expectedFirst);
    }
    void openNewForm()
    {
        screen->searchView()->searchEdit()->clear();
        screen->searchView()->searchEdit()->setFocus();
        key(Qt::Key_N, Qt::ControlModifier);
        ASSERT_EQ(screen->currentView(), screen->form());
    }
    void fillPerson(const char* name, const char* sex, const char* years)
    {
        type(name);
        ASSERT_TRUE(tabTo("sexCombo"));
        type(sex);
        ASSERT_TRUE(tabTo("ageYearsEdit"));
        type(years);
    }
    ui::AddressPicker* picker() const { return screen->form()->fields()->addressPicker(); }
    ui::FieldIssueLabel* hint(const char* name) { return child<ui::FieldIssueLabel>(screen.get(), name); }
    Patient storedPatient()
    {
        services::PatientService svc(*s_session);
        auto p = svc.open(screen->page()->patient().id);
        EXPECT_TRUE(p.ok());
        return p.ok() ? p.value() : Patient{};
    }
};

TEST_F(gui_front_desk_address, ChoosesTheWholeAddressWithTheKeyboardAndItIsTheNextDefault)
{
    openNewForm();
    ASSERT_EQ(focused(), QStringLiteral("nameEdit"));
    fillPerson("Naseem Akhtar", "F", "19");
    ASSERT_TRUE(tabTo("provinceCombo"));
    EXPECT_TRUE(picker()->combo(PlaceLevel::Province)->currentText().isEmpty());   // no default yet
    EXPECT_EQ(picker()->combo(PlaceLevel::Province)->count(), 7);                  // the built-in provinces
    EXPECT_EQ(picker()->combo(PlaceLevel::District)->count(), 0);

    choose("punj", QStringLiteral("Punjab — پنجاب"));
    // Only Punjab's districts from the file; "Peshawar" belongs to Khyber Pakhtunkhwa.
    EXPECT_EQ(picker()->combo(PlaceLevel::District)->count(), 1);
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), QStringLiteral("districtCombo"));
    choose("FAIS", QStringLiteral("Faisalabad"));   // case-insensitive
    EXPECT_EQ(picker()->combo(PlaceLevel::Tehsil)->count(), 3);   // Jaranwala, Samundri, Tandlianwala
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), QStringLiteral("tehsilCombo"));
    choose("anwal", QStringLiteral("Jaranwala"));   // "contains": Jaranwala before Tandlianwala
    EXPECT_EQ(picker()->combo(PlaceLevel::UnionCouncil)->count(), 2);
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), QStringLiteral("unionCouncilCombo"));
    choose("204", QStringLiteral("UC-27 Chak 204 RB"));
    EXPECT_EQ(picker()->combo(PlaceLevel::Village)->count(), 2);
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), QStringLiteral("villageCombo"));
    choose("207", QStringLiteral("Chak 207 RB — چک 207 آر بی"));   // the Urdu name is shown too
    key(Qt::Key_Tab);
    EXPECT_EQ(focused(), QStringLiteral("notesEdit"));
    for (const char* h : {"provinceHint", "districtHint", "tehsilHint", "unionCouncilHint", "villageHint"})
        EXPECT_FALSE(hint(h)->isVisible()) << h;
    saveShot(screen.get(), QStringLiteral("form-address"));

    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->page()) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    const Address expected{QStringLiteral("Punjab"), QStringLiteral("Faisalabad"), QStringLiteral("Jaranwala"),
                           QStringLiteral("UC-27 Chak 204 RB"), QStringLiteral("Chak 207 RB")};   // names, no Urdu part
    const Patient stored = storedPatient();
    EXPECT_EQ(stored.address.province, expected.province);
    EXPECT_EQ(stored.address.district, expected.district);
    EXPECT_EQ(stored.address.tehsil, expected.tehsil);
    EXPECT_EQ(stored.address.unionCouncil, expected.unionCouncil);
    EXPECT_EQ(stored.address.village, expected.village);

    // The next new patient starts there, with the lists of those places…
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->form());
    EXPECT_EQ(picker()->address(), expected);
    EXPECT_TRUE(picker()->isListed(PlaceLevel::Village));
    EXPECT_EQ(picker()->combo(PlaceLevel::Village)->count(), 2);
    // …and so does the first one after a restart.
    screen.reset();
    FrontDeskTest::SetUp();
    openNewForm();
    EXPECT_EQ(picker()->address(), expected);
}

TEST_F(gui_front_desk_address, UnknownVillageShowsAnAmberHintAndStillSaves)
{
    openNewForm();
    fillPerson("Allah Ditta", "M", "52");
    ASSERT_TRUE(tabTo("provinceCombo"));
    type("punjab");   // typed in full, no list used
    key(Qt::Key_Tab);
    type("faisalabad");
    key(Qt::Key_Tab);
    type("samundri");
    key(Qt::Key_Tab);
    type("uc-31 makkuana");
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), QStringLiteral("villageCombo"));
    EXPECT_EQ(picker()->combo(PlaceLevel::Village)->count(), 2);   // Jhok Bodo, Makkuana
    EXPECT_FALSE(hint("villageHint")->isVisible());
    type("Jhok Bodla");
    key(Qt::Key_Tab);   // the hint comes when the box is left, not while typing

    ui::FieldIssueLabel* village = hint("villageHint");
    EXPECT_TRUE(village->isVisible());
    EXPECT_TRUE(village->hasWarning());
    EXPECT_FALSE(village->hasError());
    EXPECT_EQ(village->text(), QStringLiteral("Not in the village list — check the spelling"));
    for (const char* h : {"provinceHint", "districtHint", "tehsilHint", "unionCouncilHint"}) EXPECT_FALSE(hint(h)->isVisible()) << h;
    saveShot(screen.get(), QStringLiteral("form-address-unknown-village"));

    key(Qt::Key_S, Qt::ControlModifier);   // a warning of its own: one Save is enough
    ASSERT_EQ(screen->currentView(), screen->page()) << child<QLabel>(screen.get(), "formStatus")->text().toStdString();
    const Patient stored = storedPatient();
    EXPECT_EQ(stored.address.province, QStringLiteral("Punjab"));   // as the list writes them
    EXPECT_EQ(stored.address.district, QStringLiteral("Faisalabad"));
    EXPECT_EQ(stored.address.tehsil, QStringLiteral("Samundri"));
    EXPECT_EQ(stored.address.unionCouncil, QStringLiteral("UC-31 Makkuana"));
    EXPECT_EQ(stored.address.village, QStringLiteral("Jhok Bodla"));   // as typed
}

TEST_F(gui_front_desk_address, EscClosesTheListNotTheFormAndANewPlaceAboveClearsTheChosenOnesBelow)
{
    openNewForm();
    ASSERT_TRUE(tabTo("provinceCombo"));
    QComboBox* province = picker()->combo(PlaceLevel::Province);
    type("a");   // Punjab, Sindh, Balochistan, …
    ASSERT_TRUE(bhu::test::waitUntil([province] { return province->completer()->popup()->isVisible(); }, 2000));
    key(Qt::Key_Escape);
    EXPECT_FALSE(province->completer()->popup()->isVisible());
    EXPECT_EQ(screen->currentView(), screen->form());
    key(Qt::Key_Backspace);

    choose("punj", QStringLiteral("Punjab — پنجاب"));
    key(Qt::Key_Tab);
    choose("fais", QStringLiteral("Faisalabad"));
    key(Qt::Key_Tab);
    choose("samun", QStringLiteral("Samundri"));
    EXPECT_EQ(picker()->address().tehsil, QStringLiteral("Samundri"));

    // Sindh instead of Punjab: Faisalabad and Samundri belonged to Punjab.
    key(Qt::Key_Tab, Qt::ShiftModifier);
    key(Qt::Key_Tab, Qt::ShiftModifier);
    ASSERT_EQ(focused(), QStringLiteral("provinceCombo"));
    choose("sindh", QStringLiteral("Sindh — سندھ"));
    EXPECT_TRUE(picker()->combo(PlaceLevel::District)->currentText().isEmpty());
    EXPECT_TRUE(picker()->combo(PlaceLevel::Tehsil)->currentText().isEmpty());
    EXPECT_EQ(picker()->combo(PlaceLevel::District)->count(), 1);   // Tharparkar
    EXPECT_EQ(picker()->combo(PlaceLevel::Tehsil)->count(), 0);
}

TEST_F(gui_front_desk_address, EditingKeepsAnAddressThatIsNotInTheLists)
{
    // The known patient lives in Lahore/Raiwind, which the facility's lists do not have.
    screen->openPatient(s_known->id);
    ASSERT_EQ(screen->currentView(), screen->page());
    key(Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(screen->form()->isEditing());
    EXPECT_EQ(picker()->address(), s_known->address);
    EXPECT_TRUE(picker()->isListed(PlaceLevel::Province));
    EXPECT_TRUE(hint("districtHint")->isVisible());   // Punjab has a list of districts
    EXPECT_FALSE(hint("tehsilHint")->isVisible());    // Lahore has none: nothing to compare with
    EXPECT_FALSE(hint("villageHint")->isVisible());
    EXPECT_EQ(screen->form()->fields()->applyTo(*s_known).address, s_known->address);
    key(Qt::Key_Escape);
    EXPECT_EQ(screen->currentView(), screen->page());
}

} // namespace
