// The permission matrix of docs/security.md, cell by cell: the table below is the one in the
// document. Each cell is checked twice: the matrix answers as documented, and a real service
// call made by a user of that role succeeds (or at least is not refused for the role) when
// allowed, and fails with Forbidden and a message naming the role when not.
#include "bhu/services/AuditService.h"
#include "bhu/services/BackupService.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/ExportService.h"
#include "bhu/services/HouseholdService.h"
#include "bhu/services/ImmunisationService.h"
#include "bhu/services/ImportService.h"
#include "bhu/services/KeyService.h"
#include "bhu/services/MaternalService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/SyncService.h"
#include "bhu/services/UpdateService.h"
#include "bhu/services/UserService.h"
#include "bhu/services/VisitService.h"
#include "bhu/services/WithdrawalService.h"
#include "security_support.h"

#include <QTemporaryDir>
#include <array>
#include <functional>
#include <map>

using namespace bhu;
using namespace bhu::services;

namespace {
RegisterOptions confirmed()
{
    RegisterOptions o;
    o.confirmedNotDuplicate = true;
    return o;
}

constexpr Role kRoles[] = {Role::FrontDesk, Role::Lhw, Role::Clinician, Role::Supervisor, Role::Admin, Role::Specialist};

// Columns: front desk, LHW, clinician, supervisor, admin, specialist (docs/security.md).
const std::map<Permission, std::array<bool, 6>> kDocumented = {
    {Permission::ViewPatient, {1, 1, 1, 1, 1, 1}},     {Permission::RegisterPatient, {1, 1, 1, 0, 1, 0}},
    {Permission::EditPatient, {1, 1, 1, 0, 1, 0}},     {Permission::QueueVisit, {1, 1, 1, 0, 1, 0}},
    {Permission::RecordVisit, {0, 1, 1, 0, 0, 0}},     {Permission::ViewReports, {0, 0, 1, 1, 1, 0}},
    {Permission::ExportData, {0, 0, 0, 1, 1, 0}},      {Permission::ImportData, {0, 0, 0, 0, 1, 0}},
    {Permission::ManageUsers, {0, 0, 0, 0, 1, 0}},     {Permission::ViewAudit, {0, 0, 0, 1, 1, 0}},
    {Permission::RunSync, {1, 1, 1, 1, 1, 1}},         {Permission::SeedDemoData, {0, 0, 0, 0, 1, 0}},
    {Permission::ManageBackups, {0, 0, 0, 0, 1, 0}},   {Permission::RotateKey, {0, 0, 0, 0, 1, 0}},
    {Permission::EnrolDevice, {0, 0, 0, 0, 1, 0}},     {Permission::LookUpRegistry, {1, 0, 1, 1, 1, 0}},
    {Permission::ReviewDuplicates, {0, 0, 0, 1, 1, 0}},
    {Permission::KeepFamilyRegister, {1, 1, 1, 0, 1, 0}}, {Permission::RecordImmunisation, {0, 1, 1, 0, 0, 0}},
    {Permission::RecordMaternalCare, {0, 1, 1, 0, 0, 0}},
    {Permission::RequestConsultation, {0, 0, 1, 0, 0, 0}}, {Permission::AnswerConsultation, {0, 0, 0, 0, 0, 1}},
    {Permission::ManageUpdates, {0, 0, 0, 0, 1, 0}},     {Permission::WithdrawRecords, {0, 0, 1, 1, 1, 0}},
};

Patient somePatient()
{
    Patient p;
    p.name = QStringLiteral("Matrix Test Patient");
    p.sex = Sex::Female;
    p.birthDate = QDate(1990, 1, 1);
    return p;
}

// One real call per permission that has a service today (ViewReports and RunSync come with
// the reports and sync work; their cells are checked on the matrix only).
using Call = std::function<ErrorCode(Session&, const QString& patientId, const QString& dir)>;
ErrorCode code(const Status& s) { return s.ok() ? ErrorCode::Cancelled : s.code(); }
template <typename T>
ErrorCode code(const Result<T>& r) { return r.ok() ? ErrorCode::Cancelled : r.code(); }

const std::map<Permission, Call> kCalls = {
    {Permission::ViewPatient, [](Session& s, const QString& id, const QString&) { return code(PatientService(s).open(id)); }},
    {Permission::RegisterPatient, [](Session& s, const QString&, const QString&) { return code(PatientService(s).registerPatient(somePatient(), confirmed())); }},
    {Permission::EditPatient,
     [](Session& s, const QString& id, const QString&) {
         Patient p = somePatient();
         p.id = id;
         return code(PatientService(s).update(p));
     }},
    {Permission::QueueVisit, [](Session& s, const QString& id, const QString&) { return code(VisitService(s).startVisit(id)); }},
    {Permission::RecordVisit, [](Session& s, const QString&, const QString&) { return code(VisitService(s).beginConsultation(QStringLiteral("no-such-visit"))); }},
    {Permission::ExportData, [](Session& s, const QString&, const QString& dir) { return code(ExportService(s).exportFhirNdjson(dir + QStringLiteral("/x.ndjson"))); }},
    {Permission::ImportData, [](Session& s, const QString&, const QString&) { return code(ImportService(s).importPatients(QByteArray("name\n"))); }},
    {Permission::ManageUsers, [](Session& s, const QString&, const QString&) { return code(UserService(s).list()); }},
    {Permission::ViewAudit, [](Session& s, const QString&, const QString&) { return code(AuditService(s).list({})); }},
    {Permission::SeedDemoData, [](Session& s, const QString&, const QString&) { return code(PatientService(s).reserveSyntheticMrNumbers(1)); }},
    {Permission::ManageBackups, [](Session& s, const QString&, const QString&) { return code(BackupService(s).settings()); }},
    {Permission::RotateKey, [](Session& s, const QString&, const QString&) { return code(KeyService(s).rotate(QStringLiteral("wrong-password-x"), QStringLiteral("X"))); }},
    {Permission::RunSync, [](Session& s, const QString&, const QString&) { return code(SyncService(s).overview()); }},
    {Permission::ManageUpdates, [](Session& s, const QString&, const QString&) { return code(UpdateService(s, {}).notice()); }},
    {Permission::KeepFamilyRegister,
     [](Session& s, const QString&, const QString&) {
         Household h;
         h.village = QStringLiteral("Chak 12");
         return code(HouseholdService(s).createHousehold(h));
     }},
    {Permission::RecordImmunisation,
     [](Session& s, const QString& id, const QString&) {
         Immunisation i;
         i.patientId = id;
         i.dose = GivenDose{QStringLiteral("Td"), 1, QDate(2020, 1, 1), {}, {}, true};
         return code(ImmunisationService(s).recordDose(i));
     }},
    {Permission::RecordMaternalCare,
     [](Session& s, const QString& id, const QString&) {
         Pregnancy p;
         p.patientId = id;
         return code(MaternalService(s).registerPregnancy(p));
     }},
    {Permission::RequestConsultation,
     [](Session& s, const QString&, const QString&) { return code(ConsultationService(s).draftRequest(QStringLiteral("no-such-visit"))); }},
    {Permission::AnswerConsultation,
     [](Session& s, const QString&, const QString&) { return code(ConsultationService(s).cachedInbox(QStringLiteral("dermatology"))); }},
    {Permission::WithdrawRecords,
     [](Session& s, const QString&, const QString&) {
         return code(WithdrawalService(s).withdrawVisit(QStringLiteral("no-such-visit"), QStringLiteral("entered in error")));
     }},
};
} // namespace

TEST(PermissionMatrix, EveryCellIsAsDocumented)
{
    for (Permission p : kAllPermissions) {
        ASSERT_TRUE(kDocumented.count(p)) << "permission " << int(p) << " missing from the documented table";
        for (int r = 0; r < 6; ++r) {
            EXPECT_EQ(allowed(kRoles[r], p), kDocumented.at(p)[r]) << "permission " << int(p) << ", role " << roleCode(kRoles[r]).toStdString();
            const Status s = check(kRoles[r], p);
            if (!kDocumented.at(p)[r]) {
                EXPECT_TRUE(s.is(ErrorCode::Forbidden));
                EXPECT_TRUE(s.error().message.contains(roleDisplayName(kRoles[r])));
                EXPECT_TRUE(s.error().message.contains(permissionDisplayName(p)));
            }
        }
    }
}

TEST(PermissionMatrix, ServiceCallsAreRefusedOrAllowedPerRole)
{
    auto t = bhu::test::makeTestDb();
    QString patientId;
    {
        auto admin = bhu::test::adminOf(t);
        auto p = PatientService(*admin).registerPatient(somePatient());
        ASSERT_TRUE(p.ok());
        patientId = p->id;
    }
    for (Role role : kRoles) {
        const QString user = QStringLiteral("u_") + roleCode(role);
        if (role != Role::Admin) bhu::test::addUser(t, user, role, QStringLiteral("role-password-1"));
        auto s = role == Role::Admin ? bhu::test::adminOf(t) : bhu::test::sessionAs(t, user, QStringLiteral("role-password-1"));
        ASSERT_TRUE(s);
        QTemporaryDir dir;
        for (const auto& [permission, call] : kCalls) {
            const ErrorCode got = call(*s, patientId, dir.path());
            const bool allowedHere = kDocumented.at(permission)[static_cast<int>(role)];
            if (allowedHere) {
                EXPECT_NE(got, ErrorCode::Forbidden) << roleCode(role).toStdString() << " permission " << int(permission);
            } else {
                EXPECT_EQ(got, ErrorCode::Forbidden) << roleCode(role).toStdString() << " permission " << int(permission);
            }
        }
    }
}
