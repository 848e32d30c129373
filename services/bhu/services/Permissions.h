#pragma once
// The permission matrix (docs/security.md). Checked in the service layer for every call,
// whether it comes from the UI or from bhuctl.
#include "bhu/domain/Result.h"
#include "bhu/domain/Roles.h"

namespace bhu::services {

enum class Permission {
    ViewPatient,
    RegisterPatient,
    EditPatient,
    QueueVisit,      // put a patient in today's queue
    RecordVisit,
    ViewReports,
    ExportData,
    ImportData,
    ManageUsers,
    ViewAudit,
    RunSync,        // sync with the registry: any signed-in user (sync moves records, it shows none)
    SeedDemoData,
    EnrolDevice,     // enrol this clinic with a registry (stores its credential): admin only
    ManageBackups,   // back up now, backup settings, restore
    RotateKey,       // re-encrypt the database with a new key
    LookUpRegistry,  // "history anywhere": fetch a patient of another facility, with a reason
    ReviewDuplicates,  // the registry's review queue: same / different / not sure, unmerge
    KeepFamilyRegister,   // households and their members (docs/community.md)
    RecordImmunisation,   // record and correct immunisation doses
    RecordMaternalCare,   // pregnancies, ANC/PNC and family-planning visits
    ManageUpdates,        // see the update notice, verify an update package (docs/installing.md): admin only
    RequestConsultation,  // ask a specialist from a visit; turn the answer into orders (docs/telemedicine.md)
    AnswerConsultation,   // the specialist's inbox: claim, answer, ask a follow-up question
    WithdrawRecords,      // withdraw a visit or a patient entered in error (docs/sync-protocol.md, "Tombstones")
};

// Every permission, in the order of the table in docs/security.md.
inline constexpr Permission kAllPermissions[] = {
    Permission::ViewPatient, Permission::RegisterPatient, Permission::EditPatient, Permission::QueueVisit,
    Permission::RecordVisit, Permission::ViewReports,     Permission::ExportData,  Permission::ImportData,
    Permission::ManageUsers, Permission::ViewAudit,       Permission::RunSync,     Permission::SeedDemoData,
    Permission::ManageBackups, Permission::RotateKey,   Permission::EnrolDevice, Permission::LookUpRegistry,
    Permission::ReviewDuplicates,
    Permission::KeepFamilyRegister, Permission::RecordImmunisation, Permission::RecordMaternalCare,
    Permission::ManageUpdates, Permission::RequestConsultation, Permission::AnswerConsultation, Permission::WithdrawRecords,
};

bool allowed(Role role, Permission p);
QString permissionDisplayName(Permission p);   // translated
// Forbidden error with a clear message when the role lacks the permission.
Status check(Role role, Permission p);

} // namespace bhu::services
