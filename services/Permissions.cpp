#include "bhu/services/Permissions.h"

#include <QCoreApplication>

namespace bhu::services {

bool allowed(Role role, Permission p)
{
    switch (p) {
    case Permission::ViewPatient:
    case Permission::RunSync:
        return true;
    case Permission::RegisterPatient:
    case Permission::EditPatient:
        return role != Role::Supervisor && role != Role::Specialist;
    case Permission::QueueVisit:
    case Permission::KeepFamilyRegister:
        return role != Role::Supervisor && role != Role::Specialist;
    case Permission::RecordVisit:
    case Permission::RecordImmunisation:
    case Permission::RecordMaternalCare:
        return role == Role::Clinician || role == Role::Lhw;
    case Permission::ViewReports:
        return role == Role::Supervisor || role == Role::Admin || role == Role::Clinician;
    case Permission::LookUpRegistry:
        return role != Role::Lhw && role != Role::Specialist;
    case Permission::RequestConsultation:
        return role == Role::Clinician;
    case Permission::AnswerConsultation:
        return role == Role::Specialist;
    case Permission::WithdrawRecords:   // the medical officer, the supervisor, the facility administrator
        return role == Role::Clinician || role == Role::Supervisor || role == Role::Admin;
    case Permission::ExportData:
    case Permission::ViewAudit:
    case Permission::ReviewDuplicates:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ImportData:
    case Permission::ManageUsers:
    case Permission::SeedDemoData:
    case Permission::EnrolDevice:
    case Permission::ManageBackups:
    case Permission::RotateKey:
    case Permission::ManageUpdates:
        return role == Role::Admin;
    }
    return false;
}

QString permissionDisplayName(Permission p)
{
    const char* s = "";
    switch (p) {
    case Permission::ViewPatient: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "view patient records"); break;
    case Permission::RegisterPatient: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "register patients"); break;
    case Permission::EditPatient: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "edit patient details"); break;
    case Permission::QueueVisit: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "add patients to the queue"); break;
    case Permission::RecordVisit: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "record visits"); break;
    case Permission::ViewReports: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "view and print reports"); break;
    case Permission::ExportData: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "export data"); break;
    case Permission::ImportData: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "import data"); break;
    case Permission::ManageUsers: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "manage user accounts"); break;
    case Permission::ViewAudit: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "view the audit trail"); break;
    case Permission::RunSync: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "synchronise with the registry"); break;
    case Permission::SeedDemoData: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "add demonstration data"); break;
    case Permission::EnrolDevice: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "enrol this clinic with the registry"); break;
    case Permission::ManageBackups: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "make and restore backups"); break;
    case Permission::RotateKey: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "change the database key"); break;
    case Permission::LookUpRegistry: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "look up patients in the national registry"); break;
    case Permission::ReviewDuplicates: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "review possible duplicate patients"); break;
    case Permission::KeepFamilyRegister: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "keep the family register"); break;
    case Permission::RecordImmunisation: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "record immunisations"); break;
    case Permission::RecordMaternalCare: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "record pregnancies and family-planning visits"); break;
    case Permission::ManageUpdates: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "see update notices and verify update packages"); break;
    case Permission::RequestConsultation: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "ask a specialist (teleconsultation)"); break;
    case Permission::AnswerConsultation: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "answer teleconsultation requests"); break;
    case Permission::WithdrawRecords: s = QT_TRANSLATE_NOOP("bhu::services::Permission", "withdraw records entered in error"); break;
    }
    return QCoreApplication::translate("bhu::services::Permission", s);
}

Status check(Role role, Permission p)
{
    if (allowed(role, p)) return {};
    return Error::make(ErrorCode::Forbidden,
                       QCoreApplication::translate("bhu::services", "Your role (%1) may not %2. Ask a supervisor or the administrator.")
                           .arg(roleDisplayName(role), permissionDisplayName(p)));
}

} // namespace bhu::services
