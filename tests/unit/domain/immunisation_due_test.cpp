// EPI schedule as data and the due-date rules (ImmunisationDue.h) on the schedule's edge cases.
#include "bhu/domain/EpiSchedule.h"
#include "bhu/domain/ImmunisationDue.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace Qt::StringLiterals;

namespace {

const EpiSchedule& schedule()
{
    return EpiSchedule::builtIn();
}

const QDate kBirth(2026, 1, 1);

AntigenDue dueOf(const QList<AntigenDue>& all, const char* antigenName)
{
    const QString antigen = QString::fromLatin1(antigenName);
    for (const auto& a : all)
        if (a.antigen == antigen) return a;
    ADD_FAILURE() << "no entry for " << antigen.toStdString();
    return {};
}

AntigenDue childDue(const char* antigen, const QList<GivenDose>& given, QDate today, DueOptions opt = {})
{
    return dueOf(immunisationDue(schedule(), epiChildSeries(), kBirth, given, today, opt), antigen);
}

GivenDose dose(const char* antigen, int n, QDate date, bool elsewhere = false)
{
    return GivenDose{QString::fromLatin1(antigen), n, date, QStringLiteral("LOT1"), QStringLiteral("BHU"), elsewhere};
}

QString parseProblem(const QByteArray& csv)
{
    const auto r = EpiSchedule::parse(csv);
    return r.ok() ? QStringLiteral("ok") : r.error().message;
}

const QByteArray kHeader = "series,antigen,dose,min_age,min_interval,age_limit,name_ur\n";

} // namespace

// ---- the schedule as data ----

TEST(EpiSchedule, BuiltInScheduleParses)
{
    const auto r = EpiSchedule::loadBuiltIn();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->antigens(epiChildSeries()),
              (QStringList{u"BCG"_s, u"OPV"_s, u"Penta"_s, u"PCV"_s, u"Rota"_s, u"IPV"_s, u"MR"_s, u"TCV"_s}));
    EXPECT_EQ(r->antigens(epiTdSeries()), QStringList{u"Td"_s});
    const auto penta2 = r->doseByCode(u"Penta-2");
    ASSERT_TRUE(penta2);
    EXPECT_EQ(penta2->minAge, (EpiSpan{10, EpiSpan::Unit::Weeks}));
    EXPECT_EQ(penta2->minInterval, (EpiSpan{4, EpiSpan::Unit::Weeks}));
    EXPECT_EQ(r->dosesOf(u"td").size(), 5);
    EXPECT_EQ(r->dose(u"td", 3)->minInterval, (EpiSpan{6, EpiSpan::Unit::Months}));
}

TEST(EpiSchedule, SpansAddByCalendar)
{
    EXPECT_EQ(EpiSpan::parse(u"9m")->after(QDate(2026, 1, 31)), QDate(2026, 10, 31));
    EXPECT_EQ(EpiSpan::parse(u"6w")->after(kBirth), QDate(2026, 2, 12));
    EXPECT_EQ(EpiSpan::parse(u"15y")->after(QDate(2000, 2, 29)), QDate(2015, 2, 28));
    EXPECT_FALSE(EpiSpan::parse(u"6"));
    EXPECT_FALSE(EpiSpan::parse(u"w"));
    EXPECT_FALSE(EpiSpan::parse(u"6 weeks"));
    EXPECT_FALSE(EpiSpan::parse(u"-1d"));
}

TEST(EpiSchedule, LoadErrorsNameTheLineAndTheDose)
{
    EXPECT_EQ(parseProblem(kHeader + "child,Penta,1,6w,,2y,\nchild,Penta,2,ten weeks,4w,2y,\n"),
              QStringLiteral("schedule.csv, line 3 (Penta-2): the minimum age \"ten weeks\" is not a count and a unit (d, w, m, y), e.g. 6w."));
    EXPECT_EQ(parseProblem(kHeader + "child,Penta,1,6w,,2y,\nchild,Penta,1,6w,,2y,\n"),
              QStringLiteral("schedule.csv, line 3 (Penta-1): this dose is listed twice."));
    EXPECT_EQ(parseProblem(kHeader + "child,Penta,2,10w,4w,2y,\nchild,Penta,1,6w,,2y,\n"),
              QStringLiteral("schedule.csv, line 3 (Penta-1): the doses of Penta are not in ascending order."));
    EXPECT_EQ(parseProblem(kHeader + "child,Rota,1,6w,,5w,\n"),
              QStringLiteral("schedule.csv, line 2 (Rota-1): the age limit 5w is not above the minimum age 6w."));
    EXPECT_EQ(parseProblem(kHeader + "child,Td,1,0d,,,\ntd,Td,2,15y,4w,50y,\n"),
              QStringLiteral("schedule.csv, line 3 (Td-2): the antigen Td is already in the series child."));
    EXPECT_EQ(parseProblem(kHeader + "child,MR,x,9m,,5y,\n"),
              QStringLiteral("schedule.csv, line 2 (MR): the dose number \"x\" is not a number from 0 to 9."));
    EXPECT_EQ(parseProblem(kHeader + "child,MR,2,15m,four weeks,5y,\n"),
              QStringLiteral("schedule.csv, line 2 (MR-2): the minimum interval \"four weeks\" is not a count and a unit (d, w, m, y), e.g. 4w."));
    EXPECT_EQ(parseProblem("series,antigen,dose,min_age,age_limit,name_ur\nchild,MR,1,9m,5y,\n"),
              QStringLiteral("schedule.csv, line 1: the column \"min_interval\" is missing."));
    EXPECT_EQ(parseProblem(kHeader + ",MR,1,9m,,5y,\n"), QStringLiteral("schedule.csv, line 2: the series is empty."));
    EXPECT_EQ(parseProblem(kHeader), QStringLiteral("schedule.csv, line 1: the schedule has no doses."));
    EXPECT_EQ(parseProblem(kHeader + "child,MR,1,9m,,5y,\n"), QStringLiteral("ok"));
}

// ---- due dates ----

TEST(ImmunisationDue, NewbornIsDueForBirthDosesAndWaitsForSixWeeks)
{
    const auto all = immunisationDue(schedule(), epiChildSeries(), kBirth, {}, kBirth);
    ASSERT_EQ(all.size(), 8);
    EXPECT_EQ(dueOf(all, "BCG").state, DueState::Due);
    EXPECT_EQ(dueOf(all, "OPV").nextDose, 0);
    EXPECT_EQ(dueOf(all, "OPV").dueDate, kBirth);
    EXPECT_EQ(dueOf(all, "Penta").state, DueState::Upcoming);
    EXPECT_EQ(dueOf(all, "Penta").dueDate, QDate(2026, 2, 12));   // 6 weeks
    EXPECT_EQ(dueOf(all, "MR").dueDate, QDate(2026, 10, 1));      // 9 months
    EXPECT_EQ(nextDue(all)->antigen, u"BCG"_s);
    EXPECT_FALSE(isDefaulter(all));
}

TEST(ImmunisationDue, OnScheduleDosesFollowTheScheduleAges)
{
    const auto p = childDue("Penta", {dose("Penta", 1, QDate(2026, 2, 12))}, QDate(2026, 2, 12));
    EXPECT_EQ(p.countedDoses, QList<int>{1});
    EXPECT_EQ(p.nextDose, 2);
    EXPECT_EQ(p.dueDate, QDate(2026, 3, 12));   // 10 weeks of age (also 4 weeks after Penta-1)
    EXPECT_EQ(p.state, DueState::Upcoming);
}

TEST(ImmunisationDue, MinimumIntervalPushesTheNextDoseOfALateDose)
{
    // Penta-1 at 9 weeks: Penta-2 is due 4 weeks later, not at 10 weeks of age.
    const auto p = childDue("Penta", {dose("Penta", 1, QDate(2026, 3, 5))}, QDate(2026, 3, 5));
    EXPECT_EQ(p.dueDate, QDate(2026, 4, 2));
}

TEST(ImmunisationDue, LateStarterGetsDosesAtMinimumIntervalsAndLosesWhatIsPastItsLimit)
{
    const QDate firstContact(2027, 1, 10);   // first seen at 12 months, never vaccinated
    auto all = immunisationDue(schedule(), epiChildSeries(), kBirth, {}, firstContact);
    EXPECT_EQ(dueOf(all, "Penta").state, DueState::Overdue);
    EXPECT_EQ(dueOf(all, "Penta").dueDate, QDate(2026, 2, 12));
    EXPECT_EQ(dueOf(all, "BCG").state, DueState::PastAgeLimit);   // limit 1 year
    EXPECT_EQ(dueOf(all, "Rota").state, DueState::PastAgeLimit);  // limit 15 weeks for Rota-1
    EXPECT_EQ(dueOf(all, "OPV").nextDose, 1);                     // OPV-0 skipped ...
    EXPECT_EQ(dueOf(all, "OPV").missedDoses, QList<int>{0});      // ... and reported
    EXPECT_EQ(dueOf(all, "MR").state, DueState::Overdue);
    EXPECT_TRUE(isDefaulter(all));

    // Penta-1 given that day: Penta-2 is due 4 weeks later, Penta-3 4 weeks after that.
    all = immunisationDue(schedule(), epiChildSeries(), kBirth, {dose("Penta", 1, firstContact)}, firstContact);
    EXPECT_EQ(dueOf(all, "Penta").dueDate, QDate(2027, 2, 7));
    const auto p3 = childDue("Penta", {dose("Penta", 1, firstContact), dose("Penta", 2, QDate(2027, 2, 7))}, QDate(2027, 2, 7));
    EXPECT_EQ(p3.nextDose, 3);
    EXPECT_EQ(p3.dueDate, QDate(2027, 3, 7));
}

TEST(ImmunisationDue, DosesGivenElsewhereCount)
{
    const auto p = childDue("Penta", {dose("Penta", 1, QDate(2026, 2, 12), /*elsewhere=*/true)}, QDate(2026, 2, 20));
    EXPECT_EQ(p.countedDoses, QList<int>{1});
    EXPECT_EQ(p.nextDose, 2);
    const auto opv = childDue("OPV", {dose("OPV", 0, kBirth, true), dose("OPV", 1, QDate(2026, 2, 12), true)}, QDate(2026, 2, 20));
    EXPECT_EQ(opv.countedDoses, (QList<int>{0, 1}));
    EXPECT_EQ(opv.dueDate, QDate(2026, 3, 12));
}

TEST(ImmunisationDue, ADoseBeforeTheMinimumIntervalDoesNotCountAndIsDueAgain)
{
    const QList<GivenDose> given{dose("Penta", 1, QDate(2026, 2, 12)), dose("Penta", 2, QDate(2026, 2, 26))};   // 2 weeks apart
    const auto p = childDue("Penta", given, QDate(2026, 2, 26));
    EXPECT_EQ(p.countedDoses, QList<int>{1});
    EXPECT_EQ(p.invalidDoses, QList<int>{2});
    EXPECT_EQ(p.nextDose, 2);
    EXPECT_EQ(p.dueDate, QDate(2026, 3, 12));
}

TEST(ImmunisationDue, ADoseWithinTheFourDayGraceCounts)
{
    // 25 days after Penta-1 (3 days short of 4 weeks) and at 10 weeks minus 3 days.
    const QList<GivenDose> given{dose("Penta", 1, QDate(2026, 2, 12)), dose("Penta", 2, QDate(2026, 3, 9))};
    EXPECT_EQ(childDue("Penta", given, QDate(2026, 3, 9)).countedDoses, (QList<int>{1, 2}));
    // 5 days short does not.
    const QList<GivenDose> early{dose("Penta", 1, QDate(2026, 2, 12)), dose("Penta", 2, QDate(2026, 3, 7))};
    EXPECT_EQ(childDue("Penta", early, QDate(2026, 3, 9)).invalidDoses, QList<int>{2});
}

TEST(ImmunisationDue, ADoseBeforeTheMinimumAgeDoesNotCount)
{
    const auto p = childDue("Penta", {dose("Penta", 1, QDate(2026, 1, 20))}, QDate(2026, 1, 20));   // 19 days old
    EXPECT_TRUE(p.countedDoses.isEmpty());
    EXPECT_EQ(p.invalidDoses, QList<int>{1});
    EXPECT_EQ(p.dueDate, QDate(2026, 2, 12));
}

TEST(ImmunisationDue, AChildPastAnAntigensAgeLimitGetsNoDueDateForIt)
{
    // Rota-1 was not given by 15 weeks.
    const auto rota = childDue("Rota", {}, QDate(2026, 4, 16));   // 15 weeks = 16 Apr
    EXPECT_EQ(rota.state, DueState::PastAgeLimit);
    EXPECT_FALSE(rota.dueDate.isValid());
    EXPECT_EQ(rota.nextDose, 1);
    EXPECT_EQ(rota.ageLimitDate, QDate(2026, 4, 16));
    EXPECT_EQ(childDue("Rota", {}, QDate(2026, 4, 15)).state, DueState::Overdue);   // the day before: still possible

    // Rota-1 at 14 weeks; Rota-2 not given by 32 weeks.
    const auto rota2 = childDue("Rota", {dose("Rota", 1, QDate(2026, 4, 9))}, QDate(2026, 8, 13));
    EXPECT_EQ(rota2.state, DueState::PastAgeLimit);
    EXPECT_EQ(rota2.nextDose, 2);

    // A 2-year-old with Penta-1 only: Penta is over; the child is not a defaulter for it.
    const auto all = immunisationDue(schedule(), epiChildSeries(), kBirth, {dose("Penta", 1, QDate(2026, 2, 12))}, QDate(2028, 1, 1));
    EXPECT_EQ(dueOf(all, "Penta").state, DueState::PastAgeLimit);
    EXPECT_EQ(dueOf(all, "MR").state, DueState::Overdue);   // MR's limit is 5 years
    EXPECT_EQ(nextDue(all)->antigen, u"MR"_s);
}

TEST(ImmunisationDue, DueTurnsOverdueAfterTheConfiguredDays)
{
    EXPECT_EQ(childDue("Penta", {}, QDate(2026, 3, 11)).state, DueState::Due);       // 27 days after 6 weeks
    EXPECT_EQ(childDue("Penta", {}, QDate(2026, 3, 12)).state, DueState::Overdue);   // 28 days
    DueOptions strict;
    strict.overdueAfterDays = 1;
    EXPECT_EQ(childDue("Penta", {}, QDate(2026, 2, 12), strict).state, DueState::Due);
    EXPECT_EQ(childDue("Penta", {}, QDate(2026, 2, 13), strict).state, DueState::Overdue);
}

TEST(ImmunisationDue, AllDosesGivenIsComplete)
{
    const QList<GivenDose> given{dose("MR", 1, QDate(2026, 10, 1)), dose("MR", 2, QDate(2027, 4, 1))};
    const auto mr = childDue("MR", given, QDate(2027, 5, 1));
    EXPECT_EQ(mr.state, DueState::Complete);
    EXPECT_EQ(mr.nextDose, 0);
    EXPECT_FALSE(mr.dueDate.isValid());
}

TEST(ImmunisationDue, TdSeriesForAWomanFollowsItsIntervals)
{
    const QDate birth(1998, 5, 1);
    auto td = [&](const QList<GivenDose>& g, QDate today) {
        return dueOf(immunisationDue(schedule(), epiTdSeries(), birth, g, today), "Td");
    };
    QList<GivenDose> g{dose("Td", 1, QDate(2026, 1, 10), true)};   // on her card from another facility
    EXPECT_EQ(td(g, QDate(2026, 1, 10)).dueDate, QDate(2026, 2, 7));    // Td-2 ≥ 4 weeks
    g.append(dose("Td", 2, QDate(2026, 2, 7)));
    EXPECT_EQ(td(g, QDate(2026, 2, 7)).dueDate, QDate(2026, 8, 7));     // Td-3 ≥ 6 months
    g.append(dose("Td", 3, QDate(2026, 8, 7)));
    EXPECT_EQ(td(g, QDate(2026, 8, 7)).dueDate, QDate(2027, 8, 7));     // Td-4 ≥ 1 year
    g.append(dose("Td", 4, QDate(2027, 8, 7)));
    g.append(dose("Td", 5, QDate(2028, 8, 7)));
    EXPECT_EQ(td(g, QDate(2028, 8, 7)).state, DueState::Complete);

    // Not before 15 years; not at or after 50.
    EXPECT_EQ(dueOf(immunisationDue(schedule(), epiTdSeries(), QDate(2015, 1, 1), {}, QDate(2026, 1, 1)), "Td").dueDate,
              QDate(2030, 1, 1));
    EXPECT_EQ(dueOf(immunisationDue(schedule(), epiTdSeries(), QDate(1970, 1, 1), {}, QDate(2026, 1, 1)), "Td").state,
              DueState::PastAgeLimit);
}

TEST(ImmunisationDue, DosesOfOtherSeriesAndInvalidInputAreIgnored)
{
    const auto all = immunisationDue(schedule(), epiChildSeries(), kBirth, {dose("Td", 1, QDate(2026, 2, 1))}, QDate(2026, 2, 1));
    EXPECT_EQ(all.size(), 8);
    EXPECT_TRUE(immunisationDue(schedule(), epiChildSeries(), QDate(), {}, kBirth).isEmpty());
}
