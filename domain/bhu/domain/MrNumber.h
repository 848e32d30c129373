#pragma once
// Medical Record (MR) numbers for "One Patient, One ID" (architecture.md, "MR numbers").
//
// Shape: 12 ASCII digits = 11 payload digits + 1 Verhoeff check digit, displayed in groups of
// four for reading aloud: XXXX-XXXX-XXXX. Verhoeff catches every single mistyped digit and every
// swap of two neighbouring digits. Leading zeros are significant (always 12 digits).
//
// Two namespaces that can never collide, told apart by the first digit:
//  - National (issued by the registry in blocks): payload 0 … 89,999,999,999, i.e. the first
//    digit is 0–8. The registry never issues a block whose numbers start with 9.
//  - Provisional (issued offline by a facility whose pool of national numbers is empty):
//        9 FFFFF SSSSS C
//    '9', the facility number F (5 digits, 1–99,999, assigned at enrolment), the facility's own
//    sequence S (5 digits, 1–99,999, never reused), the check digit C. Two facilities differ in
//    F, and no national number starts with 9, so provisional numbers are globally unique
//    without coordination. A provisional number is later exchanged for a national one and
//    stays as an alias (IdSystem::MrProvisional) forever.
//  Keeping both kinds at 12 digits means one input field, one parser and one printed format.
#include "bhu/domain/Result.h"

#include <QString>
#include <QStringView>

namespace bhu {

// Why a typed MR number is not acceptable. parse() turns it into a translated message; the
// Error's detail carries the same as a tag ("mr.check-digit", …).
enum class MrProblem { None, Empty, NotDigits, WrongLength, WrongCheckDigit };

class MrNumber {
public:
    static constexpr int kPayloadDigits = 11;
    static constexpr int kDigits = 12;
    static constexpr qint64 kMaxNationalPayload = 89'999'999'999;   // first digit 0–8
    static constexpr int kMaxFacility = 99'999;
    static constexpr int kMaxProvisionalSequence = 99'999;

    MrNumber() = default;   // null
    bool isNull() const { return m_digits.isEmpty(); }

    // A national number; Invalid if payload is negative or above kMaxNationalPayload.
    static Result<MrNumber> fromPayload(qint64 payload);
    // A provisional number 9 FFFFF SSSSS C; Invalid if facility or sequence is out of 1–99,999.
    static Result<MrNumber> provisional(int facility, int sequence);
    // Accepts the 12 digits with or without dashes and spaces (Urdu digits too).
    static Result<MrNumber> parse(QStringView text);
    // The problem parse() would report, without building a message.
    static MrProblem check(QStringView text);

    QString digits() const { return m_digits; }   // 12 digits, as stored
    QString format() const;                       // XXXX-XXXX-XXXX; empty when null
    qint64 payload() const;                       // the first 11 digits as a number; -1 when null
    int checkDigit() const;                       // -1 when null
    bool isProvisional() const { return m_digits.startsWith(u'9'); }
    int facility() const;                         // provisional only, else -1
    int sequence() const;                         // provisional only, else -1

    bool operator==(const MrNumber&) const = default;

private:
    explicit MrNumber(QString digits) : m_digits(std::move(digits)) {}
    static MrNumber fromValidPayload(qint64 payload);
    QString m_digits;
};

// Groups stored digits as XXXX-XXXX-XXXX if they are 12 digits; otherwise returns them as given.
QString formatMrNumber(QStringView digits);

} // namespace bhu
