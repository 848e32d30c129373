#pragma once
// The conditions a report cell puts on a visit (docs/reports.md "Filters"): sex, age band at
// the visit, new or follow-up, referred, encounter class, ICD-10 code set and diagnosis
// certainty. A cell's filter is the template's defaults AND its section's AND its row's AND its
// column's: every condition set anywhere must hold.
#include "bhu/domain/ReportVisit.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>
#include <optional>

namespace bhu {

// Completed months at the visit, both ends inclusive; max < 0 = no upper end.
struct AgeBand {
    int minMonths = 0;
    int maxMonths = -1;
    bool contains(int months) const { return months >= minMonths && (maxMonths < 0 || months <= maxMonths); }
    bool operator==(const AgeBand&) const = default;
};

// "<1", "1-4", "5-14", "50+", "<5", "0-11m", "<6m", "12-59m": years unless the number ends in m.
std::optional<AgeBand> parseAgeBand(QStringView text);

struct ReportFilter {
    QList<Sex> sexes;                        // empty = any
    QList<AgeBand> ages;                     // every band must hold (empty = any age, unknown too)
    std::optional<bool> isNew;
    std::optional<bool> referred;
    QList<EncounterClass> classes;           // empty = any
    QList<QStringList> icdSets;              // each set: some diagnosis matches one of its codes
    std::optional<bool> confirmedOnly;       // for the ICD sets; the most specific level wins

    // Adds `other`'s conditions to this one (a cell = defaults ∧ section ∧ row ∧ column).
    void add(const ReportFilter& other);
    // ageMonths < 0: age unknown (then no age band holds).
    bool matches(const ReportVisit& v, int ageMonths) const;

    // Parses a "filter" object. `where` names the place for errors ("section \"opd\", row \"u1\"").
    static Result<ReportFilter> fromJson(const QJsonObject& o, const QString& where);
};

// "J18.9" matches "J18.9"; "J18*" matches every code that starts with "J18"; case-insensitive.
bool icdMatches(QStringView code, QStringView pattern);

} // namespace bhu
