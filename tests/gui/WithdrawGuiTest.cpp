// Withdrawing records entered in error from the screens (docs/sync-protocol.md, "Tombstones"),
// by keyboard, as the clinician: a signed visit from the visit form (Alt+W, the reason, Enter),
// an open one from today's queue, a patient registration from the patient page (refused while a
// visit still counts, the refusal shown in the dialog); the front desk does not get the action.
#include "VisitFixture.h"
#include "bhu/db/Tombstones.h"
#include "bhu/services/WithdrawalService.h"
#include "patients/WithdrawDialog.h"
#include "visits/VisitForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;
using bhu::test::waitUntil;

namespace {

class gui_withdraw : public bhu::test::VisitTest {
protected:
    VisitRecord signedVisit()
    {
        VisitRecord r = startAndOpen();
        r.visit.chiefComplaint = QStringLiteral("Cough");
        Diagnosis d;
        d.icd10 = QStringLiteral("J06.9");
        d.display = QStringLiteral("Common cold");
        r.diagnoses = {d};
        auto closed = services::VisitService(*s_session).closeVisit(r);
        EXPECT_TRUE(closed.ok()) << closed.error().message.toStdString();
        return closed.ok() ? closed.value() : VisitRecord{};
    }
    bool withdrawn(const char* type, const QString& id)
    {
        return db::Tombstones(s_session->store().conn()).isWithdrawn(QString::fromLatin1(type), id).value();
    }
    bool inQueue(const QString& visitId)
    {
        auto q = services::VisitService(*s_session).todayQueue();
        for (const QueueEntry& e : q.value())
            if (e.visit.id == visitId) return true;
        return false;
    }
    ui::WithdrawDialog* openDialog(QWidget* window)
    {
        // A closed dialog leaves no active window on the offscreen platform: back to the window.
        window->window()->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window->window()));
        pressKey(window, Qt::Key_W, Qt::AltModifier);   // the button's mnemonic
        ui::WithdrawDialog* d = nullptr;
        EXPECT_TRUE(waitUntil([&] { return (d = window->findChild<ui::WithdrawDialog*>()) && d->isVisible(); }, 5000));
        return d;
    }
};

TEST_F(gui_withdraw, ASignedVisitIsWithdrawnFromTheFormByKeyboard)
{
    const VisitRecord r = signedVisit();
    ASSERT_FALSE(r.visit.id.isEmpty());
    screen->showVisit(r);
    ui::VisitForm* form = screen->form();
    ASSERT_TRUE(form->isReadOnly());
    auto* button = child<QPushButton>(form, "withdrawVisitButton");
    ASSERT_TRUE(button->isVisible());
    ASSERT_TRUE(button->isEnabled());

    ui::WithdrawDialog* dialog = openDialog(form);
    ASSERT_NE(dialog, nullptr);
    auto* reason = child<QLineEdit>(dialog, "withdrawReason");
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == reason; }, 5000));
    auto* confirm = child<QPushButton>(dialog, "withdrawConfirmButton");
    QTest::keyClicks(reason, QStringLiteral("wrong"));
    EXPECT_FALSE(confirm->isEnabled());   // a reason of at least 10 characters
    pressKey(dialog, Qt::Key_Return);
    EXPECT_FALSE(withdrawn("Encounter", r.visit.id));
    QTest::keyClicks(reason, QStringLiteral(" patient, Ayesha's visit"));
    EXPECT_TRUE(confirm->isEnabled());
    QSignalSpy changed(form, &ui::VisitForm::changed);
    pressKey(dialog, Qt::Key_Return);

    ASSERT_TRUE(waitUntil([&] { return withdrawn("Encounter", r.visit.id); }, 5000));
    EXPECT_TRUE(withdrawn("Condition", r.diagnoses[0].id));
    EXPECT_EQ(changed.count(), 1);
    auto* banner = child<QLabel>(form, "withdrawnLabel");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("wrong patient, Ayesha's visit"))) << banner->text().toStdString();
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(child<QPushButton>(form, "correctButton")->isVisible());
    EXPECT_FALSE(inQueue(r.visit.id));
    EXPECT_TRUE(services::VisitService(*s_session).history(patient.id)->isEmpty());
}

TEST_F(gui_withdraw, AnOpenVisitLeavesTheQueueAndEscCancels)
{
    const VisitRecord r = startAndOpen();
    ASSERT_FALSE(r.visit.id.isEmpty());
    ui::VisitForm* form = screen->form();
    ASSERT_FALSE(form->isReadOnly());

    ui::WithdrawDialog* dialog = openDialog(form);
    ASSERT_NE(dialog, nullptr);
    pressKey(dialog, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return form->findChild<ui::WithdrawDialog*>() == nullptr; }, 5000));   // deleted on close
    EXPECT_FALSE(withdrawn("Encounter", r.visit.id));

    dialog = openDialog(form);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "withdrawReason"), QStringLiteral("queued the wrong patient"));
    pressKey(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return withdrawn("Encounter", r.visit.id); }, 5000));
    EXPECT_TRUE(form->isReadOnly());
    EXPECT_FALSE(inQueue(r.visit.id));
    EXPECT_FALSE(child<QPushButton>(form, "saveDraftButton")->isEnabled());
}

TEST_F(gui_withdraw, ARegistrationIsRefusedWhileAVisitCountsThenWithdrawn)
{
    const VisitRecord r = signedVisit();
    ui::PatientPage page(access);
    page.resize(1200, 900);
    page.setPatient(patient);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    ASSERT_TRUE(child<QPushButton>(&page, "withdrawPatientButton")->isVisible());
    QSignalSpy back(&page, &ui::PatientPage::backRequested);

    ui::WithdrawDialog* dialog = openDialog(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "withdrawReason"), QStringLiteral("registered twice by mistake"));
    pressKey(dialog, Qt::Key_Return);
    auto* error = child<QLabel>(dialog, "withdrawError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }, 5000));
    EXPECT_TRUE(error->text().contains(QStringLiteral("merge"))) << error->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());   // stays open: the user reads why
    EXPECT_FALSE(withdrawn("Patient", patient.id));
    pressKey(dialog, Qt::Key_Escape);

    ASSERT_TRUE(services::WithdrawalService(*s_session).withdrawVisit(r.visit.id, QStringLiteral("wrong patient chosen")).ok());
    ASSERT_TRUE(waitUntil([&] { return page.findChild<ui::WithdrawDialog*>() == nullptr; }, 5000));
    dialog = openDialog(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "withdrawReason"), QStringLiteral("registered twice by mistake"));
    pressKey(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return withdrawn("Patient", patient.id); }, 5000));
    EXPECT_EQ(back.count(), 1);
    EXPECT_EQ(services::PatientService(*s_session).open(patient.id).code(), ErrorCode::NotFound);
}

TEST_F(gui_withdraw, TheFrontDeskDoesNotGetTheAction)
{
    bhu::test::addUser(*s_db, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("pw-front-desk-2024"));
    auto s = services::Session::unlock(s_db->path, QStringLiteral("desk"), QStringLiteral("pw-front-desk-2024"), QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    auto deskAccess = std::make_shared<ui::SessionAccess>(std::shared_ptr<services::Session>(std::move(s.value())));
    ui::PatientPage page(deskAccess);
    page.setPatient(patient);
    page.show();
    EXPECT_FALSE(child<QPushButton>(&page, "withdrawPatientButton")->isVisible());
    EXPECT_EQ(page.withdrawPatient(), nullptr);
    ui::VisitForm form(deskAccess);
    EXPECT_FALSE(child<QPushButton>(&form, "withdrawVisitButton")->isVisible());
    EXPECT_EQ(form.withdrawVisit(), nullptr);
}

} // namespace
