#include "bhu/domain/DigitText.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

TEST(CnicDigitText, StripsListedSeparatorsAndWhitespaceOnly)
{
    EXPECT_EQ(stripToDigits(u" 35202-1234567-9 ", u"-"), QStringLiteral("3520212345679"));
    EXPECT_EQ(stripToDigits(u"(0300) 123.4567", u"()."), QStringLiteral("03001234567"));
    EXPECT_EQ(stripToDigits(u"12a-3", u"-"), QStringLiteral("12a3"));       // letters are kept for validation
    EXPECT_EQ(stripToDigits(u"1(2)", u"-"), QStringLiteral("1(2)"));        // brackets only when listed
    EXPECT_EQ(stripToDigits(u"1\u00A02\t3", u""), QStringLiteral("123"));   // no-break space, tab
}

TEST(CnicDigitText, LookAlikeDashesCountAsDashes)
{
    EXPECT_EQ(stripToDigits(u"35202\u20131234567\u20149", u"-"), QStringLiteral("3520212345679"));
    EXPECT_EQ(stripToDigits(u"35202\u20131234567", u""), QStringLiteral("35202\u20131234567"));
}

TEST(CnicDigitText, UrduAndArabicIndicDigitsBecomeAscii)
{
    EXPECT_EQ(stripToDigits(u"۰۳۰۰-۱۲۳۴۵۶۷", u"-"), QStringLiteral("03001234567"));   // Urdu (Extended Arabic-Indic)
    EXPECT_EQ(stripToDigits(u"٠١٢٣٤٥٦٧٨٩", u""), QStringLiteral("0123456789"));       // Arabic-Indic
}

TEST(CnicDigitText, IsAsciiDigits)
{
    EXPECT_TRUE(isAsciiDigits(u"0123456789"));
    EXPECT_FALSE(isAsciiDigits(u""));
    EXPECT_FALSE(isAsciiDigits(u"12 3"));
    EXPECT_FALSE(isAsciiDigits(u"۱۲"));
}
