#include "bhu/services/MaternalService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::MaternalService", s); }
} // namespace

QDate MaternalService::today() const { return m_clock.nowUtc().toLocalTime().date(); }

Result<Pregnancy> MaternalService::registerPregnancy(Pregnancy p)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordMaternalCare));
    auto woman = db::PatientRepository(m_s.store().conn()).get(p.patientId);
    if (!woman.ok()) return woman.error();
    if (woman->sex == Sex::Male) return Error::make(ErrorCode::Invalid, tr("A pregnancy can only be registered for a woman."));
    if (!p.edd.isValid()) p.edd = eddFromLmp(p.lmp);
    p.outcome = PregnancyOutcome::Ongoing;
    p.registeredOn = today();
    p.facilityCode = m_s.facility().code;
    BHU_TRY(validatePregnancy(p, today()));
    return db::MaternalRepository(m_s.store().conn()).registerPregnancy(p, m_s.actor());
}

Result<Pregnancy> MaternalService::recordOutcome(const QString& pregnancyId, PregnancyOutcome outcome, const QDate& on,
                                                 const QString& place, const QString& attendant)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordMaternalCare));
    db::MaternalRepository repo(m_s.store().conn());
    auto p = repo.getPregnancy(pregnancyId);
    if (!p.ok()) return p.error();
    Pregnancy check = p.value();
    check.outcome = outcome;
    check.outcomeDate = on;
    check.deliveryPlace = place;
    if (outcome == PregnancyOutcome::Ongoing) return Error::make(ErrorCode::Invalid, tr("Choose how the pregnancy ended."));
    if (on.isValid() && on > today()) return Error::make(ErrorCode::Invalid, tr("The date the pregnancy ended is in the future."));
    BHU_TRY(validatePregnancy(check, today()));
    return repo.recordOutcome(pregnancyId, outcome, on, place, attendant, m_s.actor());
}

Result<RecordedContact> MaternalService::recordContact(MchContact c)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordMaternalCare));
    auto woman = db::PatientRepository(m_s.store().conn()).get(c.patientId);
    if (!woman.ok()) return woman.error();
    BHU_TRY(validateMchContact(c, today()));
    const QStringList reasons = referralReasons(c);
    if (!reasons.isEmpty()) c.referred = true;
    c.facilityCode = m_s.facility().code;
    auto saved = db::MaternalRepository(m_s.store().conn()).recordContact(c, m_s.actor());
    if (!saved.ok()) return saved.error();
    return RecordedContact{saved.value(), reasons};
}

Result<QList<Pregnancy>> MaternalService::pregnancies(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("pregnancy.view"), QStringLiteral("EpisodeOfCare"), {}, patientId));
    return db::MaternalRepository(m_s.store().conn()).pregnanciesOf(patientId);
}

Result<QList<MchContact>> MaternalService::contacts(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::MaternalRepository(m_s.store().conn()).contactsOf(patientId);
}

} // namespace bhu::services
