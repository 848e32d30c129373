// Community area (issue #9), offline on an LHW laptop: an LHW registers a household of five by
// keyboard (each member through the registration path and its duplicate check), registers the
// wife's pregnancy and records the baby's Penta-1, and the village's defaulter list shows the
// children overdue, and saves as PDF (audited). "Today" is fixed with a ManualClock.
#include "GuiTestUtil.h"
#include "bhu/db/AuditLog.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "community/DueListPanel.h"
#include "community/FamilyRegisterPanel.h"
#include "community/MaternalCarePanel.h"
#include "community/MoveMemberBox.h"
#include "community/MemberCardPanel.h"
#include "patients/SessionAccess.h"
#include "screens/CommunityScreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace bhu;
using namespace bhu::test;

namespace {
const QString kLhw = QStringLiteral("lhw_rubina");
const QString kLhwPassword = QStringLiteral("pw-lhw-2024-x");

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(w, text);
}

QTreeWidgetItem* rowOf(QTreeWidget* tree, const QString& name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0) == name) return tree->topLevelItem(i)->child(j);
    return nullptr;
}

class CommunityFlow : public testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bhu-test"));
        QCoreApplication::setApplicationName(QStringLiteral("gui_community_test-%1").arg(QCoreApplication::applicationPid()));
        db = makeTestDb(QStringLiteral("BHU-0042"));
        addUser(db, kLhw, Role::Lhw, kLhwPassword);
        auto s = services::Session::unlock(db.path, kLhw, kLhwPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        session = std::shared_ptr<services::Session>(std::move(s.value()));
        access = std::make_shared<ui::SessionAccess>(session);
        screen = std::make_unique<ui::CommunityScreen>(access, clock);
        screen->resize(1400, 1000);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    void TearDown() override
    {
        screen.reset();
        access.reset();
        session.reset();
    }

    void addMember(const char* name, Sex sex, QDate born, Relationship rel)
    {
        ui::FamilyRegisterPanel* reg = screen->familyRegister();
        typeInto(reg->nameEdit(), QString::fromLatin1(name));
        reg->sexBox()->setCurrentIndex(reg->sexBox()->findData(int(sex)));
        reg->birthEdit()->setDate(born);
        reg->relationshipBox()->setCurrentIndex(reg->relationshipBox()->findData(relationshipCode(rel)));
        QTest::mouseClick(reg->addMemberButton(), Qt::LeftButton);
        if (reg->notDuplicateBox()->isVisible()) {   // the duplicate check asked: confirm, as the LHW would
            reg->notDuplicateBox()->setChecked(true);
            QTest::mouseClick(reg->addMemberButton(), Qt::LeftButton);
        }
        ASSERT_NE(rowOf(reg->tree(), QString::fromLatin1(name)), nullptr) << reg->statusLabel()->text().toStdString();
    }

    void select(const char* name)
    {
        QTreeWidgetItem* row = rowOf(screen->familyRegister()->tree(), QString::fromLatin1(name));
        ASSERT_NE(row, nullptr);
        screen->familyRegister()->tree()->setCurrentItem(row);
    }

    TestDb db;
    ManualClock clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
    std::shared_ptr<services::Session> session;
    std::shared_ptr<ui::SessionAccess> access;
    std::unique_ptr<ui::CommunityScreen> screen;
};
} // namespace

TEST_F(CommunityFlow, LhwRegistersAHouseholdPregnancyAndPenta1AndSeesTheDefaulters)
{
    ui::FamilyRegisterPanel* reg = screen->familyRegister();
    typeInto(reg->villageEdit(), QStringLiteral("Chak 12"));
    typeInto(reg->addressEdit(), QStringLiteral("House 4, near the mosque"));
    QTest::keyClick(reg->addressEdit(), Qt::Key_Return);
    ASSERT_EQ(reg->tree()->topLevelItemCount(), 1) << reg->statusLabel()->text().toStdString();

    addMember("Akram Ali", Sex::Male, QDate(1985, 3, 10), Relationship::Head);
    addMember("Nasreen Bibi", Sex::Female, QDate(1995, 1, 1), Relationship::Spouse);
    addMember("Bilal Akram", Sex::Male, QDate(2021, 2, 1), Relationship::Son);
    addMember("Sana Akram", Sex::Female, QDate(2025, 10, 1), Relationship::Daughter);
    addMember("Hamza Akram", Sex::Male, QDate(2026, 3, 1), Relationship::Son);
    ASSERT_EQ(reg->tree()->topLevelItem(0)->childCount(), 5);
    EXPECT_EQ(reg->tree()->topLevelItem(0)->child(0)->text(0), QStringLiteral("Akram Ali"));   // the head first
    EXPECT_FALSE(reg->tree()->topLevelItem(0)->child(0)->text(1).isEmpty());                  // an MR number each

    // The wife's pregnancy.
    select("Nasreen Bibi");
    ui::MemberCardPanel* card = screen->card();
    ASSERT_TRUE(card->registerPregnancyButton()->isVisible());
    card->lmpEdit()->setDate(QDate(2026, 3, 1));
    card->gravidaBox()->setValue(4);
    card->paraBox()->setValue(3);
    QTest::mouseClick(card->registerPregnancyButton(), Qt::LeftButton);
    EXPECT_TRUE(card->pregnancyLabel()->text().contains(QStringLiteral("expected delivery"))) << card->statusLabel()->text().toStdString();
    EXPECT_FALSE(card->registerPregnancyButton()->isEnabled());

    // The baby's Penta-1, given today at the LHW's outreach session.
    select("Hamza Akram");
    ASSERT_FALSE(card->registerPregnancyButton()->isVisible());
    card->doseBox()->setCurrentIndex(card->doseBox()->findData(QStringLiteral("Penta-1")));
    typeInto(card->lotEdit(), QStringLiteral("PN-24-0913"));
    QTest::mouseClick(card->recordDoseButton(), Qt::LeftButton);
    EXPECT_EQ(card->statusLabel()->text(), QStringLiteral("Penta-1 recorded."));
    bool pentaShown = false;
    for (int r = 0; r < card->dueTable()->rowCount(); ++r)
        if (card->dueTable()->item(r, 0)->text() == u"Penta-2") pentaShown = true;
    EXPECT_TRUE(pentaShown);   // the card now asks for Penta-2

    // The village's due list: the pregnant wife first (no Td dose yet), then both small children,
    // overdue (defaulters); the 5-year-old and the husband are not on it.
    screen->tabs()->setCurrentWidget(screen->dueList());
    ui::DueListPanel* due = screen->dueList();
    ASSERT_EQ(due->entries().size(), 3) << due->statusLabel()->text().toStdString();
    EXPECT_EQ(due->entries().first().patient.name, QStringLiteral("Nasreen Bibi"));
    EXPECT_TRUE(due->entries().first().pregnant);
    EXPECT_EQ(due->table()->item(0, 0)->text(), QStringLiteral("Nasreen Bibi (pregnant)"));
    EXPECT_TRUE(due->table()->item(0, 4)->text().contains(QStringLiteral("Td-1"))) << due->table()->item(0, 4)->text().toStdString();
    QStringList names;
    for (const auto& e : due->entries()) {
        names << e.patient.name;
        EXPECT_TRUE(e.defaulter) << e.patient.name.toStdString();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("Sana Akram")));
    EXPECT_TRUE(names.contains(QStringLiteral("Hamza Akram")));
    for (int r = 1; r < due->table()->rowCount(); ++r) {
        const QString doses = due->table()->item(r, 4)->text();
        if (due->table()->item(r, 0)->text() == u"Hamza Akram") {
            EXPECT_FALSE(doses.contains(QStringLiteral("Penta"))) << doses.toStdString();   // given today
            EXPECT_TRUE(doses.contains(QStringLiteral("BCG-1"))) << doses.toStdString();
        } else {
            EXPECT_TRUE(doses.contains(QStringLiteral("Penta-1 (overdue)"))) << doses.toStdString();
        }
        EXPECT_TRUE(due->table()->item(r, 0)->font().bold());
    }

    // Printable for the vaccinator: a PDF, and the print is audited.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("chak12-due.pdf"));
    const Status saved = due->savePdf(pdf);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    db::AuditFilter f;
    f.action = QStringLiteral("immunisation.duelist.print");
    auto printed = access->runSession([&](services::Session& s) { return db::AuditLog(s.store().conn()).query(f); });
    ASSERT_TRUE(printed.ok());
    EXPECT_EQ(printed->size(), 1);
}

// The LHW's mother-and-child work on the card, by keyboard: an ANC visit with a danger sign and
// high BP prompts a referral; a family-planning visit; the delivery outcome; a daughter who
// married moves to her husband's household and the register keeps her history.
TEST_F(CommunityFlow, LhwRecordsAncFamilyPlanningDeliveryAndMovesAMember)
{
    // The register stamps memberships with the computer's date; the screen's clock follows it
    // here so that a move is not dated before the member joined.
    clock.set(QDateTime::currentDateTimeUtc());
    const QDate today = clock.nowUtc().toLocalTime().date();
    ui::FamilyRegisterPanel* reg = screen->familyRegister();
    typeInto(reg->villageEdit(), QStringLiteral("Chak 12"));
    typeInto(reg->addressEdit(), QStringLiteral("House 4"));
    QTest::keyClick(reg->addressEdit(), Qt::Key_Return);
    addMember("Akram Ali", Sex::Male, QDate(1985, 3, 10), Relationship::Head);
    addMember("Nasreen Bibi", Sex::Female, QDate(1995, 1, 1), Relationship::Spouse);
    addMember("Sadia Akram", Sex::Female, QDate(2006, 5, 1), Relationship::Daughter);
    reg->villageEdit()->clear();
    reg->addressEdit()->clear();
    typeInto(reg->villageEdit(), QStringLiteral("Chak 12"));
    typeInto(reg->addressEdit(), QStringLiteral("House 9"));
    QTest::keyClick(reg->addressEdit(), Qt::Key_Return);
    ASSERT_EQ(reg->tree()->topLevelItemCount(), 2) << reg->statusLabel()->text().toStdString();
    addMember("Imran Khan", Sex::Male, QDate(2000, 2, 2), Relationship::Head);

    select("Nasreen Bibi");
    ui::MemberCardPanel* card = screen->card();
    ui::MaternalCarePanel* care = card->maternalCare();
    ASSERT_TRUE(care->isVisible());
    EXPECT_FALSE(care->recordContactButton()->isEnabled());   // no pregnancy yet
    EXPECT_FALSE(care->recordOutcomeButton()->isEnabled());
    card->lmpEdit()->setMaximumDate(today);
    card->lmpEdit()->setDate(today.addDays(-20 * 7));
    QTest::mouseClick(card->registerPregnancyButton(), Qt::LeftButton);
    ASSERT_TRUE(care->recordContactButton()->isEnabled()) << card->statusLabel()->text().toStdString();

    // ANC-1 by keyboard: BP 150/95, swelling ticked with Space.
    typeInto(care->systolicBox(), QStringLiteral("150"));
    typeInto(care->diastolicBox(), QStringLiteral("95"));
    typeInto(care->hbBox(), QStringLiteral("10.5"));
    QListWidget* signs = care->dangerSignList();
    signs->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < signs->count(); ++i)
        if (signs->item(i)->data(Qt::UserRole).toString() == u"swelling") signs->setCurrentRow(i);
    QTest::keyClick(signs, Qt::Key_Space);
    care->recordContactButton()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(care->recordContactButton(), Qt::Key_Space);
    const QString said = care->statusLabel()->text();
    EXPECT_TRUE(said.startsWith(QStringLiteral("ANC-1 recorded. Refer her now"))) << said.toStdString();

    // Family planning is recorded for the woman (no pregnancy needed).
    care->fpMethodBox()->setCurrentIndex(care->fpMethodBox()->findData(QStringLiteral("injectable")));
    care->newAcceptorBox()->setChecked(true);
    QTest::mouseClick(care->recordFpButton(), Qt::LeftButton);
    EXPECT_TRUE(care->statusLabel()->text().startsWith(QStringLiteral("Family planning visit recorded"))) << care->statusLabel()->text().toStdString();

    // The delivery: a live birth at the BHU, attended by the LHV.
    care->outcomeBox()->setCurrentIndex(care->outcomeBox()->findData(QStringLiteral("live-birth")));
    care->placeBox()->setCurrentIndex(care->placeBox()->findData(QStringLiteral("bhu")));
    typeInto(care->attendantEdit(), QStringLiteral("LHV"));
    QTest::mouseClick(care->recordOutcomeButton(), Qt::LeftButton);
    EXPECT_TRUE(care->statusLabel()->text().startsWith(QStringLiteral("Outcome recorded"))) << care->statusLabel()->text().toStdString();
    EXPECT_FALSE(care->recordOutcomeButton()->isEnabled());
    EXPECT_TRUE(card->registerPregnancyButton()->isEnabled());   // no ongoing pregnancy any more
    const auto count = [&](const char* sql) {
        auto n = access->runSession([&](services::Session& ss) { return ss.store().conn().queryInt(QString::fromLatin1(sql)); });
        return n.ok() ? n.value() : -1;
    };
    EXPECT_EQ(count("SELECT count(*) FROM mch_contacts WHERE kind = 'anc' AND referred = 1"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM mch_contacts WHERE kind = 'fp' AND fp_method = 'injectable'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM pregnancies WHERE outcome = 'live-birth' AND delivery_place = 'bhu'"), 1);

    // Sadia marries Imran: she moves to his household as his wife; the history stays.
    select("Sadia Akram");
    ui::MoveMemberBox* move = card->moveBox();
    ASSERT_EQ(move->householdBox()->count(), 1) << move->statusLabel()->text().toStdString();   // the other household of the village
    EXPECT_TRUE(move->householdBox()->currentText().contains(QStringLiteral("Imran Khan")));
    move->relationshipBox()->setCurrentIndex(move->relationshipBox()->findData(relationshipCode(Relationship::Spouse)));
    typeInto(move->reasonEdit(), QStringLiteral("marriage"));
    QTest::mouseClick(move->moveButton(), Qt::LeftButton);
    EXPECT_TRUE(move->statusLabel()->text().startsWith(QStringLiteral("Moved to"))) << move->statusLabel()->text().toStdString();
    QTreeWidgetItem* row = rowOf(reg->tree(), QStringLiteral("Sadia Akram"));
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->parent()->text(0).contains(QStringLiteral("House 9"))) << row->parent()->text(0).toStdString();
}
