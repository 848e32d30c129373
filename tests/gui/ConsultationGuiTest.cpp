// Telemedicine widgets (issue #10): "Ask a specialist" from an open visit by keyboard, with a
// photo read off the GUI thread; the specialist's inbox shows the request (the registry's
// delivery faked with the BHU's own case), the claim and the reply form work; the answer,
// delivered back to the BHU, is adopted as a diagnosis from the Consultations screen; another
// facility, another specialist and another role cannot open it.
#include "VisitFixture.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/ui/MainWindow.h"
#include "consult/AnswerForm.h"
#include "consult/AskSpecialistDialog.h"
#include "consult/ConsultationCaseView.h"
#include "consult/ConsultationNotePrinting.h"
#include "consult/PhotoViewer.h"
#include "screens/ConsultationsScreen.h"
#include "screens/SpecialistInboxScreen.h"
#include "visits/VisitForm.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;
using bhu::test::waitUntil;

namespace {

const QString kSpecialistPw = QStringLiteral("pw-specialist-2024");

class gui_consult : public bhu::test::VisitTest {
protected:
    // Sends an urgent dermatology request from the visit through the dialog, by keyboard, with
    // one photo; returns it.
    ConsultationRequest askByKeyboard(const QString& photoPath)
    {
        startAndOpen();
        auto* form = screen->findChild<ui::VisitForm*>();
        EXPECT_NE(form, nullptr);
        if (!form) return {};
        form->setFocus(Qt::OtherFocusReason);
        pressKey(screen.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = form->findChild<ui::AskSpecialistDialog*>();
        EXPECT_NE(dialog, nullptr) << "Ctrl+Shift+A opens Ask a specialist";
        if (!dialog) return {};
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        EXPECT_TRUE(waitUntil([dialog] { return QApplication::activeWindow() == dialog && dialog->isAncestorOf(QApplication::focusWidget()); }));
        // The case summary is pre-filled from the visit and editable.
        auto* summary = child<QPlainTextEdit>(dialog, "consultSummary");
        EXPECT_TRUE(summary->toPlainText().contains(QStringLiteral("female"))) << summary->toPlainText().toStdString();
        // Specialty (typing selects), Tab, urgency (Down: urgent), Tab, question, Tab, summary.
        EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(dialog, "consultSpecialty"))
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("d"));
        pressKey(dialog, Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(dialog, "consultUrgency"));
        pressKey(dialog, Qt::Key_Down);
        pressKey(dialog, Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "consultQuestion"))
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none") << " "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "") << " "
            << child<QComboBox>(dialog, "consultUrgency")->currentIndex();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ring-shaped itchy rash: tinea? Treatment?"));
        pressKey(dialog, Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), summary);
        pressKey(dialog, Qt::Key_End, Qt::ControlModifier);
        pressKey(dialog, Qt::Key_Return);
        QTest::keyClicks(summary, QStringLiteral("Brother has the same rash."));
        pressKey(dialog, Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog, "photoCaption"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Left forearm"));
        dialog->addPhotoFile(photoPath, QStringLiteral("Left forearm"));   // what the file dialog gives
        EXPECT_TRUE(waitUntil([dialog] { return !dialog->isLoadingPhoto(); }));
        EXPECT_EQ(dialog->pendingPhotos(), 1) << dialog->message().toStdString();
        EXPECT_EQ(child<QListWidget>(dialog, "photoList")->count(), 1);
        QPointer<ui::AskSpecialistDialog> alive(dialog);
        ConsultationRequest sent;
        QObject::connect(dialog, &QDialog::accepted, [&sent, dialog] { sent = dialog->sent(); });
        pressKey(dialog, Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(waitUntil([&alive] { return alive.isNull(); })) << "Ctrl+Enter sends and closes";
        return sent;
    }

    QString photoFile(QTemporaryDir& dir)
    {
        QImage img(3000, 2000, QImage::Format_RGB32);   // a camera-sized photo
        img.fill(QColor(196, 150, 120));
        QPainter p(&img);
        p.setBrush(QColor(150, 80, 60));
        p.drawEllipse(QPoint(1500, 1000), 400, 300);
        p.end();
        const QString path = dir.filePath(QStringLiteral("lesion.png"));
        EXPECT_TRUE(img.save(path));
        return path;
    }

    // A specialist's install: the hospital's database, enrolled, with a specialist user.
    struct Specialist {
        bhu::test::TestDb db;
        std::shared_ptr<services::Session> session;
    };
    static Specialist specialist(const QString& username)
    {
        Specialist s;
        s.db = bhu::test::makeTestDb(QStringLiteral("HOSP-0001"));
        bhu::test::addUser(s.db, username, Role::Specialist, kSpecialistPw);
        auto u = services::Session::unlock(s.db.path, username, kSpecialistPw, QStringLiteral("test"));
        EXPECT_TRUE(u.ok());
        s.session = std::shared_ptr<services::Session>(std::move(u.value()));
        db::Enrolment e;
        e.registryUrl = QStringLiteral("https://registry.invalid/fhir");
        e.deviceId = QStringLiteral("dev-1");
        e.credential = QStringLiteral("secret");
        e.facilityCode = QStringLiteral("HOSP-0001");
        EXPECT_TRUE(db::SyncStateStore(s.session->store().conn()).saveEnrolment(e, s.session->actor()).ok());
        return s;
    }

    // What the registry delivers to the specialist: the BHU's case as it was sent.
    services::ConsultationRemote registryWith(const services::ConsultationCase& c, int* claims)
    {
        services::ConsultationRemote remote;
        remote.fetchInbox = [c](const db::Enrolment&, const QString& specialty) -> Result<QList<services::ConsultationCase>> {
            if (specialty != c.request.specialty) return QList<services::ConsultationCase>{};
            return QList<services::ConsultationCase>{c};
        };
        remote.claim = [c, claims](const db::Enrolment& e, const QString& id, const QString& who) -> Result<ConsultationRequest> {
            ++*claims;
            ConsultationRequest r = c.request;
            EXPECT_EQ(id, r.id);
            r.assignedTo = who;
            r.assignedFacility = e.facilityCode;
            r.claimedAt = QDateTime::currentDateTimeUtc();
            return r;
        };
        return remote;
    }
};

} // namespace

TEST_F(gui_consult, SendRequestFromVisitByKeyboard)
{
    QTemporaryDir dir;
    const ConsultationRequest sent = askByKeyboard(photoFile(dir));
    ASSERT_FALSE(sent.id.isEmpty());
    services::ConsultationService svc(*s_session);
    auto c = svc.open(sent.id);
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->request.specialty, QStringLiteral("dermatology"));
    EXPECT_EQ(c->request.urgency, ConsultationUrgency::Urgent);
    EXPECT_EQ(c->request.patientId, patient.id);
    EXPECT_TRUE(c->request.question.startsWith(QStringLiteral("Ring-shaped")));
    EXPECT_TRUE(c->request.caseSummary.contains(QStringLiteral("Brother has the same rash.")));
    ASSERT_EQ(c->photos.size(), 1);
    EXPECT_EQ(c->photos[0].caption, QStringLiteral("Left forearm"));
    EXPECT_EQ(c->photos[0].width, services::PhotoLimits::kMaxLongEdge);   // downscaled
    // Stored locally at once: queued for the next sync.
    EXPECT_EQ(s_session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_type = 'CommunicationRequest'")).value() > 0, true);

    // The Consultations screen lists it as sent.
    ui::ConsultationsScreen list(access);
    list.show();
    ASSERT_TRUE(waitUntil([&list] { return list.table()->rowCount() > 0; }));
    bool found = false;
    for (int i = 0; i < list.table()->rowCount(); ++i) found = found || list.table()->item(i, 2)->text() == patient.mrNumber() || list.table()->item(i, 1)->text() == patient.name;
    EXPECT_TRUE(found);
}

TEST_F(gui_consult, AnIncompleteRequestStaysInTheDialogWithTheReason)
{
    startAndOpen();
    auto* form = screen->findChild<ui::VisitForm*>();
    ASSERT_NE(form, nullptr);
    ui::AskSpecialistDialog* dialog = form->askSpecialist();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "consultQuestion"), QStringLiteral("Rash?"));   // too short
    dialog->send();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->sent().id.isEmpty());
    EXPECT_FALSE(dialog->message().isEmpty());
    dialog->reject();
}

TEST_F(gui_consult, SpecialistInboxClaimAndAnswerThenTheBhuAdoptsIt)
{
    QTemporaryDir dir;
    const ConsultationRequest sent = askByKeyboard(photoFile(dir));
    ASSERT_FALSE(sent.id.isEmpty());
    auto bhuCase = services::ConsultationService(*s_session).open(sent.id);
    ASSERT_TRUE(bhuCase.ok());

    Specialist spec = specialist(QStringLiteral("dr_khan"));
    int claims = 0;
    auto specAccess = std::make_shared<ui::SessionAccess>(spec.session);
    ui::SpecialistInboxScreen inbox(specAccess, registryWith(bhuCase.value(), &claims));
    inbox.resize(1200, 900);
    inbox.show();
    inbox.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inbox));
    auto* specialty = inbox.specialtyBox();
    specialty->setCurrentIndex(specialty->findData(QStringLiteral("dermatology")));
    inbox.refresh();
    ASSERT_TRUE(waitUntil([&] { return !inbox.isBusy(); }));
    ASSERT_EQ(inbox.table()->rowCount(), 1) << inbox.message().toStdString();
    EXPECT_TRUE(inbox.message().isEmpty());
    EXPECT_TRUE(inbox.currentId().isEmpty()) << "nothing opened (and audited) before the specialist chooses";
    inbox.table()->selectRow(0);
    EXPECT_EQ(inbox.currentId(), sent.id);
    // The case and its photo side by side; the photo zooms.
    EXPECT_TRUE(inbox.caseView()->text()->toPlainText().contains(QStringLiteral("Ring-shaped")));
    EXPECT_FALSE(inbox.caseView()->text()->toPlainText().contains(patient.name)) << "no name at the specialist's";
    ASSERT_EQ(inbox.caseView()->photoList()->count(), 1);
    ui::PhotoViewer* viewer = inbox.caseView()->viewer();
    EXPECT_FALSE(viewer->image().isNull());
    const int zoom = viewer->zoomPercent();
    viewer->zoomIn();
    EXPECT_GT(viewer->zoomPercent(), zoom);

    // Not claimed yet: the form is closed. Claim, then answer by keyboard.
    EXPECT_FALSE(inbox.answerForm()->isEnabled());
    child<QPushButton>(&inbox, "claimButton")->click();
    ASSERT_TRUE(waitUntil([&] { return !inbox.isBusy(); }));
    EXPECT_EQ(claims, 1);
    ASSERT_TRUE(inbox.answerForm()->isEnabled()) << inbox.message().toStdString();
    auto* assessment = child<QPlainTextEdit>(&inbox, "answerAssessment");
    assessment->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(assessment, QStringLiteral("Annular plaque with central clearing: tinea corporis."));
    pressKey(&inbox, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keep dry; treat contacts."));
    pressKey(&inbox, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&inbox, "answerIcd10"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("b35.4"));
    pressKey(&inbox, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tinea corporis"));
    pressKey(&inbox, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Clotrimazole 1% cream BD for 4 weeks"));
    pressKey(&inbox, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(&inbox, "answerDisposition"));
    pressKey(&inbox, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QPushButton>(&inbox, "sendAnswerButton"));
    pressKey(&inbox, Qt::Key_Space);
    services::ConsultationService specSvc(*spec.session);
    auto answered = specSvc.open(sent.id);
    ASSERT_TRUE(answered.ok());
    EXPECT_EQ(answered->request.status, ConsultationStatus::Answered) << inbox.message().toStdString();
    ASSERT_TRUE(answered->answer().has_value());
    EXPECT_EQ(answered->answer()->suggestedIcd10, QStringLiteral("B35.4"));
    EXPECT_EQ(answered->answer()->disposition, Disposition::ManageAtBhu);

    // The answer reaches the BHU (by the sync) and becomes the clinician's diagnosis.
    ASSERT_TRUE(db::ConsultationRepository(s_session->store().conn()).storeReceivedMessage(answered->answer().value()).ok());
    ui::ConsultationsScreen list(access);
    list.show();
    list.filterBox()->setCurrentIndex(list.filterBox()->findData(int(services::ConsultationFilter::Answered)));
    list.refresh();
    int row = -1;
    for (int i = 0; i < list.table()->rowCount(); ++i)
        if (list.table()->item(i, 1)->text() == patient.name) row = i;
    ASSERT_GE(row, 0);
    list.table()->selectRow(row);
    ASSERT_EQ(list.currentId(), sent.id);
    EXPECT_TRUE(list.caseView()->text()->toPlainText().contains(QStringLiteral("tinea corporis")));
    auto* adopt = child<QPushButton>(&list, "adoptDiagnosisButton");
    ASSERT_TRUE(adopt->isEnabled());
    adopt->click();
    EXPECT_TRUE(list.message().contains(QStringLiteral("diagnosis"))) << list.message().toStdString();
    auto c = services::ConsultationService(*s_session).forPatient(patient.id);
    ASSERT_TRUE(c.ok());
    auto rec = db::VisitRepository(s_session->store().conn()).get(sent.visitId);
    ASSERT_TRUE(rec.ok());
    bool hasDiagnosis = false;
    for (const Diagnosis& d : rec->diagnoses) hasDiagnosis = hasDiagnosis || d.icd10 == QStringLiteral("B35.4");
    EXPECT_TRUE(hasDiagnosis);

    // The note as PDF (audited by the service).
    const QString pdf = dir.filePath(QStringLiteral("note.pdf"));
    const Status st = ui::ConsultationNotePrinting::writePdf(*access, sent.id, pdf);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 0);
    EXPECT_GE(s_session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consultation.print'")).value(), 1);
}

TEST_F(gui_consult, TheInboxSaysWhenTheRegistryCannotBeReached)
{
    Specialist spec = specialist(QStringLiteral("dr_khan"));
    ui::SpecialistInboxScreen inbox(std::make_shared<ui::SessionAccess>(spec.session), services::ConsultationRemote{});
    inbox.show();
    inbox.refresh();
    ASSERT_TRUE(waitUntil([&] { return !inbox.isBusy(); }));
    EXPECT_TRUE(inbox.isOffline());
    EXPECT_TRUE(inbox.message().contains(QStringLiteral("registry"))) << inbox.message().toStdString();
    EXPECT_FALSE(child<QPushButton>(&inbox, "claimButton")->isEnabled());
}

TEST_F(gui_consult, AnotherFacilityAnotherSpecialistAndAnotherRoleCannotOpenIt)
{
    startAndOpen();
    services::ConsultationService svc(*s_session);
    auto d = svc.draftRequest(screen->findChild<ui::VisitForm*>()->record().visit.id);
    ASSERT_TRUE(d.ok());
    d->specialty = QStringLiteral("dermatology");
    d->question = QStringLiteral("What is this rash and how to treat it?");
    auto r = svc.sendRequest(d.value());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();

    // Another BHU's install holding a copy: the service refuses, the screen lists nothing.
    auto other = bhu::test::makeTestDb(QStringLiteral("BHU-0099"));
    bhu::test::addUser(other, QStringLiteral("drother"), Role::Clinician, bhu::test::kClinicianPassword);
    auto os = services::Session::unlock(other.path, QStringLiteral("drother"), bhu::test::kClinicianPassword, QStringLiteral("test"));
    ASSERT_TRUE(os.ok());
    std::shared_ptr<services::Session> otherSession(std::move(os.value()));
    ASSERT_TRUE(db::ConsultationRepository(otherSession->store().conn()).storeReceivedRequest(r.value()).ok());
    EXPECT_TRUE(services::ConsultationService(*otherSession).open(r->id).is(ErrorCode::Forbidden));
    ui::ConsultationsScreen otherList(std::make_shared<ui::SessionAccess>(otherSession));
    otherList.show();
    otherList.refresh();
    EXPECT_EQ(otherList.table()->rowCount(), 0);

    // A specialist other than the one who claimed it.
    Specialist spec = specialist(QStringLiteral("dr_other"));
    ConsultationRequest claimed = r.value();
    claimed.status = ConsultationStatus::Claimed;
    claimed.assignedTo = QStringLiteral("dr_khan");
    claimed.assignedFacility = QStringLiteral("HOSP-0001");
    ASSERT_TRUE(db::ConsultationRepository(spec.session->store().conn()).storeReceivedRequest(claimed).ok());
    EXPECT_TRUE(services::ConsultationService(*spec.session).open(r->id).is(ErrorCode::Forbidden));

    // Another role (front desk) at the same BHU: the area is not offered, the visit has no
    // "Ask a specialist", and the service refuses a request.
    bhu::test::addUser(*s_db, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("pw-desk-2024-x"));
    auto ds = services::Session::unlock(s_db->path, QStringLiteral("desk"), QStringLiteral("pw-desk-2024-x"), QStringLiteral("test"));
    ASSERT_TRUE(ds.ok()) << ds.error().message.toStdString();
    std::shared_ptr<services::Session> desk(std::move(ds.value()));
    ui::MainWindow window(desk);
    EXPECT_FALSE(window.isAreaAvailable(ui::MainWindow::Area::Consultations));
    EXPECT_FALSE(window.showArea(ui::MainWindow::Area::Consultations));
    EXPECT_TRUE(services::ConsultationService(*desk).sendRequest(d.value()).is(ErrorCode::Forbidden));
    ui::VisitForm deskForm(std::make_shared<ui::SessionAccess>(desk));
    EXPECT_FALSE(child<QPushButton>(&deskForm, "askSpecialistButton")->isVisibleTo(&deskForm));
    EXPECT_EQ(deskForm.askSpecialist(), nullptr);
}
