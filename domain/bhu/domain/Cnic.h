#pragma once
// CNIC (adults) and B-form / CRC (children): NADRA's 13-digit numbers, shown XXXXX-XXXXXXX-X.
//
// There is no public check digit, so validation is format and prefix only (domain.md):
//  - hard errors (Result fails, ErrorCode::Invalid): empty, characters other than digits,
//    spaces and dashes, or not exactly 13 digits;
//  - soft warnings (Result succeeds, CnicCheck::warnings non-empty): the first digit is not a
//    known province code 1–7 (AJK and others are unknown: warn, never reject), or the last
//    digit's parity (odd = male, even = female) disagrees with the recorded sex.
// The front desk shows the warnings and lets the user keep the number.
#include "bhu/domain/Patient.h"
#include "bhu/domain/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace bhu {

enum class Province {
    Unknown,             // first digit 0, 8 or 9 (or not a number)
    KhyberPakhtunkhwa,   // 1
    ExFata,              // 2 (merged into KP in 2018; the prefix stays)
    Punjab,              // 3
    Sindh,               // 4
    Balochistan,         // 5
    Islamabad,           // 6
    GilgitBaltistan,     // 7
};
QString provinceName(Province p);   // translated; "Unknown" for Province::Unknown

enum class NationalIdKind { Cnic, BForm };

struct CnicCheck {
    QString digits;                          // the 13 digits, no separators
    Province province = Province::Unknown;
    Sex impliedSex = Sex::Unknown;           // from the last digit: odd = male, even = female
    bool unknownProvince = false;            // soft warning
    bool sexMismatch = false;                // soft warning
    QStringList warnings;                    // translated, one per soft warning above
    bool hasWarnings() const { return !warnings.isEmpty(); }
};

// Strips spaces and dashes and turns Urdu digits into ASCII; keeps anything else.
QString normalizeCnic(QStringView input);
// "XXXXX-XXXXXXX-X" for input that normalises to 13 digits; otherwise the normalised input.
QString formatCnic(QStringView input);
// The province of the first digit of a normalised-or-not CNIC; Unknown if not 13 digits.
Province provinceOf(QStringView cnic);
// Male for an odd last digit, Female for an even one; Unknown if not 13 digits.
Sex sexFromCnic(QStringView cnic);

// Validates a CNIC (or, with kind = BForm, a B-form / CRC number; same rules, own messages).
// `recordedSex` Unknown or Other skips the parity check.
Result<CnicCheck> checkCnic(QStringView input, Sex recordedSex = Sex::Unknown,
                            NationalIdKind kind = NationalIdKind::Cnic);
inline Result<CnicCheck> checkBForm(QStringView input, Sex recordedSex = Sex::Unknown)
{
    return checkCnic(input, recordedSex, NationalIdKind::BForm);
}

} // namespace bhu
