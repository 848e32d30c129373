// Due-date computation over the EPI schedule (rules in ImmunisationDue.h).
#include "bhu/domain/ImmunisationDue.h"

#include <QCoreApplication>
#include <algorithm>

namespace bhu {

namespace {

// The earliest date a dose counts from, given the previous counted dose of the antigen.
QDate earliest(const EpiDose& d, QDate birth, QDate previous)
{
    QDate e = d.minAge.after(birth);
    if (previous.isValid() && d.minInterval) e = std::max(e, d.minInterval->after(previous));
    return e;
}

AntigenDue antigenDue(const QList<EpiDose>& doses, QDate birth, QList<GivenDose> given, QDate today,
                      const DueOptions& opt)
{
    AntigenDue out;
    out.antigen = doses.first().antigen;

    // Walk the recorded doses in date order; each counts if it respects age and interval.
    std::stable_sort(given.begin(), given.end(), [](const GivenDose& a, const GivenDose& b) {
        return a.date != b.date ? a.date < b.date : a.dose < b.dose;
    });
    QDate lastCounted;
    for (const GivenDose& g : given) {
        const auto sched = std::find_if(doses.begin(), doses.end(), [&](const EpiDose& d) { return d.dose == g.dose; });
        if (sched == doses.end() || !g.date.isValid() || out.countedDoses.contains(g.dose)) continue;
        if (g.date.addDays(opt.earlyGraceDays) < earliest(*sched, birth, lastCounted)) {
            if (!out.invalidDoses.contains(g.dose)) out.invalidDoses.append(g.dose);
            continue;
        }
        out.countedDoses.append(g.dose);
        out.invalidDoses.removeAll(g.dose);
        lastCounted = g.date;
    }
    std::sort(out.countedDoses.begin(), out.countedDoses.end());
    std::sort(out.invalidDoses.begin(), out.invalidDoses.end());

    for (const EpiDose& d : doses) {
        if (out.countedDoses.contains(d.dose)) continue;
        // A birth dose is skipped once a later dose was counted.
        if (d.dose == 0 && !out.countedDoses.isEmpty()) continue;
        const QDate due = earliest(d, birth, lastCounted);
        const QDate limit = d.ageLimit ? d.ageLimit->after(birth) : QDate();
        if (limit.isValid() && (due >= limit || today >= limit)) {
            if (d.dose == 0) {
                out.missedDoses.append(d.dose);
                continue;
            }
            out.state = DueState::PastAgeLimit;
            out.nextDose = d.dose;
            out.ageLimitDate = limit;
            return out;
        }
        out.nextDose = d.dose;
        out.dueDate = due;
        out.ageLimitDate = limit;
        if (today < due) out.state = DueState::Upcoming;
        else if (due.daysTo(today) < opt.overdueAfterDays) out.state = DueState::Due;
        else out.state = DueState::Overdue;
        return out;
    }
    out.state = DueState::Complete;
    return out;
}

} // namespace

QString dueStateCode(DueState s)
{
    switch (s) {
    case DueState::Complete: return QStringLiteral("complete");
    case DueState::Upcoming: return QStringLiteral("upcoming");
    case DueState::Due: return QStringLiteral("due");
    case DueState::Overdue: return QStringLiteral("overdue");
    case DueState::PastAgeLimit: return QStringLiteral("past-age-limit");
    }
    return {};
}

QString dueStateName(DueState s)
{
    switch (s) {
    case DueState::Complete: return QCoreApplication::translate("bhu::Immunisation", "Complete");
    case DueState::Upcoming: return QCoreApplication::translate("bhu::Immunisation", "Upcoming");
    case DueState::Due: return QCoreApplication::translate("bhu::Immunisation", "Due");
    case DueState::Overdue: return QCoreApplication::translate("bhu::Immunisation", "Overdue");
    case DueState::PastAgeLimit: return QCoreApplication::translate("bhu::Immunisation", "Past age limit");
    }
    return {};
}

QList<AntigenDue> immunisationDue(const EpiSchedule& schedule, QStringView series, QDate birthDate,
                                  const QList<GivenDose>& given, QDate today, const DueOptions& options)
{
    QList<AntigenDue> out;
    if (!birthDate.isValid() || !today.isValid()) return out;
    for (const QString& antigen : schedule.antigens(series)) {
        QList<GivenDose> mine;
        for (const GivenDose& g : given)
            if (g.antigen.compare(antigen, Qt::CaseInsensitive) == 0) mine.append(g);
        out.append(antigenDue(schedule.dosesOf(antigen), birthDate, mine, today, options));
    }
    return out;
}

std::optional<AntigenDue> nextDue(const QList<AntigenDue>& due)
{
    std::optional<AntigenDue> best;
    for (const AntigenDue& a : due) {
        if (!a.dueDate.isValid()) continue;
        if (!best || a.dueDate < best->dueDate) best = a;
    }
    return best;
}

bool isDefaulter(const QList<AntigenDue>& due)
{
    return std::any_of(due.begin(), due.end(), [](const AntigenDue& a) { return a.state == DueState::Overdue; });
}

} // namespace bhu
