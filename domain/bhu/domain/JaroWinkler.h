#pragma once
// Jaro and Jaro-Winkler string similarity in [0, 1] (1 = equal), on UTF-16 code units
// (all Latin and Urdu letters are single code units). Case-sensitive: normalise first.
// Two empty strings are equal (1); one empty string against a non-empty one gives 0.
#include <QStringView>

namespace bhu {

double jaro(QStringView a, QStringView b);

// Winkler's variant: a common prefix of up to 4 characters raises the Jaro score by
// prefix × prefixScale × (1 − jaro), only when jaro > 0.7 (Winkler's boost threshold).
// prefixScale must not exceed 0.25, or the score could pass 1.
double jaroWinkler(QStringView a, QStringView b, double prefixScale = 0.1);

} // namespace bhu
