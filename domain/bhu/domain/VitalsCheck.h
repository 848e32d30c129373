#pragma once
// Vital-signs validation: impossible values are refused, unusual ones are flagged.
//
// 1. Hard limits (inclusive; outside = typing or unit error, the value cannot be saved).
//    Chosen wide enough for every real patient from a preterm newborn to an adult in shock:
//      systolic BP      50–300 mmHg
//      diastolic BP     20–200 mmHg, and below the systolic when both are given
//      pulse            20–250 /min
//      temperature      30–45 °C    (a reading of 86–113 is taken for °F: the message says so)
//      respiratory rate  4–100 /min
//      SpO2             50–100 %
//      weight          0.3–300 kg
//      height           30–250 cm
//      MUAC              5–40 cm
//      glucose          20–800 mg/dL (a reading below 20 is taken for mmol/L: the message says so)
//    NaN and infinity are refused too.
// 2. Flags on values inside the limits (severity Info < Warning < Critical; a value gets at
//    most one flag per rule, the most severe):
//      BP ≥ 180 systolic or ≥ 110 diastolic       Critical  hypertensive crisis
//      BP ≥ 140 systolic or ≥ 90 diastolic        Warning   high blood pressure
//      systolic < 90, age ≥ 12 years or unknown   Warning   low blood pressure
//      SpO2 < 90 %                                Critical  severe hypoxaemia (WHO: give oxygen)
//      SpO2 < 92 %                                Warning   low oxygen saturation
//      temperature ≥ 39 °C                        Warning   high fever
//      temperature ≥ 37.5 °C                      Info      fever (IMCI)
//      temperature < 35 °C                        Critical  hypothermia
//      pulse, by age (verify: paediatric bands are approximate normal ranges):
//        < 12 months  > 160 or < 100;  12–59 months  > 140 or < 80;
//        5–11 years   > 120 or < 70;   ≥ 12 years or unknown  > 120 or < 50   Warning
//      respiratory rate, fast breathing per WHO IMCI:
//        < 2 months ≥ 60;  2–11 months ≥ 50;  12–59 months ≥ 40;
//        ≥ 5 years or unknown ≥ 30 (adult tachypnoea)                        Warning
//      MUAC, only for children 6–59 months (age required):
//        < 11.5 cm red (severe acute malnutrition)   Critical
//        11.5 to < 12.5 cm yellow (moderate)          Warning
//      glucose (random): < 54 Critical, < 70 Warning (hypoglycaemia), ≥ 200 Warning (high)
// Thresholds are clinical rules, not data; change them here and in vitals_check_test together.
#include "bhu/domain/Result.h"
#include "bhu/domain/VitalSigns.h"

#include <QDate>
#include <QList>
#include <optional>

namespace bhu {

enum class Vital { Systolic, Diastolic, Pulse, TemperatureC, RespiratoryRate, Spo2, WeightKg, HeightCm, MuacCm, GlucoseMgDl };
QList<Vital> allVitals();
QString vitalKey(Vital v);    // the ClinicalJson key: "systolic", "temperature_c", …
QString vitalName(Vital v);   // translated: "Systolic blood pressure"
QString vitalUnit(Vital v);   // "mmHg", "/min", "°C", "%", "kg", "cm", "mg/dL"
std::optional<double> vitalValue(const VitalSigns& s, Vital v);

struct VitalLimits {
    double min = 0;
    double max = 0;   // inclusive
};
VitalLimits vitalLimits(Vital v);

// Invalid (detail "vitals.<key>.range") with a message that names the range, or success.
Status checkVitalRange(Vital v, double value);

enum class VitalSeverity { Info, Warning, Critical };

struct VitalFlag {
    Vital vital;
    VitalSeverity severity;
    QString code;      // machine code, e.g. "bp.crisis", "muac.red"
    QString message;   // translated, says the value, the rule and what to do
};

struct VitalError {
    Vital vital;
    Error error;
};

struct VitalsCheck {
    QList<VitalError> errors;   // hard errors: the record cannot be saved
    QList<VitalFlag> flags;     // warnings on the values that passed
    bool ok() const { return errors.isEmpty(); }
    bool hasFlag(QStringView code) const;
    VitalSeverity highestSeverity() const;   // Info when there are no flags
};

// All hard errors and flags. ageMonths is the patient's completed age in months on the day of
// measurement; without it the age-dependent rules use the adult limits and MUAC is not graded.
VitalsCheck checkVitals(const VitalSigns& s, std::optional<int> ageMonths = std::nullopt);

// The first hard error, for services that refuse to save; success if there is none.
Status validateVitals(const VitalSigns& s);

// Completed months between birthDate and `on` (for checkVitals); empty if either date is
// invalid or birthDate is after `on`.
std::optional<int> ageInMonths(QDate birthDate, QDate on);

} // namespace bhu
