// The permission matrix is enforced in the service layer: the same call from the UI or
// bhuctl fails for a forbidden role with a clear message and changes nothing.
#include "bhu/db/PatientRepository.h"
#include "bhu/services/PatientService.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

TEST(Permissions, MatrixHasTheExpectedShape)
{
    EXPECT_TRUE(allowed(Role::FrontDesk, Permission::RegisterPatient));
    EXPECT_FALSE(allowed(Role::FrontDesk, Permission::RecordVisit));
    EXPECT_FALSE(allowed(Role::FrontDesk, Permission::ViewAudit));
    EXPECT_TRUE(allowed(Role::Clinician, Permission::RecordVisit));
    EXPECT_FALSE(allowed(Role::Lhw, Permission::ExportData));
    EXPECT_FALSE(allowed(Role::Lhw, Permission::ViewAudit));
    EXPECT_TRUE(allowed(Role::Supervisor, Permission::ViewAudit));
    EXPECT_FALSE(allowed(Role::Supervisor, Permission::RegisterPatient));
    for (Permission p : {Permission::ManageUsers, Permission::ImportData, Permission::SeedDemoData, Permission::ExportData})
        EXPECT_TRUE(allowed(Role::Admin, p));
}

TEST(Permissions, ForbiddenCallFailsWithAClearMessageAndChangesNothing)
{
    auto t = bhu::test::makeTestDb();
    bhu::test::addUser(t, QStringLiteral("sup"), Role::Supervisor, QStringLiteral("supervisor-pass"));
    auto session = Session::unlock(t.path, QStringLiteral("sup"), QStringLiteral("supervisor-pass"), QStringLiteral("test"));
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    EXPECT_EQ(session.value()->role(), Role::Supervisor);
    Patient p;
    p.name = QStringLiteral("Bilal Ahmed");
    p.sex = Sex::Male;
    auto r = PatientService(*session.value()).registerPatient(p);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Forbidden);
    EXPECT_TRUE(r.error().message.contains(u"Supervisor")) << r.error().message.toStdString();
    EXPECT_EQ(db::PatientRepository(session.value()->store().conn()).count().value(), 0);
}

TEST(Session, LoginAndPatientViewsAreAudited)
{
    auto t = bhu::test::makeTestDb();
    auto session = Session::unlock(t.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(session.ok());
    PatientService svc(*session.value());
    Patient p;
    p.name = QStringLiteral("Zainab Bibi");
    p.sex = Sex::Female;
    p.birthDate = QDate(1995, 3, 14);
    auto created = svc.registerPatient(p);
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(svc.open(created->id).ok());
    auto& conn = session.value()->store().conn();
    EXPECT_EQ(conn.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'")).value(), 1);
    EXPECT_EQ(conn.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.view' AND patient_id = '%1'")
                                .arg(created->id))
                  .value(),
              1);
}
