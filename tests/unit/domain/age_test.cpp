#include "bhu/domain/Age.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
const QDate kToday(2025, 6, 15);
}

TEST(Age, EstimateFromYearsAndMonths)
{
    EXPECT_EQ(estimateBirthDate(30, 0, kToday).value(), QDate(1995, 6, 15));
    EXPECT_EQ(estimateBirthDate(2, 3, kToday).value(), QDate(2023, 3, 15));
    EXPECT_EQ(estimateBirthDate(0, 18, kToday).value(), QDate(2023, 12, 15));   // "18 months"
    EXPECT_EQ(estimateBirthDate(0, 0, kToday).value(), kToday);                  // newborn
    EXPECT_EQ(estimateBirthDate(AgeSpan{0, 0, 10}, kToday).value(), QDate(2025, 6, 5));
    EXPECT_EQ(estimateBirthDate(AgeSpan{0, 1, 20}, kToday).value(), QDate(2025, 4, 25));
}

TEST(Age, EstimateClampsToTheEndOfShortMonths)
{
    EXPECT_EQ(estimateBirthDate(0, 1, QDate(2025, 3, 31)).value(), QDate(2025, 2, 28));
    EXPECT_EQ(estimateBirthDate(1, 0, QDate(2024, 2, 29)).value(), QDate(2023, 2, 28));
}

TEST(Age, AgeOn)
{
    EXPECT_EQ(ageOn(QDate(1995, 6, 15), kToday).value(), (AgeSpan{30, 0, 0}));
    EXPECT_EQ(ageOn(QDate(1995, 6, 16), kToday).value(), (AgeSpan{29, 11, 30}));   // birthday tomorrow
    EXPECT_EQ(ageOn(QDate(2025, 6, 15), kToday).value(), (AgeSpan{0, 0, 0}));
    EXPECT_EQ(ageOn(QDate(2025, 5, 1), kToday).value(), (AgeSpan{0, 1, 14}));
    EXPECT_EQ(ageOn(QDate(2024, 12, 31), kToday).value(), (AgeSpan{0, 5, 15}));
    EXPECT_EQ(ageOn(QDate(2020, 2, 29), QDate(2021, 2, 28)).value(), (AgeSpan{1, 0, 0}));
    EXPECT_EQ(ageOn(QDate(2020, 2, 29), QDate(2021, 2, 27)).value(), (AgeSpan{0, 11, 29}));
    EXPECT_EQ(ageOn(QDate(2025, 1, 31), QDate(2025, 3, 1)).value(), (AgeSpan{0, 1, 1}));
}

TEST(Age, RoundTripGivesBackTheTypedAge)
{
    for (const QDate today : {kToday, QDate(2024, 2, 29), QDate(2025, 3, 31), QDate(2025, 1, 1), QDate(2025, 12, 31)}) {
        for (int y = 0; y <= kMaxAgeYears; y += 7) {
            for (int m = 0; m < 12; ++m) {
                if (y == kMaxAgeYears && m > 0) break;
                const auto birth = estimateBirthDate(y, m, today);
                ASSERT_TRUE(birth.ok()) << y << "y" << m << "m";
                const auto age = ageOn(birth.value(), today);
                ASSERT_TRUE(age.ok());
                EXPECT_EQ(age->years, y) << today.toString(Qt::ISODate).toStdString() << " " << y << "y" << m << "m";
                EXPECT_EQ(age->months, m) << today.toString(Qt::ISODate).toStdString() << " " << y << "y" << m << "m";
            }
        }
    }
}

TEST(Age, LimitOf120Years)
{
    EXPECT_TRUE(estimateBirthDate(120, 0, kToday).ok());
    const auto old = estimateBirthDate(120, 1, kToday);
    ASSERT_FALSE(old.ok());
    EXPECT_TRUE(old.is(ErrorCode::Invalid));
    EXPECT_EQ(old.error().detail, QStringLiteral("age.too-old"));
    EXPECT_TRUE(old.error().message.contains(QStringLiteral("120")));
    EXPECT_EQ(estimateBirthDate(121, 0, kToday).error().detail, QStringLiteral("age.too-old"));
    EXPECT_EQ(estimateBirthDate(0, 1441, kToday).error().detail, QStringLiteral("age.too-old"));
    EXPECT_EQ(estimateBirthDate(AgeSpan{120, 0, 1}, kToday).error().detail, QStringLiteral("age.too-old"));
    EXPECT_EQ(estimateBirthDate(AgeSpan{0, 0, 2'000'000'000}, kToday).error().detail, QStringLiteral("age.too-old"));
    EXPECT_EQ(estimateBirthDate(2'000'000'000, 2'000'000'000, kToday).error().detail, QStringLiteral("age.too-old"));

    EXPECT_TRUE(ageOn(QDate(1905, 6, 15), kToday).ok());
    EXPECT_EQ(ageOn(QDate(1905, 6, 14), kToday).error().detail, QStringLiteral("age.too-old"));
}

TEST(Age, NegativePartsAreErrors)
{
    for (const AgeSpan a : {AgeSpan{-1, 0, 0}, AgeSpan{0, -1, 0}, AgeSpan{0, 0, -1}}) {
        const auto r = estimateBirthDate(a, kToday);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().detail, QStringLiteral("age.negative"));
    }
}

TEST(Age, FutureAndInvalidDates)
{
    const auto future = ageOn(kToday.addDays(1), kToday);
    ASSERT_FALSE(future.ok());
    EXPECT_TRUE(future.is(ErrorCode::Invalid));
    EXPECT_EQ(future.error().detail, QStringLiteral("age.future"));
    EXPECT_FALSE(future.error().message.isEmpty());

    EXPECT_EQ(ageOn(QDate(), kToday).error().detail, QStringLiteral("age.birth-invalid"));
    EXPECT_EQ(ageOn(QDate(2000, 1, 1), QDate()).error().detail, QStringLiteral("age.today-invalid"));
    EXPECT_EQ(estimateBirthDate(1, 0, QDate()).error().detail, QStringLiteral("age.today-invalid"));
}

TEST(Age, ValidateBirthDate)
{
    EXPECT_TRUE(validateBirthDate(QDate(1990, 1, 1), kToday).ok());
    EXPECT_TRUE(validateBirthDate(kToday, kToday).ok());
    EXPECT_EQ(validateBirthDate(kToday.addDays(1), kToday).error().detail, QStringLiteral("age.future"));
    EXPECT_EQ(validateBirthDate(QDate(1900, 1, 1), kToday).error().detail, QStringLiteral("age.too-old"));
    EXPECT_EQ(validateBirthDate(QDate(), kToday).error().detail, QStringLiteral("age.birth-invalid"));
}
