// The registry's review queue for a supervisor: a pair side by side with what differs marked,
// a decision sent with the user's name and audited here, the list reloaded.
// "Look up in the national registry…" driven with the keyboard: the button waits for a number
// and a reason, a registry without the patient is explained in the dialog, a found patient is
// stored here (with the lookup in the audit trail) and named for opening.
#include "GuiTestUtil.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/Session.h"
#include "bhu/sync/RegistryLookup.h"
#include "bhu/test/TestSupport.h"
#include "patients/DuplicateCheckDialog.h"
#include "patients/PatientForm.h"
#include "patients/RegistryLookupDialog.h"
#include "patients/SessionAccess.h"
#include "review/ReviewQueueDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QRadioButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUuid>

using namespace bhu;
using bhu::test::child;

namespace {

class gui_registry_lookup : public testing::Test {
protected:
    void SetUp() override
    {
        db = std::make_unique<test::TestDb>(test::makeTestDb(QStringLiteral("BHU-0043")));
        auto s = services::Session::unlock(db->path, test::kAdmin, test::kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        session = std::shared_ptr<services::Session>(std::move(s.value()));
        db::Enrolment e;
        e.registryUrl = QStringLiteral("http://127.0.0.1:9/fhir");
        e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.credential = QStringLiteral("test-credential");
        e.facilityCode = QStringLiteral("BHU-0043");
        ASSERT_TRUE(db::SyncStateStore(session->store().conn()).saveEnrolment(e, session->actor()).ok());
        access = std::make_shared<ui::SessionAccess>(session);
    }
    // A patient of another facility, as the registry would send her.
    static db::PulledPage herPage()
    {
        db::PulledPatient p;
        p.patient.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.patient.version = 1;
        p.patient.name = QStringLiteral("Zainab Bibi");
        p.patient.sex = Sex::Female;
        p.patient.birthDate = QDate(1988, 5, 1);
        p.patient.facilityCode = QStringLiteral("BHU-0099");
        p.patient.identifiers = {Identifier{IdSystem::Mr, QStringLiteral("000000100017")},
                                 Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")}};
        p.patient.createdAt = p.patient.updatedAt = QDateTime::currentDateTimeUtc();
        p.serverVersion = 1;
        db::PulledPage page;
        page.patients.append(p);
        return page;
    }
    // A new-patient form filled by keyboard: "Aisha w/o Muhammad Aslam", female, 32.
    void fillNew(ui::PatientForm& form)
    {
        form.resize(1000, 700);
        form.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
        form.startNew(QStringLiteral("Aisha w/o Muhammad Aslam"));
        child<QComboBox>(&form, "sexCombo")->setCurrentIndex(2);   // female
        QTest::keyClicks(child<QLineEdit>(&form, "ageYearsEdit"), QStringLiteral("32"));
    }
    static QList<services::RegistryMatchHit> asMatch(const db::PulledPage& page)
    {
        return {services::RegistryMatchHit{page.patients.first().patient, 0.87, QStringLiteral("probable")}};
    }
    qint64 patients() { return services::PatientService(*session).count().value(); }
    // A "registry" that accepts connections and never answers: only an abort (or the client's
    // timeout, set to ten minutes here so that it cannot be mistaken for one) ends a request.
    // Enrols the clinic with it.
    void hangingRegistry()
    {
        ASSERT_TRUE(hang.listen(QHostAddress::LocalHost));
        QObject::connect(&hang, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = hang.nextPendingConnection()) {
                ++connections;
                QObject::connect(s, &QTcpSocket::disconnected, [this] { ++closedByClinic; });
            }
        });
        auto e = db::SyncStateStore(session->store().conn()).enrolment();
        ASSERT_TRUE(e.ok());
        db::Enrolment changed = e.value();
        changed.registryUrl = QStringLiteral("http://127.0.0.1:%1/fhir").arg(hang.serverPort());
        ASSERT_TRUE(db::SyncStateStore(session->store().conn()).saveEnrolment(changed, session->actor()).ok());
    }
    static Result<db::PulledPage> overNetwork(const db::Enrolment& e, const QString& system, const QString& digits, const QString& user,
                                              const QString& reason, const services::CancelFlag& cancel)
    {
        return sync::RegistryLookup(nullptr, 600000, cancel).fetch(e, sync::LookupQuery{system, digits, user, reason});
    }
    QTcpServer hang;
    int connections = 0, closedByClinic = 0;
    qint64 audited(const QString& action)
    {
        return session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)).value();
    }

    std::unique_ptr<test::TestDb> db;
    std::shared_ptr<services::Session> session;
    std::shared_ptr<ui::SessionAccess> access;
};

TEST_F(gui_registry_lookup, NeedsAReasonThenStoresThePatientAndNamesIt)
{
    const db::PulledPage page = herPage();
    QString askedFor, askedReason;
    int calls = 0;
    ui::RegistryLookupDialog dialog(
        access,
        [&](const db::Enrolment&, const QString& system, const QString& digits, const QString&, const QString& reason,
            const services::CancelFlag&) -> Result<db::PulledPage> {
            ++calls;
            askedFor = system + u':' + digits;
            askedReason = reason;
            if (calls == 1) return Error::make(ErrorCode::NotFound, QStringLiteral("The national registry has no patient with this number."));
            return page;
        });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy fetched(&dialog, &ui::RegistryLookupDialog::patientFetched);
    auto* go = child<QPushButton>(&dialog, "lookupButton");
    EXPECT_FALSE(go->isEnabled());

    child<QComboBox>(&dialog, "lookupKind")->setCurrentIndex(1);   // CNIC
    QTest::keyClicks(child<QLineEdit>(&dialog, "lookupNumber"), QStringLiteral("35202-1234567-1"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "lookupReason"), QStringLiteral("short"));
    EXPECT_FALSE(go->isEnabled());   // a reason of a few letters is not a reason
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "lookupReason"), QStringLiteral(": referred with fever, needs history"));
    ASSERT_TRUE(go->isEnabled());

    // First the registry has nothing: the dialog says so and stays open (asked on a worker).
    QTest::mouseClick(go, Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isAsking(); }));
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(child<QLabel>(&dialog, "lookupStatus")->text().contains(QStringLiteral("no patient")));
    EXPECT_EQ(askedFor, QStringLiteral("cnic:3520212345671"));
    EXPECT_EQ(fetched.count(), 0);

    QTest::mouseClick(go, Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return fetched.count() == 1; }));
    const QString id = fetched.at(0).at(0).toString();
    EXPECT_EQ(id, page.patients.first().patient.id);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(askedReason.contains(QStringLiteral("fever")));
    // She is stored here now and found by her CNIC; both attempts are in the audit trail.
    auto hits = services::PatientService(*session).search(SearchQuery{QStringLiteral("3520212345671"), {}, -1, -1, {}, 10});
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->hits.size(), 1);
    EXPECT_EQ(hits->hits.first().patientId, id);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup")), 2);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup.fetched")), 1);
}

// The registry hangs: the dialog stays live with "Asking the national registry…" and a busy
// bar, and Cancel really aborts the request (the registry sees the connection closed); nothing
// is fetched, the dialog stays open for another try.
TEST_F(gui_registry_lookup, CancelAbortsALookupWhileTheRegistryHangs)
{
    hangingRegistry();
    ui::RegistryLookupDialog dialog(access, &gui_registry_lookup::overNetwork);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy fetched(&dialog, &ui::RegistryLookupDialog::patientFetched);
    child<QComboBox>(&dialog, "lookupKind")->setCurrentIndex(1);   // CNIC
    QTest::keyClicks(child<QLineEdit>(&dialog, "lookupNumber"), QStringLiteral("35202-1234567-1"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "lookupReason"), QStringLiteral("referred with fever, needs history"));
    auto* go = child<QPushButton>(&dialog, "lookupButton");
    QTest::mouseClick(go, Qt::LeftButton);

    // The question reached the registry, which does not answer; the dialog is not blocked.
    ASSERT_TRUE(test::waitUntil([&] { return connections > 0; }));
    EXPECT_TRUE(dialog.isAsking());
    EXPECT_TRUE(child<QLabel>(&dialog, "lookupStatus")->text().contains(QStringLiteral("Asking")));
    EXPECT_TRUE(child<QProgressBar>(&dialog, "lookupBusy")->isVisible());
    EXPECT_FALSE(go->isEnabled());

    QTest::mouseClick(child<QPushButton>(&dialog, "lookupCancel"), Qt::LeftButton);
    EXPECT_FALSE(dialog.isAsking());
    EXPECT_TRUE(dialog.isVisible());   // the first Cancel stops the question only
    EXPECT_TRUE(child<QLabel>(&dialog, "lookupStatus")->text().contains(QStringLiteral("Cancelled")));
    EXPECT_FALSE(child<QProgressBar>(&dialog, "lookupBusy")->isVisible());
    EXPECT_TRUE(go->isEnabled());
    // The request is aborted: the clinic closes the connection (long before its timeout).
    ASSERT_TRUE(test::waitUntil([&] { return closedByClinic == connections; }));
    EXPECT_EQ(fetched.count(), 0);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup")), 1);   // the attempt counts
    EXPECT_EQ(audited(QStringLiteral("registry.lookup.fetched")), 0);

    // The second Cancel closes the dialog.
    QTest::mouseClick(child<QPushButton>(&dialog, "lookupCancel"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(gui_registry_lookup, ReviewQueueShowsThePairSideBySideAndSendsTheDecision)
{
    sync::ReviewCandidate pair;
    pair.id = 17;
    pair.score = 0.82;
    pair.status = QStringLiteral("open");
    pair.a = herPage().patients.first().patient;
    pair.b = pair.a;
    pair.b.name = QStringLiteral("Zenab");
    pair.agrees = {QStringLiteral("sex"), QStringLiteral("cnic")};
    pair.differs = {QStringLiteral("name")};
    bool decided = false;
    QString sentDecision, sentUser;
    ui::ReviewQueueDialog dialog(
        access,
        [&](const db::Enrolment&) -> Result<sync::ReviewPage> {
            sync::ReviewPage page;
            if (!decided) {
                page.total = 1;
                page.pairs.append(pair);
            }
            return page;
        },
        [&](const db::Enrolment&, qint64 id, const QString& decision, const QString& user) -> Status {
            EXPECT_EQ(id, 17);
            sentDecision = decision;
            sentUser = user;
            decided = true;
            return {};
        });
    dialog.reload();
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(child<QListWidget>(&dialog, "reviewPairs")->count(), 1);
    auto* side = child<QTableWidget>(&dialog, "reviewSideBySide");
    ASSERT_GT(side->rowCount(), 0);
    EXPECT_EQ(side->item(0, 0)->text(), QStringLiteral("Zainab Bibi"));
    EXPECT_EQ(side->item(0, 1)->text(), QStringLiteral("Zenab"));
    EXPECT_TRUE(side->item(0, 0)->font().bold());    // the name differs
    EXPECT_FALSE(side->item(2, 0)->font().bold());   // the sex agrees

    QTest::mouseClick(child<QPushButton>(&dialog, "reviewSame"), Qt::LeftButton);
    EXPECT_EQ(sentDecision, QStringLiteral("same"));
    EXPECT_EQ(sentUser, test::kAdmin);
    EXPECT_EQ(child<QListWidget>(&dialog, "reviewPairs")->count(), 0);   // reloaded: nothing waits
    EXPECT_FALSE(child<QPushButton>(&dialog, "reviewSame")->isEnabled());
    EXPECT_EQ(audited(QStringLiteral("review.decide")), 1);
}

// The front desk's registry check (docs/matching.md, "At the front desk"): before saving a new
// registration the form asks the registry on a worker thread; a match from another facility
// stands in the duplicate-check dialog, and "same person" fetches that record (audited lookup)
// and opens it instead of registering a duplicate.
TEST_F(gui_registry_lookup, RegistryMatchAtRegistrationFetchesTheSamePersonInsteadOfADuplicate)
{
    const db::PulledPage page = herPage();
    const qint64 before = patients();
    ui::PatientForm form(access);
    int asked = 0;
    QString fetchedMr, fetchedReason;
    form.setRegistryCalls(
        [&](const db::Enrolment&, const Patient& draft) -> Result<QList<services::RegistryMatchHit>> {
            ++asked;
            EXPECT_EQ(draft.guardianName, QStringLiteral("Muhammad Aslam"));
            return asMatch(page);
        },
        [&](const db::Enrolment&, const QString&, const QString& digits, const QString&, const QString& reason,
            const services::CancelFlag&) -> Result<db::PulledPage> {
            fetchedMr = digits;
            fetchedReason = reason;
            return page;
        });
    fillNew(form);
    QSignalSpy opened(&form, &ui::PatientForm::openExisting);
    QSignalSpy saved(&form, &ui::PatientForm::saved);
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return form.duplicateDialog() != nullptr; }, 10000))
        << child<QLabel>(&form, "formStatus")->text().toStdString();
    EXPECT_EQ(asked, 1);
    ui::DuplicateCheckDialog* dialog = form.duplicateDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_TRUE(dialog->selectedIsRegistry());
    EXPECT_EQ(dialog->selectedPatientId(), page.patients.first().patient.id);
    const QString reasons = child<QLabel>(dialog, "reasons0")->text();
    EXPECT_TRUE(reasons.contains(QStringLiteral("BHU-0099"))) << reasons.toStdString();
    auto* open = child<QPushButton>(dialog, "openExistingButton");
    EXPECT_TRUE(open->text().contains(QStringLiteral("Same person")));
    EXPECT_EQ(patients(), before);

    open->click();
    ASSERT_TRUE(test::waitUntil([&] { return opened.count() == 1; }));   // fetched on a worker
    EXPECT_EQ(opened.at(0).at(0).toString(), page.patients.first().patient.id);
    EXPECT_EQ(saved.count(), 0);                 // nothing registered
    EXPECT_EQ(patients(), before + 1);           // she is stored here now: the registry's record
    EXPECT_EQ(fetchedMr, QStringLiteral("000000100017"));
    EXPECT_EQ(fetchedReason, services::RegistryLookupService::adoptReason());
    EXPECT_EQ(audited(QStringLiteral("registry.match")), 1);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup")), 1);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup.fetched")), 1);
}

// Offline (the registry times out or cannot be reached): registration goes on as before — no
// dialog, no error, the patient saved.
TEST_F(gui_registry_lookup, NoRegistryAnswerRegistersAsBefore)
{
    const qint64 before = patients();
    ui::PatientForm form(access);
    int asked = 0;
    form.setRegistryCalls(
        [&](const db::Enrolment&, const Patient&) -> Result<QList<services::RegistryMatchHit>> {
            ++asked;
            return Error::make(ErrorCode::Failed, QStringLiteral("The registry did not answer in time."), QStringLiteral("net:timeout"));
        },
        [&](const db::Enrolment&, const QString&, const QString&, const QString&, const QString&, const services::CancelFlag&) -> Result<db::PulledPage> {
            ADD_FAILURE() << "nothing is fetched";
            return db::PulledPage{};
        });
    fillNew(form);
    QSignalSpy saved(&form, &ui::PatientForm::saved);
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return saved.count() == 1; }, 10000)) << child<QLabel>(&form, "formStatus")->text().toStdString();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(form.duplicateDialog(), nullptr);
    EXPECT_TRUE(child<QLabel>(&form, "formStatus")->text().isEmpty());
    EXPECT_EQ(patients(), before + 1);
}

// A local candidate and a registry one side by side; the registry's record cannot be fetched
// (the connection dropped after the $match): the dialog says why and stays open, and
// registering as new is still possible.
TEST_F(gui_registry_lookup, LocalAndRegistryCandidatesSideBySideAndAFailedFetchKeepsTheDialogOpen)
{
    Patient local;
    local.name = QStringLiteral("Aisha");
    local.relation = Relation::WifeOf;
    local.guardianName = QStringLiteral("Muhammad Aslam");
    local.sex = Sex::Female;
    local.birthDate = QDate(QDate::currentDate().year() - 32, 1, 1);
    local.birthDateEstimated = true;
    auto stored = services::PatientService(*session).registerPatient(local, services::RegisterOptions{true, {}, {}});
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    const db::PulledPage page = herPage();
    const qint64 before = patients();
    ui::PatientForm form(access);
    form.setRegistryCalls([&](const db::Enrolment&, const Patient&) -> Result<QList<services::RegistryMatchHit>> { return asMatch(page); },
                          [&](const db::Enrolment&, const QString&, const QString&, const QString&, const QString&, const services::CancelFlag&) -> Result<db::PulledPage> {
                              return Error::make(ErrorCode::Failed, QStringLiteral("The registry could not be reached."), QStringLiteral("net:refused"));
                          });
    fillNew(form);
    QSignalSpy opened(&form, &ui::PatientForm::openExisting);
    QSignalSpy saved(&form, &ui::PatientForm::saved);
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return form.duplicateDialog() != nullptr; }, 10000))
        << child<QLabel>(&form, "formStatus")->text().toStdString();
    ui::DuplicateCheckDialog* dialog = form.duplicateDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    // The local patient first (and chosen by default), the registry's after it.
    EXPECT_FALSE(dialog->selectedIsRegistry());
    EXPECT_EQ(dialog->selectedPatientId(), stored->id);
    auto* open = child<QPushButton>(dialog, "openExistingButton");
    EXPECT_FALSE(open->text().contains(QStringLiteral("Same person")));
    child<QRadioButton>(dialog, "candidate1")->click();
    EXPECT_TRUE(dialog->selectedIsRegistry());
    EXPECT_TRUE(open->text().contains(QStringLiteral("Same person")));

    open->click();
    ASSERT_TRUE(test::waitUntil([&] { return !form.isFetchingRegistryPatient(); }));   // fetched on a worker
    EXPECT_EQ(opened.count(), 0);
    ASSERT_EQ(form.duplicateDialog(), dialog);   // still open
    auto* error = child<QLabel>(dialog, "duplicateError");
    EXPECT_TRUE(error->isVisibleTo(dialog));
    EXPECT_TRUE(error->text().contains(QStringLiteral("could not be reached")));
    EXPECT_EQ(patients(), before);

    child<QPushButton>(dialog, "registerNewButton")->click();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(patients(), before + 1);
}

// "Same person" while the registry hangs: the duplicate check stays live with a busy bar, its
// Cancel aborts the fetch (the registry sees the connection closed), nothing is stored, and
// registering as new is possible again.
TEST_F(gui_registry_lookup, SamePersonFetchCanBeCancelledWhileTheRegistryHangs)
{
    hangingRegistry();
    const db::PulledPage page = herPage();
    const qint64 before = patients();
    ui::PatientForm form(access);
    form.setRegistryCalls([&](const db::Enrolment&, const Patient&) -> Result<QList<services::RegistryMatchHit>> { return asMatch(page); },
                          &gui_registry_lookup::overNetwork);
    fillNew(form);
    QSignalSpy opened(&form, &ui::PatientForm::openExisting);
    QSignalSpy saved(&form, &ui::PatientForm::saved);
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return form.duplicateDialog() != nullptr; }))
        << child<QLabel>(&form, "formStatus")->text().toStdString();
    ui::DuplicateCheckDialog* dialog = form.duplicateDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ASSERT_TRUE(dialog->selectedIsRegistry());
    child<QPushButton>(dialog, "openExistingButton")->click();

    ASSERT_TRUE(test::waitUntil([&] { return connections > 0; }));
    EXPECT_TRUE(form.isFetchingRegistryPatient());
    EXPECT_TRUE(dialog->isFetching());
    EXPECT_TRUE(child<QProgressBar>(dialog, "fetchBusy")->isVisible());
    EXPECT_FALSE(child<QPushButton>(dialog, "registerNewButton")->isEnabled());
    auto* back = child<QPushButton>(dialog, "backButton");
    back->click();   // now "Cancel"
    EXPECT_FALSE(form.isFetchingRegistryPatient());
    ASSERT_EQ(form.duplicateDialog(), dialog);   // still open
    EXPECT_FALSE(dialog->isFetching());
    EXPECT_TRUE(child<QLabel>(dialog, "duplicateError")->text().contains(QStringLiteral("Cancelled")));
    ASSERT_TRUE(test::waitUntil([&] { return closedByClinic == connections; }));
    EXPECT_EQ(opened.count(), 0);
    EXPECT_EQ(patients(), before);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup.fetched")), 0);

    child<QPushButton>(dialog, "registerNewButton")->click();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(patients(), before + 1);
}

} // namespace
