#include "bhu/domain/VitalsCheck.h"

#include "qt_print.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace bhu;

namespace {

VitalSigns with(Vital v, double value)
{
    VitalSigns s;
    switch (v) {
    case Vital::Systolic: s.systolic = value; break;
    case Vital::Diastolic: s.diastolic = value; break;
    case Vital::Pulse: s.pulse = value; break;
    case Vital::TemperatureC: s.temperatureC = value; break;
    case Vital::RespiratoryRate: s.respiratoryRate = value; break;
    case Vital::Spo2: s.spo2 = value; break;
    case Vital::WeightKg: s.weightKg = value; break;
    case Vital::HeightCm: s.heightCm = value; break;
    case Vital::MuacCm: s.muacCm = value; break;
    case Vital::GlucoseMgDl: s.glucoseMgDl = value; break;
    }
    return s;
}

VitalSigns bp(double sys, double dia)
{
    VitalSigns s;
    s.systolic = sys;
    s.diastolic = dia;
    return s;
}

// The flag codes of a check, sorted, joined: "" when there is none.
QString flags(const VitalSigns& s, std::optional<int> ageMonths = std::nullopt)
{
    const VitalsCheck c = checkVitals(s, ageMonths);
    QStringList codes;
    for (const auto& f : c.flags) codes.append(f.code);
    for (const auto& e : c.errors) codes.append(QStringLiteral("ERROR ") + e.error.detail);
    codes.sort();
    return codes.join(u',');
}

QString flag(Vital v, double value, std::optional<int> ageMonths = std::nullopt)
{
    return flags(with(v, value), ageMonths);
}

const QString kNone;

} // namespace

// ---- Hard limits: both sides of both boundaries, for every vital ----

struct LimitCase {
    Vital vital;
    double min, max, step;
};

class VitalLimitsTest : public ::testing::TestWithParam<LimitCase> {};

TEST_P(VitalLimitsTest, BothSidesOfBothBoundaries)
{
    const LimitCase c = GetParam();
    EXPECT_EQ(vitalLimits(c.vital).min, c.min);
    EXPECT_EQ(vitalLimits(c.vital).max, c.max);
    EXPECT_FALSE(checkVitalRange(c.vital, c.min - c.step).ok()) << c.min - c.step;
    EXPECT_TRUE(checkVitalRange(c.vital, c.min).ok()) << c.min;
    EXPECT_TRUE(checkVitalRange(c.vital, c.max).ok()) << c.max;
    EXPECT_FALSE(checkVitalRange(c.vital, c.max + c.step).ok()) << c.max + c.step;

    // checkVitals reports the same, as one error on that vital with a range message.
    EXPECT_TRUE(checkVitals(with(c.vital, c.min)).ok());
    const VitalsCheck bad = checkVitals(with(c.vital, c.max + c.step));
    ASSERT_EQ(bad.errors.size(), 1);
    EXPECT_EQ(bad.errors.front().vital, c.vital);
    EXPECT_EQ(bad.errors.front().error.code, ErrorCode::Invalid);
    EXPECT_EQ(bad.errors.front().error.detail, QStringLiteral("vitals.") + vitalKey(c.vital) + QStringLiteral(".range"));
    const QString& msg = bad.errors.front().error.message;
    EXPECT_TRUE(msg.contains(vitalName(c.vital))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(vitalUnit(c.vital))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QString::number(c.max))) << msg.toStdString();
    EXPECT_TRUE(bad.flags.isEmpty());   // a refused value is never also flagged
}

INSTANTIATE_TEST_SUITE_P(
    Vitals, VitalLimitsTest,
    ::testing::Values(LimitCase{Vital::Systolic, 50, 300, 1}, LimitCase{Vital::Diastolic, 20, 200, 1},
                      LimitCase{Vital::Pulse, 20, 250, 1}, LimitCase{Vital::TemperatureC, 30, 45, 0.1},
                      LimitCase{Vital::RespiratoryRate, 4, 100, 1}, LimitCase{Vital::Spo2, 50, 100, 0.1},
                      LimitCase{Vital::WeightKg, 0.3, 300, 0.1}, LimitCase{Vital::HeightCm, 30, 250, 0.5},
                      LimitCase{Vital::MuacCm, 5, 40, 0.1}, LimitCase{Vital::GlucoseMgDl, 20, 800, 1}),
    [](const auto& p) { return vitalKey(p.param.vital).toStdString(); });

TEST(VitalsCheck, EveryVitalHasLimitsAndAKey)
{
    EXPECT_EQ(allVitals().size(), 10);
    for (Vital v : allVitals()) {
        EXPECT_LT(vitalLimits(v).min, vitalLimits(v).max);
        EXPECT_FALSE(vitalKey(v).isEmpty());
        EXPECT_FALSE(vitalName(v).isEmpty());
        EXPECT_EQ(vitalValue(with(v, 42), v), 42.0);
    }
}

TEST(VitalsCheck, RangeMessageNamesTheRange)
{
    const Status st = checkVitalRange(Vital::Systolic, 400);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("between 50 and 300 mmHg"))) << st.error().message.toStdString();
    EXPECT_TRUE(checkVitalRange(Vital::WeightKg, 0.2).error().message.contains(QStringLiteral("0.3")));
}

TEST(VitalsCheck, NotANumberIsRefused)
{
    EXPECT_FALSE(checkVitalRange(Vital::Pulse, std::numeric_limits<double>::quiet_NaN()).ok());
    EXPECT_FALSE(checkVitalRange(Vital::Pulse, std::numeric_limits<double>::infinity()).ok());
    EXPECT_FALSE(checkVitals(with(Vital::Spo2, std::nan(""))).ok());
}

TEST(VitalsCheck, FahrenheitAndMmolReadingsGetAHint)
{
    const QString f = checkVitalRange(Vital::TemperatureC, 101).error().message;
    EXPECT_TRUE(f.contains(QStringLiteral("°F"))) << f.toStdString();
    EXPECT_TRUE(f.contains(QStringLiteral("38.33"))) << f.toStdString();
    const QString g = checkVitalRange(Vital::GlucoseMgDl, 7).error().message;
    EXPECT_TRUE(g.contains(QStringLiteral("mmol/L"))) << g.toStdString();
    EXPECT_TRUE(g.contains(QStringLiteral("126"))) << g.toStdString();
    EXPECT_FALSE(checkVitalRange(Vital::TemperatureC, 50).error().message.contains(QStringLiteral("°F")));
}

TEST(VitalsCheck, DiastolicMustBeBelowSystolic)
{
    EXPECT_EQ(flags(bp(100, 99)), QStringLiteral("bp.high"));   // accepted (and flagged: diastolic ≥ 90)
    EXPECT_EQ(flags(bp(100, 100)), QStringLiteral("ERROR vitals.diastolic.above_systolic"));
    EXPECT_EQ(flags(bp(80, 120)), QStringLiteral("ERROR vitals.diastolic.above_systolic"));
    // Out of range on one side: only that error, no comparison and no BP flag.
    EXPECT_EQ(flags(bp(310, 120)), QStringLiteral("ERROR vitals.systolic.range"));
    // Either alone is fine.
    EXPECT_TRUE(checkVitals(with(Vital::Diastolic, 150)).ok());
}

TEST(VitalsCheck, ValidateReturnsTheFirstError)
{
    VitalSigns s = bp(120, 80);
    EXPECT_TRUE(validateVitals(s).ok());
    s.pulse = 300;
    s.spo2 = 20;
    const Status st = validateVitals(s);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().detail, QStringLiteral("vitals.pulse.range"));
    EXPECT_EQ(checkVitals(s).errors.size(), 2);
    EXPECT_TRUE(validateVitals(VitalSigns{}).ok());   // nothing measured is valid
}

// ---- Flags ----

TEST(VitalFlags, BloodPressure)
{
    EXPECT_EQ(flags(bp(180, 100)), QStringLiteral("bp.crisis"));
    EXPECT_EQ(flags(bp(179, 109)), QStringLiteral("bp.high"));
    EXPECT_EQ(flags(bp(150, 110)), QStringLiteral("bp.crisis"));
    EXPECT_EQ(flags(bp(140, 80)), QStringLiteral("bp.high"));
    EXPECT_EQ(flags(bp(139, 89)), kNone);
    EXPECT_EQ(flags(bp(130, 90)), QStringLiteral("bp.high"));
    EXPECT_EQ(flag(Vital::Systolic, 185), QStringLiteral("bp.crisis"));     // one side is enough
    EXPECT_EQ(flag(Vital::Diastolic, 95), QStringLiteral("bp.high"));
    EXPECT_EQ(flags(bp(90, 60)), kNone);
    EXPECT_EQ(flags(bp(89, 60)), QStringLiteral("bp.low"));
    EXPECT_EQ(flags(bp(89, 60), 12 * 12), QStringLiteral("bp.low"));
    EXPECT_EQ(flags(bp(85, 50), 12 * 12 - 1), kNone);   // children run lower
}

TEST(VitalFlags, CrisisMessageShowsTheReadingAndWhatToDo)
{
    const VitalsCheck c = checkVitals(bp(200, 120));
    ASSERT_EQ(c.flags.size(), 1);
    EXPECT_EQ(c.flags.front().severity, VitalSeverity::Critical);
    EXPECT_TRUE(c.flags.front().message.contains(QStringLiteral("200/120"))) << c.flags.front().message.toStdString();
    EXPECT_TRUE(c.flags.front().message.contains(QStringLiteral("refer")));
    EXPECT_EQ(c.highestSeverity(), VitalSeverity::Critical);
    EXPECT_TRUE(c.hasFlag(u"bp.crisis"));
}

TEST(VitalFlags, OxygenSaturation)
{
    EXPECT_EQ(flag(Vital::Spo2, 89.9), QStringLiteral("spo2.very_low"));
    EXPECT_EQ(flag(Vital::Spo2, 90), QStringLiteral("spo2.low"));
    EXPECT_EQ(flag(Vital::Spo2, 91.9), QStringLiteral("spo2.low"));
    EXPECT_EQ(flag(Vital::Spo2, 92), kNone);
    EXPECT_EQ(flag(Vital::Spo2, 100), kNone);
}

TEST(VitalFlags, Temperature)
{
    EXPECT_EQ(flag(Vital::TemperatureC, 39), QStringLiteral("temperature.high_fever"));
    EXPECT_EQ(flag(Vital::TemperatureC, 38.9), QStringLiteral("temperature.fever"));
    EXPECT_EQ(flag(Vital::TemperatureC, 37.5), QStringLiteral("temperature.fever"));
    EXPECT_EQ(flag(Vital::TemperatureC, 37.4), kNone);
    EXPECT_EQ(flag(Vital::TemperatureC, 35), kNone);
    EXPECT_EQ(flag(Vital::TemperatureC, 34.9), QStringLiteral("temperature.hypothermia"));
    EXPECT_EQ(checkVitals(with(Vital::TemperatureC, 37.6)).highestSeverity(), VitalSeverity::Info);
    EXPECT_EQ(checkVitals(with(Vital::TemperatureC, 34)).highestSeverity(), VitalSeverity::Critical);
}

TEST(VitalFlags, PulseByAge)
{
    // adults and unknown age
    EXPECT_EQ(flag(Vital::Pulse, 120), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 121), QStringLiteral("pulse.high"));
    EXPECT_EQ(flag(Vital::Pulse, 50), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 49), QStringLiteral("pulse.low"));
    EXPECT_EQ(flag(Vital::Pulse, 121, 144), QStringLiteral("pulse.high"));
    // infants < 12 months
    EXPECT_EQ(flag(Vital::Pulse, 160, 6), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 161, 6), QStringLiteral("pulse.high"));
    EXPECT_EQ(flag(Vital::Pulse, 100, 0), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 99, 0), QStringLiteral("pulse.low"));
    // 12–59 months
    EXPECT_EQ(flag(Vital::Pulse, 150, 11), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 150, 12), QStringLiteral("pulse.high"));
    EXPECT_EQ(flag(Vital::Pulse, 140, 59), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 80, 24), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 79, 24), QStringLiteral("pulse.low"));
    // 5–11 years
    EXPECT_EQ(flag(Vital::Pulse, 130, 60), QStringLiteral("pulse.high"));
    EXPECT_EQ(flag(Vital::Pulse, 120, 143), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 70, 96), kNone);
    EXPECT_EQ(flag(Vital::Pulse, 69, 96), QStringLiteral("pulse.low"));
    EXPECT_EQ(flag(Vital::Pulse, 60, 144), kNone);   // adult lower limit from 12 years
}

TEST(VitalFlags, RespiratoryRateByImciAge)
{
    EXPECT_EQ(flag(Vital::RespiratoryRate, 59, 1), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 60, 1), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 59, 0), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 49, 2), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 50, 2), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 50, 11), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 49, 11), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 39, 12), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 40, 12), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 40, 59), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 39, 59), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 29, 60), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 30, 60), QStringLiteral("rr.fast"));
    EXPECT_EQ(flag(Vital::RespiratoryRate, 29), kNone);
    EXPECT_EQ(flag(Vital::RespiratoryRate, 30), QStringLiteral("rr.fast"));
}

TEST(VitalFlags, MuacForChildrenSixToFiftyNineMonths)
{
    EXPECT_EQ(flag(Vital::MuacCm, 11.4, 6), QStringLiteral("muac.red"));
    EXPECT_EQ(flag(Vital::MuacCm, 11.5, 6), QStringLiteral("muac.yellow"));
    EXPECT_EQ(flag(Vital::MuacCm, 12.4, 30), QStringLiteral("muac.yellow"));
    EXPECT_EQ(flag(Vital::MuacCm, 12.5, 30), kNone);
    EXPECT_EQ(flag(Vital::MuacCm, 11, 59), QStringLiteral("muac.red"));
    EXPECT_EQ(checkVitals(with(Vital::MuacCm, 11), 59).highestSeverity(), VitalSeverity::Critical);
    // Outside 6–59 months or without an age, the cut-offs do not apply.
    EXPECT_EQ(flag(Vital::MuacCm, 10, 5), kNone);
    EXPECT_EQ(flag(Vital::MuacCm, 10, 60), kNone);
    EXPECT_EQ(flag(Vital::MuacCm, 10), kNone);
}

TEST(VitalFlags, Glucose)
{
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 53), QStringLiteral("glucose.very_low"));
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 54), QStringLiteral("glucose.low"));
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 69), QStringLiteral("glucose.low"));
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 70), kNone);
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 199), kNone);
    EXPECT_EQ(flag(Vital::GlucoseMgDl, 200), QStringLiteral("glucose.high"));
}

TEST(VitalFlags, NoFlagsForWeightAndHeight)
{
    EXPECT_EQ(flag(Vital::WeightKg, 0.3), kNone);
    EXPECT_EQ(flag(Vital::HeightCm, 250), kNone);
}

TEST(VitalFlags, SeveralAtOnce)
{
    VitalSigns s = bp(150, 95);
    s.temperatureC = 39.5;
    s.spo2 = 88;
    s.respiratoryRate = 45;
    s.pulse = 110;
    EXPECT_EQ(flags(s, 24), QStringLiteral("bp.high,rr.fast,spo2.very_low,temperature.high_fever"));
}

TEST(VitalsCheck, AgeInMonths)
{
    EXPECT_EQ(ageInMonths(QDate(2024, 1, 15), QDate(2025, 1, 14)), 11);
    EXPECT_EQ(ageInMonths(QDate(2024, 1, 15), QDate(2025, 1, 15)), 12);
    EXPECT_EQ(ageInMonths(QDate(2025, 1, 15), QDate(2025, 1, 15)), 0);
    EXPECT_EQ(ageInMonths(QDate(2025, 1, 16), QDate(2025, 1, 15)), std::nullopt);
    EXPECT_EQ(ageInMonths(QDate(), QDate(2025, 1, 15)), std::nullopt);
}
