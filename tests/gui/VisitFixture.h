#pragma once
// Shared set-up of the clinical-visit GUI tests: one encrypted test database per suite with a
// clinician ("dr"), unlocked as that clinician; every test registers its own patient (one open
// visit per patient per day) and gets a Today's visits screen and a patient page.
#include "GuiTestUtil.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/Session.h"
#include "bhu/services/VisitService.h"
#include "bhu/test/TestSupport.h"
#include "patients/PatientPage.h"
#include "patients/SessionAccess.h"
#include "screens/TodayVisitsScreen.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace bhu::test {

inline const QString kClinician = QStringLiteral("dr");
inline const QString kClinicianPassword = QStringLiteral("pw-clinician-2024");

class VisitTest : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bhu-test"));
        // One settings file per test process: ctest runs tests of this binary in parallel, and the
        // form remembers the last address in QSettings.
        QCoreApplication::setApplicationName(QStringLiteral("gui_visit_test-%1").arg(QCoreApplication::applicationPid()));
        s_db = new TestDb(makeTestDb(QStringLiteral("BHU-0042")));
        addUser(*s_db, kClinician, Role::Clinician, kClinicianPassword);
        auto s = services::Session::unlock(s_db->path, kClinician, kClinicianPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        s_session = std::shared_ptr<services::Session>(std::move(s.value()));
    }
    static void TearDownTestSuite()
    {
        s_session.reset();
        delete s_db;
        s_db = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_session);
        static int n = 0;
        Patient p;
        p.name = QStringLiteral("Shazia Bibi %1").arg(QChar(u'A' + (n++ % 26)));
        p.relation = Relation::WifeOf;
        p.guardianName = QStringLiteral("Muhammad Aslam");
        p.sex = Sex::Female;
        p.birthDate = QDate::currentDate().addYears(-35);
        p.address = Address{QStringLiteral("Punjab"), QStringLiteral("Lahore"), QStringLiteral("Raiwind"), QStringLiteral("UC 12"),
                            QStringLiteral("Chak Pindi")};
        services::PatientService svc(*s_session);
        auto r = svc.registerPatient(p, services::RegisterOptions{true, {}, {}});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        patient = r.value();
        access = std::make_shared<ui::SessionAccess>(s_session);
        screen = std::make_unique<ui::TodayVisitsScreen>(access);
        screen->resize(1200, 900);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    void TearDown() override
    {
        screen.reset();
        access.reset();
    }

    // Starts a visit through the service and opens it in the form as the clinician would.
    VisitRecord startAndOpen()
    {
        services::VisitService svc(*s_session);
        auto v = svc.startVisit(patient.id);
        EXPECT_TRUE(v.ok()) << v.error().message.toStdString();
        if (!v.ok()) return {};
        auto r = svc.beginConsultation(v->id);
        EXPECT_TRUE(r.ok());
        if (!r.ok()) return {};
        screen->showVisit(r.value());
        return r.value();
    }

    static void typeInto(QWidget* w, const QString& text)
    {
        w->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(w, text);
    }

    static TestDb* s_db;
    static std::shared_ptr<services::Session> s_session;
    Patient patient;
    std::shared_ptr<ui::SessionAccess> access;
    std::unique_ptr<ui::TodayVisitsScreen> screen;
};

} // namespace bhu::test
