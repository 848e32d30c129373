#include "bhu/services/RegistryLookupService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/SyncApply.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::RegistryLookupService", s); }

QString digitsOf(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (c.isDigit()) out += QChar(u'0' + c.digitValue());   // Urdu/Arabic-Indic digits too
    return out;
}
} // namespace

Result<QString> RegistryLookupService::lookUp(const RegistryQuery& q, const RegistryFetch& fetch)
{
    BHU_TRY(m_s.require(Permission::LookUpRegistry));
    const QString digits = digitsOf(q.value);
    const QString reason = q.reason.simplified();
    const bool mr = q.idSystem == IdSystem::Mr, cnic = q.idSystem == IdSystem::Cnic || q.idSystem == IdSystem::BForm;
    if ((!mr && !cnic) || (mr && digits.size() != 12) || (cnic && digits.size() != 13))
        return Error::make(ErrorCode::Invalid, tr("Type a 12-digit MR number or a 13-digit CNIC / B-form number."));
    if (reason.size() < kMinReasonLength)
        return Error::make(ErrorCode::Invalid, tr("Say why you need this patient's record (at least %1 characters). The reason is recorded.")
                                                   .arg(kMinReasonLength));
    db::Enrolment enrolment;
    {
        const auto lock = m_s.guard();
        auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
        if (!e.ok()) return e.error();
        if (!e->isEnrolled())
            return Error::make(ErrorCode::Invalid, tr("This clinic is not enrolled with the national registry. Ask the administrator."));
        enrolment = e.value();
        // Audited before the registry is asked: the attempt counts, whatever comes back.
        BHU_TRY(db::AuditLog(m_s.store().conn())
                    .record(m_s.actor(), QStringLiteral("registry.lookup"), QStringLiteral("Patient"), {}, {},
                            QStringLiteral("by=%1 reason=%2").arg(q.idSystem, reason)));
    }
    auto page = fetch(enrolment, q.idSystem, digits, m_s.user().username, reason);
    if (!page.ok()) return page.error();
    if (page->patients.isEmpty())
        return Error::make(ErrorCode::NotFound, tr("The national registry has no patient with this number."));
    const auto lock = m_s.guard();
    auto applied = db::SyncApply(m_s.store().conn()).applyFetched(page.value(), m_s.actor());
    if (!applied.ok()) return applied.error();
    const QString id = page->patients.first().patient.id;
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("registry.lookup.fetched"), QStringLiteral("Patient"), id, id,
                        QStringLiteral("records=%1").arg(page->patients.size() + page->clinical.size())));
    return id;
}

} // namespace bhu::services
