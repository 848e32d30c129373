#pragma once
// Shared first step of every digits-only identifier (CNIC, B-form, phone, MR number):
// turn what a person typed into plain ASCII digits without touching anything else.
#include <QString>
#include <QStringView>

namespace bhu {

// Returns `input` with
//  - every Unicode decimal digit (Urdu/Arabic-Indic ۰–۹ and ٠–٩, full-width, ...) as ASCII 0–9,
//  - whitespace (including no-break spaces) removed,
//  - every character listed in `separators` removed; the ASCII hyphen also stands for the
//    look-alike dashes people paste from documents (‐ ‑ ‒ – — −).
// Any other character is kept, so the caller's validation can reject it.
QString stripToDigits(QStringView input, QStringView separators);

// `s` with every ASCII digit 0–9 written as an Urdu digit ۰–۹ (U+06F0…U+06F9), for printouts
// where the user chose Urdu digits; anything else is kept.
QString toUrduDigits(QStringView s);

// True if `s` is non-empty and consists of ASCII digits only.
bool isAsciiDigits(QStringView s);

} // namespace bhu
