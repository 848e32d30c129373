// The specialist's inbox against the real bhu-registry (issue #10): a BHU's urgent request with a
// photo, synced, appears in the hospital specialist's inbox (fetched on a worker thread), the
// photo opens in the viewer with the bytes read from the registry, Claim and the reply form work,
// and the next sync of the hospital pushes the answer, which the BHU's sync brings back. Before
// the operator's grant, the registry's refusal is shown as a clear message.
#include "../integration/SyncFixture.h"
#include "GuiTestUtil.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/VisitService.h"
#include "consult/AnswerForm.h"
#include "consult/ConsultationCaseView.h"
#include "consult/PhotoViewer.h"
#include "patients/SessionAccess.h"
#include "screens/SpecialistInboxScreen.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace bhu;
using namespace bhu::test;
using services::ConsultationService;

namespace {

const QString kDoctorPw = QStringLiteral("doctor-password-1");
const QString kSpecPw = QStringLiteral("specialist-password-1");

std::shared_ptr<services::Session> signIn(const Clinic& c, const QString& user, const QString& pw)
{
    auto s = services::Session::unlock(c.db.path, user, pw, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return s.ok() ? std::shared_ptr<services::Session>(std::move(s.value())) : nullptr;
}

class gui_specialist : public SyncTest {
protected:
    static std::unique_ptr<ui::SpecialistInboxScreen> inboxOf(const std::shared_ptr<services::Session>& session)
    {
        auto inbox = std::make_unique<ui::SpecialistInboxScreen>(
            std::make_shared<ui::SessionAccess>(session),
            [session](std::shared_ptr<std::atomic_bool> cancel) { return ui::registryConsultationRemote(session, std::move(cancel)); });
        inbox->specialtyBox()->setCurrentIndex(inbox->specialtyBox()->findData(QStringLiteral("dermatology")));
        inbox->resize(1200, 900);
        inbox->show();
        return inbox;
    }
};

} // namespace

TEST_F(gui_specialist, ABhuRequestWithAPhotoIsAnsweredFromTheInbox)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-BHU-045"), 45);
    auto hosp = enrolledClinic(QStringLiteral("HOSP-0001"), 900);
    addUser(a->db, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
    addUser(hosp->db, QStringLiteral("dr_khan"), Role::Specialist, kSpecPw);

    // BHU A: an urgent dermatology request with one photo, synced.
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Rash"));
    ASSERT_EQ(registered.size(), 1);
    ConsultationRequest request;
    ConsultationPhoto photo;
    {
        auto doctor = signIn(*a, QStringLiteral("drsana"), kDoctorPw);
        ASSERT_TRUE(doctor);
        services::VisitService visits(*doctor);
        auto v = visits.startVisit(registered.first().id);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        auto rec = visits.beginConsultation(v->id);
        ASSERT_TRUE(rec.ok());
        rec->visit.chiefComplaint = QStringLiteral("Itchy ring-shaped rash on the arm for 3 weeks");
        ASSERT_TRUE(visits.saveDraft(rec.value()).ok());
        ConsultationService svc(*doctor);
        auto d = svc.draftRequest(v->id);
        ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
        d->specialty = QStringLiteral("dermatology");
        d->urgency = ConsultationUrgency::Urgent;
        d->question = QStringLiteral("Tinea corporis or something else? Treatment?");
        auto r = svc.sendRequest(d.value());
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        request = r.value();
        QImage img(1600, 1200, QImage::Format_RGB32);
        img.fill(QColor(196, 150, 120));
        auto p = svc.addPhoto(request.id, img, QStringLiteral("Left forearm"));
        ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
        photo = p.value();
    }
    ASSERT_EQ(sync(*a).exitCode, 0);
    ASSERT_EQ(registryCount(QStringLiteral("Communication")), 1);

    const QString deviceId = [&] {
        auto s = hosp->session();
        auto e = db::SyncStateStore(s->store().conn()).enrolment();
        return e.ok() ? e->deviceId : QString();
    }();
    {
        // Not granted yet: the registry's refusal, clearly, and nothing to claim.
        auto spec = signIn(*hosp, QStringLiteral("dr_khan"), kSpecPw);
        ASSERT_TRUE(spec);
        auto inbox = inboxOf(spec);
        inbox->refresh();
        ASSERT_TRUE(waitUntil([&] { return !inbox->isBusy(); }, 60000));
        EXPECT_TRUE(inbox->isOffline());
        EXPECT_TRUE(inbox->message().contains(QStringLiteral("refused"))) << inbox->message().toStdString();
        EXPECT_TRUE(inbox->message().contains(QStringLiteral("allow-specialist"))) << inbox->message().toStdString();
        EXPECT_EQ(inbox->table()->rowCount(), 0);
    }
    ASSERT_EQ(run(QStringLiteral("bhu-registry"), {QStringLiteral("device"), QStringLiteral("allow-specialist"), QStringLiteral("--device"), deviceId,
                                                   QStringLiteral("--specialty"), QStringLiteral("dermatology"), QStringLiteral("--db"), conninfo})
                  .exitCode,
              0);
    {
        auto spec = signIn(*hosp, QStringLiteral("dr_khan"), kSpecPw);
        ASSERT_TRUE(spec);
        auto inbox = inboxOf(spec);
        inbox->refresh();
        ASSERT_TRUE(waitUntil([&] { return !inbox->isBusy(); }, 60000));
        ASSERT_EQ(inbox->table()->rowCount(), 1) << inbox->message().toStdString();
        EXPECT_TRUE(inbox->message().isEmpty()) << inbox->message().toStdString();
        inbox->table()->selectRow(0);
        ASSERT_EQ(inbox->currentId(), request.id);
        // The photo, with the registry's bytes, in the viewer.
        ASSERT_EQ(inbox->caseView()->photoList()->count(), 1);
        EXPECT_FALSE(inbox->caseView()->viewer()->image().isNull());
        auto opened = ConsultationService(*spec).open(request.id);
        ASSERT_TRUE(opened.ok());
        ASSERT_EQ(opened->photos.size(), 1);
        EXPECT_EQ(opened->photos.first().data, photo.data);
        EXPECT_EQ(count("SELECT count(*) FROM consult_reads WHERE action = 'photo'"), 1);

        // Claim (on the worker thread), then the answer through the form.
        EXPECT_FALSE(inbox->answerForm()->isEnabled());
        child<QPushButton>(inbox.get(), "claimButton")->click();
        EXPECT_TRUE(inbox->isBusy()) << "the claim runs off the GUI thread";
        ASSERT_TRUE(waitUntil([&] { return !inbox->isBusy(); }, 60000));
        ASSERT_TRUE(inbox->answerForm()->isEnabled()) << inbox->message().toStdString();
        EXPECT_EQ(count("SELECT count(*) FROM consult_claims WHERE device_id = '" + deviceId.toStdString() + "'"), 1);
        child<QPlainTextEdit>(inbox.get(), "answerAssessment")->setPlainText(QStringLiteral("Annular plaque with central clearing: tinea corporis."));
        child<QLineEdit>(inbox.get(), "answerIcd10")->setText(QStringLiteral("B35.4"));
        child<QPushButton>(inbox.get(), "sendAnswerButton")->click();
        auto answered = ConsultationService(*spec).open(request.id);
        ASSERT_TRUE(answered.ok());
        ASSERT_TRUE(answered->answer().has_value()) << inbox->message().toStdString();
    }

    // The hospital's next sync pushes the answer; the BHU's brings it back.
    const SyncRun pushed = sync(*hosp);
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_EQ(registryCount(QStringLiteral("Communication")), 2);
    ASSERT_EQ(sync(*a).exitCode, 0);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM consultation_messages WHERE kind = 'answer'")), 1);
}
