#include "bhu/services/PatientService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/MrNumberPool.h"
#include "bhu/db/PatientFinder.h"
#include "bhu/db/PatientRepository.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PatientService", s); }

Error invalid(const QList<FieldIssue>& issues)
{
    QStringList msgs;
    for (const FieldIssue& i : issues)
        if (!i.warning) msgs << i.message;
    return Error::make(ErrorCode::Invalid, msgs.join(u' '), QStringLiteral("validation"));
}

bool hasErrors(const QList<FieldIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const FieldIssue& i) { return !i.warning; });
}
} // namespace

Result<Patient> PatientService::registerPatient(Patient p, const RegisterOptions& o)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RegisterPatient));
    if (p.facilityCode.isEmpty()) p.facilityCode = m_s.facility().code;
    const QList<FieldIssue> issues = validate(p);
    if (hasErrors(issues)) return invalid(issues);

    // The full duplicate check runs unless the user already saw it and chose "new patient";
    // the CNIC rule holds either way.
    QList<DuplicateCandidate> dups;
    bool cnicTaken = false;
    if (!o.confirmedNotDuplicate) {
        auto found = findDuplicates(p);
        if (!found.ok()) return found.error();
        dups = found.value();
        cnicTaken = std::any_of(dups.begin(), dups.end(), [](const DuplicateCandidate& c) { return c.sameCnic; });
    } else {
        db::PatientFinder finder(m_s.store().conn());
        for (const QString& sys : {IdSystem::Cnic, IdSystem::BForm}) {
            if (p.identifier(sys).isEmpty()) continue;
            auto same = finder.byIdentifier(p.identifier(sys), false, db::FinderFilter{}, 2);
            if (!same.ok()) return same.error();
            cnicTaken = cnicTaken || std::any_of(same->begin(), same->end(), [&](const SearchHit& h) { return h.patientId != p.id; });
        }
    }
    QString overrideBy;
    if (cnicTaken) {
        if (o.cnicOverrideBy.isEmpty())
            return Error::make(ErrorCode::Conflict,
                               tr("This CNIC / B-form number is already recorded for another patient. Open that patient, "
                                  "or ask a supervisor to allow a second patient with the same number."),
                               QStringLiteral("cnic-taken"));
        auto sup = m_s.store().verifyCredentials(o.cnicOverrideBy, o.cnicOverridePassword);
        if (!sup.ok()) return sup.error();
        if (sup->role != Role::Supervisor && sup->role != Role::Admin)
            return Error::make(ErrorCode::Forbidden, tr("Only a supervisor or the administrator can allow a shared CNIC."),
                               QStringLiteral("cnic-override-role"));
        overrideBy = sup->username;
    } else if (!dups.isEmpty()) {
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("bhu::services::PatientService",
                                                       "This patient may already be registered (%n possible match(es)). Open the "
                                                       "existing patient, or confirm that this is a new patient.",
                                                       nullptr, static_cast<int>(dups.size())),
                           QStringLiteral("possible-duplicates"));
    }

    auto created = db::PatientRepository(m_s.store().conn()).create(std::move(p), m_s.actor());
    if (!created.ok()) return created.error();
    // The merge decision at the front desk: the user saw possible duplicates and chose "new patient".
    if (o.confirmedNotDuplicate)
        BHU_TRY(db::AuditLog(m_s.store().conn())
                    .record(m_s.actor(), QStringLiteral("patient.duplicate_decision"), QStringLiteral("Patient"), created->id, created->id,
                            QStringLiteral("decision=new_patient")));
    if (!overrideBy.isEmpty())
        BHU_TRY(db::AuditLog(m_s.store().conn())
                    .record(m_s.actor(), QStringLiteral("patient.cnic_override"), QStringLiteral("Patient"), created->id, created->id,
                            QStringLiteral("approved_by=") + overrideBy));
    return created;
}

Status PatientService::registerMany(QList<Patient>& patients)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RegisterPatient));
    for (Patient& p : patients)
        if (p.facilityCode.isEmpty()) p.facilityCode = m_s.facility().code;
    return db::PatientRepository(m_s.store().conn()).createMany(patients, m_s.actor());
}

Status PatientService::reserveSyntheticMrNumbers(int count)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    return db::MrNumberPool(m_s.store().conn()).addSyntheticBlock(count);
}

Result<Patient> PatientService::update(Patient p)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::EditPatient));
    const QList<FieldIssue> issues = validate(p);
    if (hasErrors(issues)) return invalid(issues);
    return db::PatientRepository(m_s.store().conn()).update(std::move(p), m_s.actor());
}

Result<Patient> PatientService::open(const QString& id)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto p = db::PatientRepository(m_s.store().conn()).get(id);
    if (!p.ok()) return p.error();
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("patient.view"), QStringLiteral("Patient"), id, id));
    return p;
}

Result<QList<PatientVersion>> PatientService::history(const QString& id)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::PatientRepository(m_s.store().conn()).versions(id);
}

Result<qint64> PatientService::count()
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::PatientRepository(m_s.store().conn()).count();
}

Status PatientService::recordPrint(const QString& patientId, const QString& what)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::AuditLog(m_s.store().conn())
        .record(m_s.actor(), QStringLiteral("patient.print"), QStringLiteral("Patient"), patientId, patientId, what);
}

} // namespace bhu::services
