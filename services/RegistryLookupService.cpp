#include "bhu/services/RegistryLookupService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"
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

SearchHit hitOf(const Patient& p, double score)
{
    SearchHit h;
    h.patientId = p.id;
    h.mr = p.mrNumber();
    h.name = p.name;
    h.nameUrdu = p.nameUrdu;
    h.relation = p.relation;
    h.guardianName = p.guardianName;
    h.sex = p.sex;
    h.birthDate = p.birthDate;
    h.birthDateEstimated = p.birthDateEstimated;
    h.cnic = p.identifier(IdSystem::Cnic).isEmpty() ? p.identifier(IdSystem::BForm) : p.identifier(IdSystem::Cnic);
    h.phone = p.phone;
    h.village = p.address.village;
    h.unionCouncil = p.address.unionCouncil;
    h.score = score;
    return h;
}

QString gradeText(const QString& grade)
{
    if (grade == u"certain") return tr("National registry: certain match");
    if (grade == u"probable") return tr("National registry: probable match");
    return tr("National registry: possible match");
}
} // namespace

std::optional<db::Enrolment> RegistryLookupService::matchTarget()
{
    // The answer shows other facilities' patients: only for users who may look them up.
    if (!allowed(m_s.role(), Permission::RegisterPatient) || !allowed(m_s.role(), Permission::LookUpRegistry)) return std::nullopt;
    const auto lock = m_s.guard();
    auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
    if (!e.ok() || !e->isEnrolled()) return std::nullopt;
    // Audited before the registry is asked, like a lookup (the draft's details leave the
    // clinic); never the details themselves. No audit entry, no question.
    const Status audited = db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("registry.match"), QStringLiteral("Patient"));
    if (!audited.ok()) return std::nullopt;
    return e.value();
}

QList<DuplicateCandidate> RegistryLookupService::registryCandidates(const Result<QList<RegistryMatchHit>>& answer)
{
    if (!answer.ok()) return {};   // offline, timed out or refused: registration goes on as offline
    const auto lock = m_s.guard();
    db::PatientRepository patients(m_s.store().conn());
    QList<DuplicateCandidate> out;
    for (const RegistryMatchHit& m : answer.value()) {
        const QString mr = m.patient.mrNumber();
        if (m.patient.id.isEmpty() || mr.size() != 12) continue;   // nothing to fetch it by
        if (patients.get(m.patient.id).ok()) continue;             // stored here: the local check shows it
        auto aliases = patients.findByIdentifier(mr);
        if (aliases.ok() && !aliases->isEmpty()) continue;         // an old record of it is stored here
        DuplicateCandidate c;
        c.hit = hitOf(m.patient, m.score);
        c.score = m.score;
        c.reasons << gradeText(m.grade);
        if (!m.patient.facilityCode.isEmpty()) c.reasons << tr("Registered at %1").arg(m.patient.facilityCode);
        out.append(c);
    }
    return out;   // which patients were shown is recorded by the registry (lookups, kind match)
}

QList<DuplicateCandidate> RegistryLookupService::registryMatches(const Patient& draft, const RegistryMatchFetch& fetch)
{
    const std::optional<db::Enrolment> target = matchTarget();
    if (!target) return {};
    return registryCandidates(fetch(*target, draft));
}

QString RegistryLookupService::adoptReason()
{
    return tr("Registration: the patient confirmed being this registry record");
}

RegistryQuery RegistryLookupService::adoptQuery(const DuplicateCandidate& candidate)
{
    return RegistryQuery{IdSystem::Mr, candidate.hit.mr, adoptReason()};
}

Result<QString> RegistryLookupService::adoptMatch(const DuplicateCandidate& candidate, const RegistryFetch& fetch)
{
    return lookUp(adoptQuery(candidate), fetch);
}

Result<QString> RegistryLookupService::lookUp(const RegistryQuery& q, const RegistryFetch& fetch)
{
    auto prepared = prepareLookUp(q);
    if (!prepared.ok()) return prepared.error();
    const PreparedLookup& p = prepared.value();
    return applyLookUp(fetch(p.enrolment, p.idSystem, p.digits, p.user, p.reason, nullptr));
}

Result<PreparedLookup> RegistryLookupService::prepareLookUp(const RegistryQuery& q)
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
    const auto lock = m_s.guard();
    auto e = db::SyncStateStore(m_s.store().conn()).enrolment();
    if (!e.ok()) return e.error();
    if (!e->isEnrolled())
        return Error::make(ErrorCode::Invalid, tr("This clinic is not enrolled with the national registry. Ask the administrator."));
    // Audited before the registry is asked: the attempt counts, whatever comes back.
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("registry.lookup"), QStringLiteral("Patient"), {}, {},
                        QStringLiteral("by=%1 reason=%2").arg(q.idSystem, reason)));
    return PreparedLookup{e.value(), q.idSystem, digits, m_s.user().username, reason};
}

Result<QString> RegistryLookupService::applyLookUp(const Result<db::PulledPage>& page)
{
    BHU_TRY(m_s.require(Permission::LookUpRegistry));
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
