// The Patients screen's search box, driven with the keyboard on a seeded database: every way a
// receptionist finds a returning patient, the line saying how the text was understood, and
// moving from the box into the results.
#include "FrontDeskFixture.h"
#include "bhu/domain/MrNumber.h"
#include "patients/PatientForm.h"
#include "patients/PatientPage.h"

#include <QLabel>
#include <QTableView>

using namespace bhu;
using bhu::test::child;

namespace {

class gui_front_desk_search : public bhu::test::FrontDeskTest {};

TEST_F(gui_front_desk_search, SearchBoxHasFocusWhenShown)
{
    EXPECT_EQ(QApplication::focusWidget(), screen->searchView()->searchEdit());
}

TEST_F(gui_front_desk_search, FindsByMrNumberWithAndWithoutDashes)
{
    const QString mr = s_known->mrNumber();
    ASSERT_EQ(mr.size(), 12);
    for (const QString& typed : {formatMrNumber(mr), mr}) {
        ASSERT_TRUE(search(typed)) << typed.toStdString();
        EXPECT_TRUE(resultsContain(s_known->id)) << typed.toStdString();
        EXPECT_EQ(screen->searchView()->lastKind(), QueryKind::MrNumber) << typed.toStdString();
        EXPECT_EQ(child<QLabel>(screen.get(), "queryKindLabel")->text(), QStringLiteral("Searching by MR number"));
    }
}

TEST_F(gui_front_desk_search, WrongCheckDigitIsExplainedUnderTheBox)
{
    QString mr = s_known->mrNumber();
    mr[11] = QChar(u'0' + (mr.at(11).digitValue() + 1) % 10);   // one mistyped digit
    ASSERT_TRUE(search(mr));
    auto* notice = child<QLabel>(screen.get(), "queryNoticeLabel");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("check digit"))) << notice->text().toStdString();
    saveShot(screen.get(), QStringLiteral("search-check-digit"));
    EXPECT_FALSE(resultsContain(s_known->id));
}

TEST_F(gui_front_desk_search, FindsByCnicAndPhone)
{
    for (const QString& typed : {QStringLiteral("35202-9876543-1"), QStringLiteral("3520298765431"), QStringLiteral("0321-7654321"),
                                 QStringLiteral("03217654321")}) {
        ASSERT_TRUE(search(typed)) << typed.toStdString();
        EXPECT_TRUE(resultsContain(s_known->id)) << typed.toStdString();
    }
    ASSERT_TRUE(search(QStringLiteral("0321-7654321")));
    EXPECT_EQ(screen->searchView()->lastKind(), QueryKind::Phone);
}

TEST_F(gui_front_desk_search, FindsMisspelledAndReorderedNames)
{
    for (const QString& typed : {QStringLiteral("Mohamad Rafiq Qureshi"), QStringLiteral("Qureshi Rafiq"),
                                 QStringLiteral("rafiq qureshi s/o abdul ghafoor")}) {
        ASSERT_TRUE(search(typed)) << typed.toStdString();
        EXPECT_TRUE(resultsContain(s_known->id)) << typed.toStdString();
        EXPECT_EQ(screen->searchView()->lastKind(), QueryKind::Name);
    }
}

TEST_F(gui_front_desk_search, ResultsShowTheLatestQueryOnly)
{
    // Typed key by key: each key supersedes the search before it.
    ASSERT_TRUE(search(QStringLiteral("0321-7654321")));
    QTest::keyClick(screen->searchView()->searchEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(screen->searchView()->searchEdit(), QStringLiteral("Mohamad Rafiq"));
    ASSERT_TRUE(bhu::test::waitUntil([this] { return !screen->searchView()->isSearching(); }));
    EXPECT_EQ(screen->searchView()->lastKind(), QueryKind::Name);
    EXPECT_TRUE(resultsContain(s_known->id));
}

TEST_F(gui_front_desk_search, DownMovesIntoResultsAndEnterOpensThePatient)
{
    ASSERT_TRUE(search(QStringLiteral("Rafiq Qureshi")));
    saveShot(screen.get(), QStringLiteral("search"));
    auto* table = child<QTableView>(screen.get(), "resultsTable");
    ASSERT_GT(table->model()->rowCount(), 0);
    bhu::test::pressKey(screen.get(), Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), table);
    // Walk to the known patient's row and open it with Enter.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (screen->searchView()->model()->hits().at(r).patientId == s_known->id) row = r;
    ASSERT_GE(row, 0);
    for (int r = 0; r < row; ++r) bhu::test::pressKey(screen.get(), Qt::Key_Down);
    bhu::test::pressKey(screen.get(), Qt::Key_Return);
    ASSERT_EQ(screen->currentView(), screen->page());
    EXPECT_EQ(screen->page()->patient().id, s_known->id);
    EXPECT_EQ(child<QLabel>(screen.get(), "mrLabel")->text(), formatMrNumber(s_known->mrNumber()));
    EXPECT_EQ(child<QLabel>(screen.get(), "guardianLabel")->text(), QStringLiteral("S/O Abdul Ghafoor Qureshi"));
    saveShot(screen.get(), QStringLiteral("page"));

    // Ctrl+F from the patient page: back to the box, text selected for the next patient.
    bhu::test::pressKey(screen.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(screen->currentView(), screen->searchView());
    EXPECT_EQ(QApplication::focusWidget(), screen->searchView()->searchEdit());
    EXPECT_TRUE(screen->searchView()->searchEdit()->hasSelectedText());
}

TEST_F(gui_front_desk_search, EnterOnAScannedMrOpensThePatientDirectly)
{
    // A barcode scanner types the digits and Enter faster than any search finishes.
    screen->searchView()->searchEdit()->setFocus();
    QTest::keyClicks(screen->searchView()->searchEdit(), s_known->mrNumber());
    bhu::test::pressKey(screen.get(), Qt::Key_Return);
    ASSERT_TRUE(bhu::test::waitUntil([this] { return screen->currentView() == screen->page(); }, 20000));
    EXPECT_EQ(screen->page()->patient().id, s_known->id);
}

TEST_F(gui_front_desk_search, CtrlNPrefillsTheFormWithATypedName)
{
    ASSERT_TRUE(search(QStringLiteral("Nasreen Akhtar w/o Javed Iqbal")));
    bhu::test::pressKey(screen.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(screen->currentView(), screen->form());
    EXPECT_EQ(child<QLineEdit>(screen.get(), "nameEdit")->text(), QStringLiteral("Nasreen Akhtar"));
    EXPECT_EQ(child<QLineEdit>(screen.get(), "guardianEdit")->text(), QStringLiteral("Javed Iqbal"));
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(screen.get(), "nameEdit"));
    // A number is not a name: the form starts empty.
    bhu::test::pressKey(screen.get(), Qt::Key_Escape);
    ASSERT_EQ(screen->currentView(), screen->searchView());
    ASSERT_TRUE(search(formatMrNumber(s_known->mrNumber())));
    bhu::test::pressKey(screen.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(child<QLineEdit>(screen.get(), "nameEdit")->text().isEmpty());
}

TEST_F(gui_front_desk_search, LayoutMirrorsRightToLeft)
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    {
        ui::PatientsScreen rtl(s_session);
        rtl.resize(1000, 700);
        rtl.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&rtl));
        auto* box = rtl.searchView()->searchEdit();
        QTest::keyClicks(box, QStringLiteral("Rafiq"));
        EXPECT_TRUE(bhu::test::waitUntil([&rtl] { return !rtl.searchView()->isSearching(); }));
        saveShot(&rtl, QStringLiteral("search-rtl"));
        auto* button = child<QWidget>(&rtl, "newPatientButton");
        EXPECT_LT(button->mapTo(&rtl, QPoint(0, 0)).x(), box->mapTo(&rtl, QPoint(0, 0)).x())
            << "the New patient button is at the left in right-to-left languages";
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

} // namespace
