#include "bhu/domain/Age.h"

#include <QCoreApplication>

namespace bhu {

namespace {

Error tooOld()
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::Age", "An age above 120 years is not possible. Check the age or the date of birth."),
                       QStringLiteral("age.too-old"));
}

Error badToday()
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::Age", "Today's date is not known, so the age cannot be worked out. Check the computer's date."),
                       QStringLiteral("age.today-invalid"));
}

} // namespace

Result<QDate> estimateBirthDate(const AgeSpan& age, QDate today)
{
    if (!today.isValid()) return badToday();
    if (age.years < 0 || age.months < 0 || age.days < 0) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Age", "An age cannot be negative. Type the years, months or days as 0 or more."),
                           QStringLiteral("age.negative"));
    }
    // Bound each part before adding so that huge values cannot overflow.
    if (age.years > kMaxAgeYears || age.months > kMaxAgeYears * 12 || age.days > kMaxAgeYears * 366)
        return tooOld();
    const QDate birth = today.addMonths(-(age.years * 12 + age.months)).addDays(-age.days);
    if (birth < today.addYears(-kMaxAgeYears)) return tooOld();
    return birth;
}

Result<AgeSpan> ageOn(QDate birthDate, QDate today)
{
    if (!today.isValid()) return badToday();
    if (!birthDate.isValid()) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Age", "The date of birth is not a valid date. Type it as day, month and year."),
                           QStringLiteral("age.birth-invalid"));
    }
    if (birthDate > today) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::Age", "The date of birth is after today. Check the date; for an unknown date, enter the age instead."),
                           QStringLiteral("age.future"));
    }
    if (birthDate < today.addYears(-kMaxAgeYears)) return tooOld();

    int months = (today.year() - birthDate.year()) * 12 + (today.month() - birthDate.month());
    if (birthDate.addMonths(months) > today) --months;
    const QDate anniversary = birthDate.addMonths(months);
    return AgeSpan{months / 12, months % 12, static_cast<int>(anniversary.daysTo(today))};
}

Status validateBirthDate(QDate birthDate, QDate today)
{
    const auto r = ageOn(birthDate, today);
    if (!r.ok()) return r.error();
    return Status::success();
}

} // namespace bhu
