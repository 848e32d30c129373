#pragma once
// Private part of VitalsCheck: the flag rules, applied to values that passed the hard limits.
#include "bhu/domain/VitalsCheck.h"

namespace bhu {

// "37.5", "120", "0.3": at most two decimals, no trailing zeros.
QString formatVitalNumber(double x);

// Flags for every value present in `s` (callers remove refused values first).
QList<VitalFlag> vitalFlags(const VitalSigns& s, std::optional<int> ageMonths);

} // namespace bhu
