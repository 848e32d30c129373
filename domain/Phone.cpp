#include "bhu/domain/Phone.h"

#include "bhu/domain/DigitText.h"

#include <QCoreApplication>

namespace bhu {

namespace {

constexpr qsizetype kSubscriberDigits = 10;   // 3XXXXXXXXX

// The national significant number (without +92 / 0092 / 92 / 0), or the input if no prefix.
QStringView withoutPrefix(QStringView s)
{
    if (s.startsWith(u"+92")) return s.mid(3);
    if (s.startsWith(u"0092")) return s.mid(4);
    if (s.startsWith(u"92") && s.size() > kSubscriberDigits) return s.mid(2);
    if (s.startsWith(u'0')) return s.mid(1);
    return s;
}

bool isMobileSubscriber(QStringView n)
{
    return n.size() == kSubscriberDigits && n.front() == u'3' && isAsciiDigits(n);
}

} // namespace

Result<QString> normalizePhone(QStringView input)
{
    const QString s = stripToDigits(input, u"-().");
    if (s.isEmpty()) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "The phone number is empty. Type a mobile number such as 0300-1234567."),
                           QStringLiteral("phone.empty"));
    }
    const bool plus = s.startsWith(u'+');
    if (!isAsciiDigits(plus ? QStringView(s).mid(1) : QStringView(s))) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "A phone number may contain only digits, spaces, dashes, brackets and a leading +. Type it like 0300-1234567."),
                           QStringLiteral("phone.characters"));
    }
    if ((plus && !s.startsWith(u"+92")) || (s.startsWith(u"00") && !s.startsWith(u"0092"))) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "Only Pakistani mobile numbers (+92 3XX…) can be stored. Write a foreign number in the notes."),
                           QStringLiteral("phone.foreign"));
    }
    const QStringView n = withoutPrefix(s);
    if (isMobileSubscriber(n)) {
        QString e = QStringLiteral("+92");
        e += n;
        return e;
    }

    // Not a mobile. A landline has an area code 2X–9X and 9 or 10 digits after the 0.
    const bool hadPrefix = n.size() != s.size();
    const QChar first = n.isEmpty() ? QChar(u'0') : n.front();
    if (hadPrefix && (n.size() == 9 || n.size() == 10) && first != u'3' && first != u'0') {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "This looks like a landline number. Only mobile numbers (03XX-XXXXXXX) are accepted; write a landline in the notes."),
                           QStringLiteral("phone.landline"));
    }
    if (first == u'3' && n.size() < kSubscriberDigits) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "The mobile number is too short: it has 11 digits, like 0300-1234567. Check for a missing digit."),
                           QStringLiteral("phone.short"));
    }
    if (first == u'3' && n.size() > kSubscriberDigits) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Phone", "The mobile number is too long: it has 11 digits, like 0300-1234567. Check for an extra digit."),
                           QStringLiteral("phone.long"));
    }
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::Phone", "This is not a Pakistani mobile number. A mobile number has 11 digits starting with 03, like 0300-1234567."),
                       QStringLiteral("phone.invalid"));
}

bool isMobilePhone(QStringView input)
{
    return normalizePhone(input).ok();
}

QString formatPhone(QStringView input)
{
    const auto r = normalizePhone(input);
    if (!r.ok()) return input.toString();
    const QString& e = r.value();   // +923001234567
    return QString(QStringLiteral("0") + e.mid(3, 3) + QLatin1Char('-') + e.mid(6));
}

} // namespace bhu
