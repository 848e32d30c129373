#pragma once
// Which dose of each antigen a person needs next, and when: computed from the schedule
// (EpiSchedule), the date of birth and the doses given. No clock inside: "today" is a parameter.
//
// Rules (docs/community.md, "Due dates"):
// - A dose counts when it was given on or after its earliest valid date minus a grace of 4 days
//   (WHO): the minimum age from birth, and the minimum interval after the previous counted dose
//   of the same antigen. Doses given elsewhere count the same. A dose given too early is
//   reported in `invalidDoses` and is due again.
// - The next dose of an antigen is the lowest dose number not yet counted. Its due date is the
//   later of birth + minimum age and the last counted dose + minimum interval (a late starter's
//   doses follow one another at the minimum interval, not at the schedule's ages).
// - Age limit: a dose whose due date is at or after birth + age limit, or that is still not given
//   on that date, can no longer be given. A birth dose (number 0) past its limit is skipped
//   (reported in `missedDoses`) and the series goes on with dose 1; any other dose past its limit
//   ends the antigen: state PastAgeLimit, no due date.
// - State: Complete (every dose counted), Upcoming (due date after today), Due (due within the
//   last `overdueAfterDays` days, today included), Overdue (longer ago: a defaulter).
#include "bhu/domain/EpiSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bhu {

// One dose as recorded on the card.
struct GivenDose {
    QString antigen;            // "Penta"
    int dose = 1;               // dose number as recorded
    QDate date;
    QString lot;
    QString place;              // where it was given (facility, outreach, "home")
    bool givenElsewhere = false;
    bool operator==(const GivenDose&) const = default;
};

enum class DueState { Complete, Upcoming, Due, Overdue, PastAgeLimit };
QString dueStateCode(DueState s);   // "complete", "upcoming", "due", "overdue", "past-age-limit"
QString dueStateName(DueState s);   // translated

struct AntigenDue {
    QString antigen;
    DueState state = DueState::Upcoming;
    int nextDose = 0;           // the dose needed next (also when past the age limit); 0 when complete
    QDate dueDate;              // invalid when Complete or PastAgeLimit
    QDate ageLimitDate;         // the last day + 1 the next dose may be given; invalid = no limit
    QList<int> countedDoses;    // dose numbers that count, ascending
    QList<int> invalidDoses;    // recorded but given too early (not counted)
    QList<int> missedDoses;     // birth doses skipped because they are past their age limit

    QString nextCode() const { return antigen + QLatin1Char('-') + QString::number(nextDose); }
    bool needsDose() const { return state == DueState::Due || state == DueState::Overdue; }
};

struct DueOptions {
    int overdueAfterDays = 28;  // Due → Overdue after this many days (one monthly LHW round)
    int earlyGraceDays = 4;     // a dose this many days early still counts (WHO)
};

// One entry per antigen of the series, in schedule order. Doses of antigens outside the series
// are ignored. An invalid birthDate or today gives an empty list.
QList<AntigenDue> immunisationDue(const EpiSchedule& schedule, QStringView series, QDate birthDate,
                                  const QList<GivenDose>& given, QDate today, const DueOptions& options = {});

// The entry whose dose is needed soonest (Due/Overdue/Upcoming, earliest due date); nullopt when
// nothing more can be given.
std::optional<AntigenDue> nextDue(const QList<AntigenDue>& due);

// True when some antigen is Overdue: the person belongs on the defaulter list.
bool isDefaulter(const QList<AntigenDue>& due);

} // namespace bhu
