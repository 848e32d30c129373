#include "bhu/domain/Cnic.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

TEST(Cnic, NormaliseStripsSpacesAndDashes)
{
    EXPECT_EQ(normalizeCnic(u"35202-1234567-9"), QStringLiteral("3520212345679"));
    EXPECT_EQ(normalizeCnic(u" 35202 1234567 9 "), QStringLiteral("3520212345679"));
    EXPECT_EQ(normalizeCnic(u"۳۵۲۰۲-۱۲۳۴۵۶۷-۹"), QStringLiteral("3520212345679"));
    EXPECT_EQ(normalizeCnic(u"3520/2"), QStringLiteral("3520/2"));   // other characters stay, to be rejected
}

TEST(Cnic, Format)
{
    EXPECT_EQ(formatCnic(u"3520212345679"), QStringLiteral("35202-1234567-9"));
    EXPECT_EQ(formatCnic(u"35202 1234567 9"), QStringLiteral("35202-1234567-9"));
    EXPECT_EQ(formatCnic(u"12345"), QStringLiteral("12345"));   // not a CNIC: left as normalised
}

TEST(Cnic, ValidNumberWithMatchingSexHasNoWarnings)
{
    const auto r = checkCnic(u"35202-1234567-9", Sex::Male);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->digits, QStringLiteral("3520212345679"));
    EXPECT_EQ(r->province, Province::Punjab);
    EXPECT_EQ(r->impliedSex, Sex::Male);
    EXPECT_FALSE(r->hasWarnings());
    EXPECT_FALSE(r->unknownProvince);
    EXPECT_FALSE(r->sexMismatch);

    const auto f = checkCnic(u"4210112345678", Sex::Female);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->province, Province::Sindh);
    EXPECT_FALSE(f->hasWarnings());
}

TEST(Cnic, ProvinceCodes)
{
    const std::pair<char16_t, Province> expected[] = {
        {u'1', Province::KhyberPakhtunkhwa}, {u'2', Province::ExFata}, {u'3', Province::Punjab},
        {u'4', Province::Sindh}, {u'5', Province::Balochistan}, {u'6', Province::Islamabad},
        {u'7', Province::GilgitBaltistan}, {u'8', Province::Unknown}, {u'9', Province::Unknown},
        {u'0', Province::Unknown},
    };
    for (const auto& [digit, province] : expected) {
        const QString cnic = QString(QChar(digit)) + QStringLiteral("520212345679");
        EXPECT_EQ(provinceOf(cnic), province) << char(digit);
        EXPECT_FALSE(provinceName(province).isEmpty());
    }
    EXPECT_EQ(provinceOf(u"35202-1234567-9"), Province::Punjab);   // formatted input too
    EXPECT_EQ(provinceOf(u"3520"), Province::Unknown);              // not a CNIC
    EXPECT_NE(provinceName(Province::Punjab), provinceName(Province::Sindh));
}

TEST(Cnic, UnknownProvinceIsAWarningNotAnError)
{
    for (const char16_t* n : {u"8520212345679", u"9520212345679", u"0520212345679"}) {
        const auto r = checkCnic(n);
        ASSERT_TRUE(r.ok()) << QString::fromUtf16(n).toStdString();
        EXPECT_TRUE(r->unknownProvince);
        EXPECT_EQ(r->province, Province::Unknown);
        ASSERT_EQ(r->warnings.size(), 1);
        EXPECT_TRUE(r->warnings.front().contains(QString::fromUtf16(n).left(1)));
    }
}

TEST(Cnic, SexFromLastDigit)
{
    for (int d = 0; d <= 9; ++d) {
        const QString cnic = QStringLiteral("352021234567") + QString::number(d);
        EXPECT_EQ(sexFromCnic(cnic), d % 2 == 1 ? Sex::Male : Sex::Female) << d;
    }
    EXPECT_EQ(sexFromCnic(u"12"), Sex::Unknown);
}

TEST(Cnic, SexMismatchIsAWarning)
{
    const auto man = checkCnic(u"3520212345679", Sex::Female);   // odd: men's card
    ASSERT_TRUE(man.ok());
    EXPECT_TRUE(man->sexMismatch);
    ASSERT_EQ(man->warnings.size(), 1);
    EXPECT_TRUE(man->warnings.front().contains(QStringLiteral("odd")));

    const auto woman = checkCnic(u"3520212345678", Sex::Male);   // even: women's card
    ASSERT_TRUE(woman.ok());
    EXPECT_TRUE(woman->sexMismatch);
    EXPECT_TRUE(woman->warnings.front().contains(QStringLiteral("even")));
}

TEST(Cnic, UnknownOrOtherSexSkipsTheParityCheck)
{
    for (const Sex s : {Sex::Unknown, Sex::Other}) {
        const auto r = checkCnic(u"3520212345678", s);
        ASSERT_TRUE(r.ok());
        EXPECT_FALSE(r->sexMismatch);
        EXPECT_FALSE(r->hasWarnings());
    }
}

TEST(Cnic, BothWarningsTogether)
{
    const auto r = checkCnic(u"8520212345678", Sex::Male);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->unknownProvince);
    EXPECT_TRUE(r->sexMismatch);
    EXPECT_EQ(r->warnings.size(), 2);
}

TEST(Cnic, HardErrors)
{
    const auto empty = checkCnic(u"  - ");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.is(ErrorCode::Invalid));
    EXPECT_EQ(empty.error().detail, QStringLiteral("cnic.empty"));

    const auto letters = checkCnic(u"35202-123456A-9");
    ASSERT_FALSE(letters.ok());
    EXPECT_EQ(letters.error().detail, QStringLiteral("cnic.not-digits"));

    const auto slash = checkCnic(u"35202/1234567/9");
    ASSERT_FALSE(slash.ok());
    EXPECT_EQ(slash.error().detail, QStringLiteral("cnic.not-digits"));

    for (const char16_t* n : {u"352021234567", u"35202123456790", u"1"}) {
        const auto r = checkCnic(n);
        ASSERT_FALSE(r.ok()) << QString::fromUtf16(n).toStdString();
        EXPECT_TRUE(r.is(ErrorCode::Invalid));
        EXPECT_EQ(r.error().detail, QStringLiteral("cnic.length"));
        EXPECT_TRUE(r.error().message.contains(QString::number(QString::fromUtf16(n).size())));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("13")));
    }
}

TEST(CnicBForm, SameRulesOwnMessages)
{
    const auto ok = checkBForm(u"61101-1234567-2", Sex::Female);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->province, Province::Islamabad);
    EXPECT_FALSE(ok->hasWarnings());

    const auto shortForm = checkBForm(u"61101-123456-2");
    const auto shortCnic = checkCnic(u"61101-123456-2");
    ASSERT_FALSE(shortForm.ok());
    ASSERT_FALSE(shortCnic.ok());
    EXPECT_EQ(shortForm.error().detail, shortCnic.error().detail);
    EXPECT_NE(shortForm.error().message, shortCnic.error().message);
    EXPECT_TRUE(shortForm.error().message.contains(QStringLiteral("B-form")));

    const auto boy = checkBForm(u"6110112345673", Sex::Female);
    ASSERT_TRUE(boy.ok());
    EXPECT_TRUE(boy->sexMismatch);
    EXPECT_TRUE(boy->warnings.front().contains(QStringLiteral("boys")));

    const auto ajk = checkBForm(u"8110112345672");
    ASSERT_TRUE(ajk.ok());
    EXPECT_TRUE(ajk->unknownProvince);
    EXPECT_TRUE(ajk->warnings.front().contains(QStringLiteral("B-form")));
}
