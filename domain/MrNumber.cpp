#include "bhu/domain/MrNumber.h"

#include "bhu/domain/DigitText.h"
#include "bhu/domain/Verhoeff.h"

#include <QCoreApplication>

namespace bhu {

namespace {

constexpr qint64 kProvisionalBase = 90'000'000'000;   // '9' followed by ten zeros
constexpr qint64 kSequenceSpan = 100'000;

QString normalized(QStringView text)
{
    return stripToDigits(text, u"-");
}

} // namespace

MrNumber MrNumber::fromValidPayload(qint64 payload)
{
    QString d = QString::number(payload).rightJustified(kPayloadDigits, u'0');
    d.append(QChar(u'0' + verhoeffCheckDigit(d)));
    return MrNumber(std::move(d));
}

Result<MrNumber> MrNumber::fromPayload(qint64 payload)
{
    if (payload < 0 || payload > kMaxNationalPayload) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "This MR number block is out of range: national numbers run from 0000-0000-000x to 8999-9999-999x. Ask the registry for a new block."),
                           QStringLiteral("mr.payload-range %1").arg(payload));
    }
    return fromValidPayload(payload);
}

Result<MrNumber> MrNumber::provisional(int facility, int sequence)
{
    if (facility < 1 || facility > kMaxFacility) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "The facility number must be between 1 and 99999 to issue provisional MR numbers. Enrol this facility with the registry first."),
                           QStringLiteral("mr.facility-range %1").arg(facility));
    }
    if (sequence < 1 || sequence > kMaxProvisionalSequence) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "This facility has used all its provisional MR numbers. Connect to the registry to refill the pool of national numbers."),
                           QStringLiteral("mr.sequence-range %1").arg(sequence));
    }
    return fromValidPayload(kProvisionalBase + qint64(facility) * kSequenceSpan + sequence);
}

MrProblem MrNumber::check(QStringView text)
{
    const QString d = normalized(text);
    if (d.isEmpty()) return MrProblem::Empty;
    if (!isAsciiDigits(d)) return MrProblem::NotDigits;
    if (d.size() != kDigits) return MrProblem::WrongLength;
    if (!verhoeffValid(d)) return MrProblem::WrongCheckDigit;
    return MrProblem::None;
}

Result<MrNumber> MrNumber::parse(QStringView text)
{
    switch (check(text)) {
    case MrProblem::None:
        return MrNumber(normalized(text));
    case MrProblem::Empty:
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "The MR number is empty. Type the 12 digits printed on the patient's card."),
                           QStringLiteral("mr.empty"));
    case MrProblem::NotDigits:
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "An MR number has only digits (dashes and spaces are allowed). Type the 12 digits, e.g. 1234-5678-9012."),
                           QStringLiteral("mr.not-digits"));
    case MrProblem::WrongLength:
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::MrNumber", "An MR number has 12 digits, but %n digit(s) were entered. Check the card and type all 12 digits.",
                                                       nullptr, int(normalized(text).size())),
                           QStringLiteral("mr.length"));
    case MrProblem::WrongCheckDigit:
        break;
    }
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::MrNumber", "This MR number is not valid: a digit is probably mistyped or two digits are swapped. Read the number from the card again, digit by digit."),
                       QStringLiteral("mr.check-digit"));
}

QString MrNumber::format() const
{
    return formatMrNumber(m_digits);
}

qint64 MrNumber::payload() const
{
    return isNull() ? -1 : QStringView(m_digits).left(kPayloadDigits).toLongLong();
}

int MrNumber::checkDigit() const
{
    return isNull() ? -1 : m_digits.back().unicode() - u'0';
}

int MrNumber::facility() const
{
    if (!isProvisional()) return -1;
    return QStringView(m_digits).mid(1, 5).toInt();
}

int MrNumber::sequence() const
{
    if (!isProvisional()) return -1;
    return QStringView(m_digits).mid(6, 5).toInt();
}

QString formatMrNumber(QStringView digits)
{
    if (digits.size() != MrNumber::kDigits || !isAsciiDigits(digits)) return digits.toString();
    QString out;
    out.reserve(MrNumber::kDigits + 2);
    out.append(digits.left(4)).append(u'-').append(digits.mid(4, 4)).append(u'-').append(digits.mid(8, 4));
    return out;
}

} // namespace bhu
