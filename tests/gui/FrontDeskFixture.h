#pragma once
// Shared set-up of the front-desk GUI tests: one encrypted test database per suite, seeded with
// synthetic households plus one known patient, and a PatientsScreen shown in its own window.
#include "GuiTestUtil.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/Session.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/test/TestSupport.h"
#include "patients/PatientSearchView.h"
#include "screens/PatientsScreen.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QStandardPaths>

namespace bhu::test {

class FrontDeskTest : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QStandardPaths::setTestModeEnabled(true);   // token counters go to a test settings file
        QCoreApplication::setOrganizationName(QStringLiteral("bhu-test"));
        // One settings file per test process: ctest runs tests of this binary in parallel, and the
        // form remembers the last address in QSettings.
        QCoreApplication::setApplicationName(QStringLiteral("gui_front_desk_test-%1").arg(QCoreApplication::applicationPid()));
        s_db = new TestDb(makeTestDb(QStringLiteral("BHU-0042")));
        auto s = services::Session::unlock(s_db->path, kAdmin, kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        s_session = std::shared_ptr<services::Session>(std::move(s.value()));
        services::PatientService svc(*s_session);
        synth::PatientGenerator gen(7, QDate::currentDate(), QStringLiteral("BHU-0042"));
        QList<Patient> crowd = gen.next(600);
        ASSERT_TRUE(svc.registerMany(crowd).ok());

        Patient p;
        p.name = QStringLiteral("Muhammad Rafiq Qureshi");
        p.nameUrdu = QStringLiteral("محمد رفیق قریشی");
        p.relation = Relation::SonOf;
        p.guardianName = QStringLiteral("Abdul Ghafoor Qureshi");
        p.sex = Sex::Male;
        p.birthDate = QDate::currentDate().addYears(-41);
        p.birthDateEstimated = true;
        p.setIdentifier(IdSystem::Cnic, QStringLiteral("3520298765431"));
        p.phone = QStringLiteral("+923217654321");
        p.address = Address{QStringLiteral("Punjab"), QStringLiteral("Lahore"), QStringLiteral("Raiwind"), QStringLiteral("UC 12"),
                            QStringLiteral("Chak Pindi")};
        auto r = svc.registerPatient(p, services::RegisterOptions{true, {}, {}});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        s_known = new Patient(r.value());
    }
    static void TearDownTestSuite()
    {
        delete s_known;
        s_known = nullptr;
        s_session.reset();
        delete s_db;
        s_db = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_session && s_known);
        screen = std::make_unique<ui::PatientsScreen>(s_session);
        screen->resize(1100, 720);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    void TearDown() override { screen.reset(); }

    static qint64 patientCount()
    {
        services::PatientService svc(*s_session);
        auto c = svc.count();
        return c.ok() ? c.value() : -1;
    }

    // Types a query the way a person does and waits until its results are on screen.
    bool search(const QString& text)
    {
        ui::PatientSearchView* view = screen->searchView();
        view->searchEdit()->clear();
        view->searchEdit()->setFocus();
        QTest::keyClicks(view->searchEdit(), text);
        return waitUntil([view] { return !view->isSearching(); }, 20000);
    }
    bool resultsContain(const QString& patientId) const
    {
        for (const SearchHit& h : screen->searchView()->model()->hits())
            if (h.patientId == patientId) return true;
        return false;
    }

    // With BHU_SAVE_RENDERS=<folder>, keeps a screenshot for people to look at.
    static void saveShot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("BHU_SAVE_RENDERS");
        if (!dir.isEmpty()) w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    static TestDb* s_db;
    static std::shared_ptr<services::Session> s_session;
    static Patient* s_known;
    std::unique_ptr<ui::PatientsScreen> screen;
};

} // namespace bhu::test
