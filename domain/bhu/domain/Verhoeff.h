#pragma once
// Verhoeff's decimal check digit (dihedral group D5). Detects every single-digit substitution
// and every transposition of adjacent digits, which Luhn does not (Luhn misses 09 <-> 90).
#include <QStringView>

namespace bhu {

// The check digit 0–9 to append to `digits`, or -1 if `digits` is empty or has a character
// other than ASCII 0–9.
int verhoeffCheckDigit(QStringView digits);

// True if `number` (payload followed by its check digit, at least 2 ASCII digits) checks out.
bool verhoeffValid(QStringView number);

} // namespace bhu
