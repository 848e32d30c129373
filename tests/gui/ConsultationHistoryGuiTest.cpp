// Telemedicine at the BHU (issue #10): the specialist's answer in the patient's history and on
// the visit screen with its one-action adoption (open visit: into the draft with what was typed;
// closed visit: a signed correction), and the "new answers" notice of the main window after a
// sync.
#include "VisitFixture.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/sync/SyncReport.h"
#include "bhu/ui/MainWindow.h"
#include "admin/TeleconsultPanel.h"
#include "bhu/services/TeleconsultSettings.h"
#include "bhu/ui/Language.h"
#include "consult/AnswerActions.h"
#include "consult/AskSpecialistDialog.h"
#include "consult/CameraCapture.h"
#include "consult/ConsultationNotePrinting.h"
#include "consult/LiveCallBar.h"
#include "consult/NewAnswersNotice.h"
#include "consult/PatientConsultationsView.h"
#include "consult/VisitConsultationsPanel.h"
#include "print/PrintLanguage.h"
#include "screens/AdminScreen.h"
#include "screens/ConsultationsScreen.h"
#include "screens/SyncScreen.h"
#include "visits/VisitFields.h"
#include "visits/VisitForm.h"
#include "visits/VisitTimeline.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QUuid>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;
using bhu::test::waitUntil;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000)) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

class gui_consult_history : public bhu::test::VisitTest {
protected:
    // A routine dermatology request sent from the visit through the service.
    ConsultationRequest send(const QString& visitId)
    {
        services::ConsultationService svc(*s_session);
        auto d = svc.draftRequest(visitId);
        EXPECT_TRUE(d.ok());
        if (!d.ok()) return {};
        d->specialty = QStringLiteral("dermatology");
        d->question = QStringLiteral("Ring-shaped itchy rash: what is it, how to treat?");
        auto r = svc.sendRequest(d.value());
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : ConsultationRequest{};
    }

    // The specialist's answer as the sync stores it.
    static ConsultationMessage answerOf(const ConsultationRequest& r)
    {
        ConsultationMessage m;
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.consultationId = r.id;
        m.patientId = r.patientId;
        m.kind = MessageKind::Answer;
        m.author = QStringLiteral("dr_khan");
        m.authorName = QStringLiteral("Dr Khan");
        m.authorFacility = QStringLiteral("HOSP-0001");
        m.sentAt = QDateTime::currentDateTimeUtc();
        m.text = QStringLiteral("Annular plaque with central clearing: tinea corporis.");
        m.advice = QStringLiteral("Keep dry.");
        m.suggestedIcd10 = QStringLiteral("B35.4");
        m.suggestedDiagnosis = QStringLiteral("Tinea corporis");
        m.suggestedTreatment = QStringLiteral("Clotrimazole 1% cream BD for 4 weeks");
        m.disposition = Disposition::ReferInPerson;
        return m;
    }
    void answer(const ConsultationRequest& r)
    {
        ASSERT_TRUE(db::ConsultationRepository(s_session->store().conn()).storeReceivedMessage(answerOf(r)).ok());
    }
    static bool hasDiagnosis(const VisitRecord& v, const QString& icd10)
    {
        for (const Diagnosis& d : v.diagnoses)
            if (d.icd10 == icd10) return true;
        return false;
    }
};

} // namespace

TEST_F(gui_consult_history, ThePatientsHistoryShowsEachConsultationWithItsAnswer)
{
    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    ASSERT_FALSE(asked.id.isEmpty());

    ui::PatientPage page(access);
    page.resize(1200, 900);
    page.show();
    page.setPatient(patient);
    ui::PatientConsultationsView* view = page.timeline()->consultations();
    ASSERT_TRUE(view->isVisible());
    ASSERT_EQ(view->topLevelItemCount(), 1);
    EXPECT_EQ(view->topLevelItem(0)->text(1), specialtyName(QStringLiteral("dermatology")));
    EXPECT_EQ(view->topLevelItem(0)->text(2), consultationStatusName(ConsultationStatus::Sent));
    EXPECT_TRUE(view->topLevelItem(0)->text(4).isEmpty());

    answer(asked);
    page.reloadVisits();
    ASSERT_EQ(view->topLevelItemCount(), 1);
    const QTreeWidgetItem* item = view->topLevelItem(0);
    EXPECT_EQ(item->text(2), consultationStatusName(ConsultationStatus::Answered));
    EXPECT_TRUE(item->text(3).contains(QStringLiteral("Tinea corporis (B35.4)"))) << item->text(3).toStdString();
    EXPECT_TRUE(item->text(3).contains(QStringLiteral("central clearing")));
    EXPECT_EQ(item->text(4), dispositionName(Disposition::ReferInPerson));
    // Reading the history is audited.
    EXPECT_GE(s_session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.history'")).value(), 2);

    // Another patient without consultations: the list is hidden.
    Patient other = patient;
    other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    page.setPatient(other);
    EXPECT_FALSE(view->isVisible());
}

TEST_F(gui_consult_history, TheOpenVisitShowsTheAnswerAndAdoptsItWithWhatWasTyped)
{
    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    answer(asked);
    screen->showVisit(db::VisitRepository(s_session->store().conn()).get(v.visit.id).value());
    ui::VisitForm* form = screen->form();
    ASSERT_NE(form, nullptr);
    ui::VisitConsultationsPanel* panel = form->consultations();
    ASSERT_TRUE(panel->isVisible());
    ASSERT_EQ(panel->list()->count(), 1);
    EXPECT_TRUE(panel->text()->toPlainText().contains(QStringLiteral("central clearing")));
    auto* adopt = child<QPushButton>(panel, "adoptDiagnosisButton");
    ASSERT_TRUE(adopt->isEnabled());
    // What the clinician typed and did not save yet is kept: the draft is saved first.
    auto* complaint = child<QLineEdit>(form, "complaintEdit");
    typeInto(complaint, QStringLiteral("Itchy rash for two weeks"));
    adopt->click();
    const VisitRecord now = form->record();
    EXPECT_TRUE(hasDiagnosis(now, QStringLiteral("B35.4"))) << "the form shows the adopted diagnosis";
    EXPECT_TRUE(now.visit.chiefComplaint.contains(QStringLiteral("Itchy rash")));
    auto stored = db::VisitRepository(s_session->store().conn()).get(v.visit.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(hasDiagnosis(stored.value(), QStringLiteral("B35.4")));
    EXPECT_TRUE(stored->visit.chiefComplaint.contains(QStringLiteral("Itchy rash")));
    // Saving the draft again keeps the adopted diagnosis.
    ASSERT_TRUE(form->saveDraft());
    EXPECT_TRUE(hasDiagnosis(db::VisitRepository(s_session->store().conn()).get(v.visit.id).value(), QStringLiteral("B35.4")));
}

TEST_F(gui_consult_history, TheClosedVisitAdoptsTheReferralAsASignedCorrection)
{
    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    services::VisitService visits(*s_session);
    VisitRecord draft = db::VisitRepository(s_session->store().conn()).get(v.visit.id).value();
    draft.visit.chiefComplaint = QStringLiteral("Rash");
    auto closed = visits.closeVisit(draft);
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    answer(asked);

    screen->showVisit(closed.value());
    ui::VisitForm* form = screen->form();
    ASSERT_TRUE(form->isReadOnly());
    ui::VisitConsultationsPanel* panel = form->consultations();
    ASSERT_TRUE(panel->isVisible()) << "a closed visit shows its consultations too";
    auto* referral = child<QPushButton>(panel, "adoptReferralButton");
    ASSERT_TRUE(referral->isEnabled());
    referral->click();
    const VisitRecord shown = form->record();
    EXPECT_NE(shown.visit.id, closed->visit.id) << "a new signed version";
    EXPECT_TRUE(shown.visit.isAmendment());
    EXPECT_FALSE(shown.referrals.isEmpty());
    EXPECT_TRUE(form->isReadOnly());
    // The new version still shows the consultation (every version of the visit).
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(panel->list()->count(), 1);
}

TEST_F(gui_consult_history, ASyncThatBringsAnAnswerAnnouncesItAndOpenGoesToConsultations)
{
    ui::MainWindow window(s_session);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::SyncScreen* sync = nullptr;
    for (ui::Screen* s : window.screens())
        if (auto* found = qobject_cast<ui::SyncScreen*>(s)) sync = found;
    ASSERT_NE(sync, nullptr);
    ui::NewAnswersNotice* notice = window.answersNotice();
    ASSERT_NE(notice, nullptr);

    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    sync::SyncReport report;
    report.ok = true;
    Q_EMIT sync->synced(report);
    EXPECT_FALSE(notice->isVisible()) << "a sync that brought nothing says nothing";

    answer(asked);   // what the sync's pull stores (db/SyncApply → storeReceivedMessage)
    report.pulled = 1;
    report.applied = 1;
    Q_EMIT sync->synced(report);
    ASSERT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("1 new answer"))) << notice->text().toStdString();
    EXPECT_EQ(window.currentArea(), ui::MainWindow::Area::Patients);
    // Not modal: the window keeps working; Ctrl+Shift+O opens the Consultations screen.
    pressKey(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window.currentArea(), ui::MainWindow::Area::Consultations);
    EXPECT_FALSE(notice->isVisible());
    // The same answer is not announced twice.
    Q_EMIT sync->synced(report);
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(gui_consult_history, TheNotePrintsInTheLanguageChosenForThePaper)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString bin = QFileInfo(bhu::test::binPath(QStringLiteral("bhu-clinic"))).absolutePath();
    ui::Language::instance().setTranslationsDir(bin);
    QTranslator urdu;
    ASSERT_TRUE(urdu.load(QStringLiteral("bhu_ur"), bin)) << "bhu_ur.qm in " << bin.toStdString();
    const QString heading = urdu.translate("ConsultationNotePrinting", "Teleconsultation note");
    ASSERT_FALSE(heading.isEmpty());
    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    answer(asked);

    // The screen offers the paper's language, the program's by default (English here).
    ui::ConsultationsScreen list(access);
    list.show();
    EXPECT_EQ(list.noteLanguage(), QStringLiteral("en"));
    list.noteLanguageBox()->setCurrentIndex(list.noteLanguageBox()->findData(QStringLiteral("ur")));
    EXPECT_EQ(list.noteLanguage(), QStringLiteral("ur"));

    // In Urdu while the program is in English: the text is the Urdu catalogue's, right to left.
    auto note = services::ConsultationService(*s_session).note(asked.id);
    ASSERT_TRUE(note.ok());
    {
        const ui::PrintLanguage lang(QStringLiteral("ur"));
        ASSERT_TRUE(lang.ok());
        EXPECT_EQ(lang.direction(), Qt::RightToLeft);
        const QString html = ui::ConsultationNotePrinting::html(note.value(), lang.direction());
        EXPECT_TRUE(html.contains(heading));
        EXPECT_FALSE(html.contains(QStringLiteral("Teleconsultation note")));
        EXPECT_TRUE(html.contains(QStringLiteral("dir=\"rtl\"")));
        EXPECT_TRUE(html.contains(QStringLiteral("Tinea corporis"))) << "the specialist's words stay as written";
    }
    EXPECT_EQ(ui::ConsultationNotePrinting::tr("Teleconsultation note"), QStringLiteral("Teleconsultation note")) << "the program stays in English";

    QTemporaryDir dir;
    const QString ur = dir.filePath(QStringLiteral("ur.pdf"));
    ASSERT_TRUE(ui::ConsultationNotePrinting::writePdf(*access, asked.id, ur, list.noteLanguage()).ok());
    const QString urText = pdfText(ur);
    EXPECT_FALSE(urText.contains(QStringLiteral("Teleconsultation note"))) << urText.toStdString();
    EXPECT_TRUE(urText.contains(QStringLiteral("B35.4"))) << urText.toStdString();

    // In English while the program is in Urdu.
    ASSERT_TRUE(ui::Language::instance().apply(QStringLiteral("ur")));
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    const Status st = ui::ConsultationNotePrinting::writePdf(*access, asked.id, en, QStringLiteral("en"));
    EXPECT_NE(ui::ConsultationNotePrinting::tr("Teleconsultation note"), QStringLiteral("Teleconsultation note")) << "the program stays in Urdu";
    ui::Language::instance().apply(QStringLiteral("en"));
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    const QString enText = pdfText(en);
    EXPECT_TRUE(enText.contains(QStringLiteral("Teleconsultation note"))) << enText.toStdString();
    EXPECT_TRUE(enText.contains(QStringLiteral("Suggested diagnosis"))) << enText.toStdString();
    EXPECT_FALSE(enText.contains(heading));
}

TEST_F(gui_consult_history, TheAnswerOffersTheMeetingLinkAndThePhoneAndTheCallIsLogged)
{
    // The administrator sets the facility's video-meeting link (https only).
    bhu::test::addUser(*s_db, QStringLiteral("admin_tc"), Role::Admin, QStringLiteral("pw-admin-tele-2024"));
    auto a = services::Session::unlock(s_db->path, QStringLiteral("admin_tc"), QStringLiteral("pw-admin-tele-2024"), QStringLiteral("test"));
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    std::shared_ptr<services::Session> admin(std::move(a.value()));
    ui::AdminScreen adminScreen(admin);
    auto* panel = adminScreen.findChild<ui::TeleconsultPanel*>();
    ASSERT_NE(panel, nullptr);
    panel->meetingUrlEdit()->clear();
    typeInto(panel->meetingUrlEdit(), QStringLiteral("http://meet.example.org/bhu-0042"));
    EXPECT_FALSE(panel->save());
    EXPECT_TRUE(panel->message().contains(QStringLiteral("https://"))) << panel->message().toStdString();
    EXPECT_TRUE(services::TeleconsultSettings(*admin).meetingUrl()->isEmpty()) << "nothing stored";
    panel->meetingUrlEdit()->clear();
    typeInto(panel->meetingUrlEdit(), QStringLiteral(" https://meet.example.org/bhu-0042 "));
    ASSERT_TRUE(panel->save()) << panel->message().toStdString();
    EXPECT_EQ(services::TeleconsultSettings(*admin).meetingUrl().value(), QStringLiteral("https://meet.example.org/bhu-0042"));
    EXPECT_TRUE(services::TeleconsultSettings(*s_session).setMeetingUrl(QStringLiteral("https://x.example.org")).is(ErrorCode::Forbidden))
        << "only the administrator changes it";

    // The specialist's answer carries a phone number.
    const VisitRecord v = startAndOpen();
    const ConsultationRequest asked = send(v.visit.id);
    ConsultationMessage m = answerOf(asked);
    m.authorPhone = QStringLiteral("0300 1234567");
    ASSERT_TRUE(db::ConsultationRepository(s_session->store().conn()).storeReceivedMessage(m).ok());

    ui::ConsultationsScreen list(access);
    list.show();
    list.refresh();
    int row = -1;
    for (int i = 0; i < list.table()->rowCount(); ++i)
        if (list.table()->item(i, 1)->text() == patient.name) row = i;
    ASSERT_GE(row, 0);
    list.table()->selectRow(row);
    ui::LiveCallBar* bar = list.callBar();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->callButton()->isVisible());
    EXPECT_EQ(bar->meetingUrl(), QStringLiteral("https://meet.example.org/bhu-0042"));
    EXPECT_TRUE(bar->phoneText().contains(QStringLiteral("0300 1234567"))) << bar->phoneText().toStdString();

    // The visit screen offers the same.
    screen->showVisit(db::VisitRepository(s_session->store().conn()).get(v.visit.id).value());
    EXPECT_TRUE(screen->form()->consultations()->callBar()->isVisible());

    // "Log call": a teleconsultation encounter (VR) of the patient, part of the visit.
    ASSERT_TRUE(bar->logCall(12));
    EXPECT_TRUE(list.message().contains(QStringLiteral("teleconsultation encounter"))) << list.message().toStdString();
    auto visits = db::VisitRepository(s_session->store().conn()).forPatient(patient.id);
    ASSERT_TRUE(visits.ok());
    int calls = 0;
    for (const VisitRecord& r : visits.value())
        if (r.visit.encounterClass == EncounterClass::Virtual && r.visit.partOfId == v.visit.id) ++calls;
    EXPECT_EQ(calls, 1);
}

TEST_F(gui_consult_history, WithoutACameraTakePhotoIsDisabledAndSaysWhyAndFilesStillWork)
{
    if (ui::camera::isAvailable()) GTEST_SKIP() << "a camera is connected to this computer";
    startAndOpen();
    ui::AskSpecialistDialog* dialog = screen->form()->askSpecialist();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    ASSERT_TRUE(waitUntil([dialog] { return QApplication::activeWindow() == dialog && dialog->isAncestorOf(QApplication::focusWidget()); }));
    auto* take = child<QPushButton>(dialog, "takePhotoButton");
    EXPECT_TRUE(take->isVisible());
    EXPECT_FALSE(take->isEnabled());
    EXPECT_EQ(take->toolTip(), ui::camera::unavailableReason());
    EXPECT_TRUE(take->toolTip().contains(QStringLiteral("file"))) << take->toolTip().toStdString();
    // Tab passes from "Add photo" over the disabled button to the photo list.
    child<QPushButton>(dialog, "addPhotoButton")->setFocus(Qt::TabFocusReason);
    pressKey(dialog, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QListWidget>(dialog, "photoList"))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "none");

    // A photo from a file still works, and a picture handed over in memory (the camera's) too.
    QTemporaryDir dir;
    QImage frame(4000, 3000, QImage::Format_RGB32);
    frame.fill(QColor(196, 150, 120));
    const QString path = dir.filePath(QStringLiteral("lesion.png"));
    ASSERT_TRUE(frame.save(path));
    dialog->addPhotoFile(path, QStringLiteral("From a file"));
    ASSERT_TRUE(waitUntil([dialog] { return !dialog->isLoadingPhoto(); }));
    EXPECT_EQ(dialog->pendingPhotos(), 1) << dialog->message().toStdString();
    dialog->addPhotoImage(frame, QStringLiteral("From the camera"));
    EXPECT_EQ(dialog->pendingPhotos(), 2);
    dialog->reject();
}
