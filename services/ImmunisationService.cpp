#include "bhu/services/ImmunisationService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/HouseholdRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/db/PatientRepository.h"

#include <algorithm>

namespace bhu::services {

namespace {
const QString kImmunization = QStringLiteral("Immunization");
} // namespace

QString epiSeriesFor(const Patient& p, QDate today)
{
    if (!p.birthDate.isValid()) return {};
    if (p.birthDate.addYears(15) > today) return epiChildSeries();
    if (p.sex == Sex::Female) return epiTdSeries();
    return {};
}

QDate ImmunisationService::today() const { return m_clock.nowUtc().toLocalTime().date(); }

Result<Immunisation> ImmunisationService::recordDose(Immunisation i)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordImmunisation));
    auto p = db::PatientRepository(m_s.store().conn()).get(i.patientId);
    if (!p.ok()) return p.error();
    i.amendsId.clear();
    BHU_TRY(validateImmunisation(*EpiSchedule::current(), i, p->birthDate, today()));
    i.facilityCode = m_s.facility().code;
    i.recordedAt = m_clock.nowUtc();
    return db::ImmunisationRepository(m_s.store().conn()).record(i, m_s.actor());
}

Result<Immunisation> ImmunisationService::correctDose(const QString& doseId, Immunisation corrected, const QString& reason)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RecordImmunisation));
    db::ImmunisationRepository repo(m_s.store().conn());
    auto old = repo.get(doseId);
    if (!old.ok()) return old.error();
    auto p = db::PatientRepository(m_s.store().conn()).get(old->patientId);
    if (!p.ok()) return p.error();
    corrected.patientId = old->patientId;
    corrected.amendsId = doseId;
    corrected.amendReason = reason;
    if (!corrected.enteredInError) BHU_TRY(validateImmunisation(*EpiSchedule::current(), corrected, p->birthDate, today()));
    return repo.amend(doseId, corrected, reason, m_s.actor());
}

Result<ImmunisationCard> ImmunisationService::card(const QString& patientId)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    auto p = db::PatientRepository(m_s.store().conn()).get(patientId);
    if (!p.ok()) return p.error();
    auto doses = db::ImmunisationRepository(m_s.store().conn()).forPatient(patientId);
    if (!doses.ok()) return doses.error();
    ImmunisationCard c{p.value(), epiSeriesFor(p.value(), today()), doses.value(), {}};
    if (!c.series.isEmpty())
        c.due = immunisationDue(*EpiSchedule::current(), c.series, c.patient.birthDate, currentDoses(c.doses), today());
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("immunisation.view"), kImmunization, {}, patientId));
    return c;
}

Result<QList<DueListEntry>> ImmunisationService::dueList(const QString& lhwArea, const QString& village, const DueOptions& options)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    const QDate day = today();
    // Everyone under 50: children under 5 (child series) and women of 15–49 (Td) are listed.
    auto cards = db::ImmunisationRepository(m_s.store().conn()).cardsInVillage(lhwArea, village, day.addYears(-50).addDays(1));
    if (!cards.ok()) return cards.error();
    db::PatientRepository patients(m_s.store().conn());
    db::HouseholdRepository households(m_s.store().conn());
    db::MaternalRepository maternal(m_s.store().conn());
    QList<DueListEntry> out;
    for (const db::CardHolder& c : cards.value()) {
        const bool child = c.birthDate > day.addYears(-5);
        auto p = patients.get(c.patientId);
        if (!p.ok()) return p.error();
        const QString series = child ? epiChildSeries() : epiSeriesFor(p.value(), day);
        if (series != epiChildSeries() && series != epiTdSeries()) continue;   // 5–14-year-olds, men
        if (!child && series == epiChildSeries()) continue;
        const auto all = immunisationDue(*EpiSchedule::current(), series, c.birthDate, currentDoses(c.doses), day, options);
        DueListEntry e;
        for (const AntigenDue& a : all)
            if (a.needsDose()) e.due.append(a);
        if (e.due.isEmpty()) continue;
        e.defaulter = isDefaulter(all);
        e.series = series;
        e.patient = p.value();
        if (series == epiTdSeries()) {
            auto ongoing = maternal.ongoingPregnancy(c.patientId);
            if (!ongoing.ok()) return ongoing.error();
            e.pregnant = ongoing.value().has_value();
        }
        e.householdId = c.householdId;
        auto h = households.get(c.householdId);
        if (!h.ok()) return h.error();
        e.address = h->address;
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const DueListEntry& a, const DueListEntry& b) {
        if (a.pregnant != b.pregnant) return a.pregnant;
        return a.defaulter && !b.defaulter;
    });
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("immunisation.duelist.view"), kImmunization, {}, {},
                                                    QStringLiteral("entries=%1").arg(out.size())));
    return out;
}

Status ImmunisationService::recordPrint()
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    return db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("immunisation.duelist.print"), kImmunization);
}

} // namespace bhu::services
