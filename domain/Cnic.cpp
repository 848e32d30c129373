#include "bhu/domain/Cnic.h"

#include "bhu/domain/DigitText.h"

#include <QCoreApplication>

namespace bhu {

namespace {

constexpr qsizetype kCnicDigits = 13;

bool isThirteenDigits(const QString& d)
{
    return d.size() == kCnicDigits && isAsciiDigits(d);
}

} // namespace

QString provinceName(Province p)
{
    switch (p) {
    case Province::KhyberPakhtunkhwa: return QCoreApplication::translate("bhu::Cnic", "Khyber Pakhtunkhwa");
    case Province::ExFata: return QCoreApplication::translate("bhu::Cnic", "ex-FATA");
    case Province::Punjab: return QCoreApplication::translate("bhu::Cnic", "Punjab");
    case Province::Sindh: return QCoreApplication::translate("bhu::Cnic", "Sindh");
    case Province::Balochistan: return QCoreApplication::translate("bhu::Cnic", "Balochistan");
    case Province::Islamabad: return QCoreApplication::translate("bhu::Cnic", "Islamabad");
    case Province::GilgitBaltistan: return QCoreApplication::translate("bhu::Cnic", "Gilgit-Baltistan");
    case Province::Unknown: break;
    }
    return QCoreApplication::translate("bhu::Cnic", "Unknown");
}

QString normalizeCnic(QStringView input)
{
    return stripToDigits(input, u"-");
}

QString formatCnic(QStringView input)
{
    const QString d = normalizeCnic(input);
    if (!isThirteenDigits(d)) return d;
    return d.left(5) + u'-' + d.mid(5, 7) + u'-' + d.right(1);
}

Province provinceOf(QStringView cnic)
{
    const QString d = normalizeCnic(cnic);
    if (!isThirteenDigits(d)) return Province::Unknown;
    switch (d.front().unicode()) {
    case u'1': return Province::KhyberPakhtunkhwa;
    case u'2': return Province::ExFata;
    case u'3': return Province::Punjab;
    case u'4': return Province::Sindh;
    case u'5': return Province::Balochistan;
    case u'6': return Province::Islamabad;
    case u'7': return Province::GilgitBaltistan;
    default: return Province::Unknown;
    }
}

Sex sexFromCnic(QStringView cnic)
{
    const QString d = normalizeCnic(cnic);
    if (!isThirteenDigits(d)) return Sex::Unknown;
    return (d.back().unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
}

Result<CnicCheck> checkCnic(QStringView input, Sex recordedSex, NationalIdKind kind)
{
    const bool bform = kind == NationalIdKind::BForm;
    const QString d = normalizeCnic(input);
    if (d.isEmpty()) {
        return Error::make(ErrorCode::Invalid,
                           bform ? QCoreApplication::translate("bhu::Cnic", "The B-form number is empty. Type the 13 digits from the B-form (CRC).")
                                 : QCoreApplication::translate("bhu::Cnic", "The CNIC is empty. Type the 13 digits from the identity card."),
                           QStringLiteral("cnic.empty"));
    }
    if (!isAsciiDigits(d)) {
        return Error::make(ErrorCode::Invalid,
                           bform ? QCoreApplication::translate("bhu::Cnic", "A B-form number may contain only digits and dashes. Type the 13 digits as printed on the B-form, e.g. 35202-1234567-8.")
                                 : QCoreApplication::translate("bhu::Cnic", "A CNIC may contain only digits and dashes. Type the 13 digits as printed on the card, e.g. 35202-1234567-9."),
                           QStringLiteral("cnic.not-digits"));
    }
    if (d.size() != kCnicDigits) {
        return Error::make(ErrorCode::Invalid,
                           bform ? QCoreApplication::translate("bhu::Cnic", "A B-form number has 13 digits, but %n digit(s) were entered. Check the B-form and type all 13 digits.", nullptr, int(d.size()))
                                 : QCoreApplication::translate("bhu::Cnic", "A CNIC has 13 digits, but %n digit(s) were entered. Check the card and type all 13 digits.", nullptr, int(d.size())),
                           QStringLiteral("cnic.length"));
    }

    CnicCheck c;
    c.digits = d;
    c.province = provinceOf(d);
    c.impliedSex = sexFromCnic(d);
    if (c.province == Province::Unknown) {
        c.unknownProvince = true;
        c.warnings << (bform ? QCoreApplication::translate("bhu::Cnic", "The B-form number starts with %1, which is not a known province code (1 to 7). Check the number; if it is printed like this (e.g. AJK), keep it.")
                             : QCoreApplication::translate("bhu::Cnic", "The CNIC starts with %1, which is not a known province code (1 to 7). Check the number; if the card shows it like this (e.g. AJK), keep it."))
                              .arg(d.front());
    }
    if ((recordedSex == Sex::Male || recordedSex == Sex::Female) && recordedSex != c.impliedSex) {
        c.sexMismatch = true;
        if (bform) {
            c.warnings << (c.impliedSex == Sex::Male
                               ? QCoreApplication::translate("bhu::Cnic", "The last digit of this B-form number is odd, which NADRA gives to boys, but the child is recorded as female. Check the number and the sex.")
                               : QCoreApplication::translate("bhu::Cnic", "The last digit of this B-form number is even, which NADRA gives to girls, but the child is recorded as male. Check the number and the sex."));
        } else {
            c.warnings << (c.impliedSex == Sex::Male
                               ? QCoreApplication::translate("bhu::Cnic", "The last digit of this CNIC is odd, which NADRA gives to men, but the patient is recorded as female. Check the card and the sex.")
                               : QCoreApplication::translate("bhu::Cnic", "The last digit of this CNIC is even, which NADRA gives to women, but the patient is recorded as male. Check the card and the sex."));
        }
    }
    return c;
}

} // namespace bhu
