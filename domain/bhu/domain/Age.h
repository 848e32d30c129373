#pragma once
// Age entered as years/months (/days for newborns) ⇄ an estimated date of birth.
// No clock inside: every function takes "today", so results are reproducible in tests.
//
// Decision: the estimated birth date is exactly `today − years − months − days`
// (not the middle of the possible range), so the age the front desk typed is the age shown
// back on the same day (round trip), and the patient's record carries birthDateEstimated = true.
// Limits: the birth date may not be after today, and the age may not exceed 120 years.
#include "bhu/domain/Result.h"

#include <QDate>

namespace bhu {

struct AgeSpan {
    int years = 0;
    int months = 0;   // 0–11 from ageOn(); estimateBirthDate() also accepts e.g. 18 months
    int days = 0;     // 0–30 from ageOn()
    bool operator==(const AgeSpan&) const = default;
};

constexpr int kMaxAgeYears = 120;

// today − age. Invalid if a part is negative, the age exceeds 120 years, or today is invalid.
Result<QDate> estimateBirthDate(const AgeSpan& age, QDate today);
inline Result<QDate> estimateBirthDate(int years, int months, QDate today)
{
    return estimateBirthDate(AgeSpan{years, months, 0}, today);
}

// The completed years, months and days between birthDate and today.
// Invalid if a date is invalid, birthDate is after today, or the age exceeds 120 years.
Result<AgeSpan> ageOn(QDate birthDate, QDate today);

// The same checks as ageOn() without the result: for validating a typed date of birth.
Status validateBirthDate(QDate birthDate, QDate today);

} // namespace bhu
