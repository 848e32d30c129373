#include "bhu/services/AuditService.h"

#include "bhu/db/PatientFinder.h"

#include <QUuid>

namespace bhu::services {

namespace {
QString describe(const AuditQuery& q)
{
    QStringList parts;
    if (!q.user.isEmpty()) parts << QStringLiteral("user=") + q.user;
    if (!q.action.isEmpty()) parts << QStringLiteral("action=") + q.action;
    if (!q.patient.isEmpty()) parts << QStringLiteral("patient_filter=1");
    if (q.from.isValid()) parts << QStringLiteral("from=") + q.from.toString(Qt::ISODate);
    if (q.to.isValid()) parts << QStringLiteral("to=") + q.to.toString(Qt::ISODate);
    return parts.join(u';');
}
} // namespace

Result<QList<db::AuditEntry>> AuditService::list(const AuditQuery& q)
{
    BHU_TRY(m_s.require(Permission::ViewAudit));
    const auto lock = m_s.guard();
    db::AuditFilter f;
    f.username = q.user;
    f.action = q.action;
    f.limit = q.limit;
    if (q.from.isValid()) f.fromUtc = isoUtc(q.from.startOfDay(Qt::UTC));
    if (q.to.isValid()) f.toUtc = isoUtc(q.to.addDays(1).startOfDay(Qt::UTC));
    const QString patient = q.patient.trimmed();
    if (!patient.isEmpty()) {
        if (!QUuid::fromString(patient).isNull()) {
            f.patientId = patient;
        } else {
            QString digits;
            for (QChar c : patient)
                if (c.isDigit()) digits += c;
            auto hits = db::PatientFinder(m_s.store().conn()).byIdentifier(digits, false, db::FinderFilter{}, 1);
            if (!hits.ok()) return hits.error();
            if (hits->isEmpty() || digits.isEmpty()) return QList<db::AuditEntry>();
            f.patientId = hits->first().patientId;
        }
    }
    return db::AuditLog(m_s.store().conn()).query(f);
}

Status AuditService::verify()
{
    BHU_TRY(m_s.require(Permission::ViewAudit));
    const auto lock = m_s.guard();
    return db::AuditLog(m_s.store().conn()).verify();
}

Status AuditService::recordPrint(const AuditQuery& q, int entries)
{
    BHU_TRY(m_s.require(Permission::ViewAudit));
    const auto lock = m_s.guard();
    return db::AuditLog(m_s.store().conn())
        .record(m_s.actor(), QStringLiteral("audit.print"), QStringLiteral("AuditTrail"), QString(), QString(),
                describe(q) + QStringLiteral(";entries=") + QString::number(entries));
}

Status AuditService::recordRegistryLookup(const QString& identifier, const QString& patientId)
{
    BHU_TRY(m_s.require(Permission::ViewPatient));
    const auto lock = m_s.guard();
    Q_UNUSED(identifier)   // never stored: the patient id is enough, and the query may be a CNIC
    return db::AuditLog(m_s.store().conn())
        .record(m_s.actor(), QStringLiteral("registry.lookup"), QStringLiteral("Patient"), patientId, patientId);
}

} // namespace bhu::services
