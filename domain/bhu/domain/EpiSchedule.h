#pragma once
// The immunisation schedules as data: the child EPI schedule and the Td series for women,
// read from reference/epi/schedule.csv (compiled in as :/bhu/epi/schedule.csv; columns and
// sources in reference/README.md). A province that changes its schedule edits the file; parse()
// accepts a newer file without a rebuild.
//
// One row is one dose: series ("child", "td"), antigen ("Penta"), dose number (0 = birth dose,
// then 1, 2, …), the minimum age, the minimum interval after the previous dose of the same
// antigen (empty for the first dose), and the age limit (the dose is not given at or after that
// age; empty = none). Ages and intervals are written as a count and a unit: "0d", "6w", "9m",
// "15y", added to dates by calendar (QDate::addDays/addMonths/addYears), so "9m" after 1 Jan is
// 1 Oct.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace bhu {

struct EpiSpan {
    enum class Unit { Days, Weeks, Months, Years };
    int count = 0;
    Unit unit = Unit::Days;

    QDate after(QDate d) const;      // d + this span (calendar arithmetic)
    QString text() const;            // "6w", the file's spelling
    // "6w", "9m", "15y", "0d" (count 0–999); nullopt for anything else.
    static std::optional<EpiSpan> parse(QStringView s);
    bool operator==(const EpiSpan&) const = default;
};

struct EpiDose {
    QString series;                       // "child", "td"
    QString antigen;                      // "Penta"
    int dose = 1;                         // 0 = birth dose
    EpiSpan minAge;
    std::optional<EpiSpan> minInterval;   // after the previous dose of this antigen; none for the first
    std::optional<EpiSpan> ageLimit;      // not given at or after this age; none = no limit
    QString nameUr;

    QString code() const;                 // "Penta-1", "OPV-0": how doses are named in records and FHIR
    bool operator==(const EpiDose&) const = default;
};

class EpiSchedule {
public:
    // Parses schedule.csv. Invalid with the line and the dose it names ("schedule.csv, line 7
    // (Penta-2): …") for a missing column, an empty series or antigen, a bad dose number, age or
    // interval, a dose listed twice, doses of an antigen out of order, an antigen in two series,
    // or an age limit not above the minimum age.
    static Result<EpiSchedule> parse(const QByteArray& csv);
    static Result<EpiSchedule> loadBuiltIn();
    // The compiled-in schedule (parsed once; thread-safe). A broken built-in file is caught by
    // domain_test (EpiSchedule.BuiltInScheduleParses); here it would give an empty schedule.
    static const EpiSchedule& builtIn();
    // The schedule in use: builtIn() until setCurrent() replaced it (a national schedule pulled
    // from the registry, services/ReferenceService). Thread-safe; readers keep their snapshot.
    static std::shared_ptr<const EpiSchedule> current();
    static void setCurrent(std::shared_ptr<const EpiSchedule> schedule);   // nullptr → builtIn()

    const QList<EpiDose>& doses() const { return m_doses; }   // file order
    QList<EpiDose> doses(QStringView series) const;
    QList<EpiDose> dosesOf(QStringView antigen) const;        // ascending dose number
    QStringList antigens(QStringView series) const;           // file order, each once
    std::optional<EpiDose> dose(QStringView antigen, int number) const;   // antigen case-insensitive
    std::optional<EpiDose> doseByCode(QStringView code) const;            // "Penta-1"

private:
    QList<EpiDose> m_doses;
};

// Series names used by the program.
inline QString epiChildSeries() { return QStringLiteral("child"); }
inline QString epiTdSeries() { return QStringLiteral("td"); }

} // namespace bhu
