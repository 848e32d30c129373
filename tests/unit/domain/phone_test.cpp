#include "bhu/domain/Phone.h"

#include <QRegularExpression>

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
QString e164(QStringView in)
{
    const auto r = normalizePhone(in);
    return r.ok() ? r.value() : QStringLiteral("ERROR: ") + r.error().detail;
}
QString problem(QStringView in)
{
    const auto r = normalizePhone(in);
    return r.ok() ? QStringLiteral("ok") : r.error().detail;
}
} // namespace

TEST(Phone, AllAcceptedPrefixesGiveE164)
{
    const QString want = QStringLiteral("+923001234567");
    for (const char16_t* in : {u"03001234567", u"0300-1234567", u"0300 1234567", u"+923001234567",
                               u"+92 300 1234567", u"+92-300-1234567", u"00923001234567", u"923001234567",
                               u"3001234567", u"(0300) 123-4567", u"(+92) 300 1234567", u"۰۳۰۰-۱۲۳۴۵۶۷",
                               u" 0300\u20131234567 "}) {
        EXPECT_EQ(e164(in), want) << QString::fromUtf16(in).toStdString();
    }
    EXPECT_EQ(e164(u"0345-9876543"), QStringLiteral("+923459876543"));
}

TEST(Phone, Format)
{
    EXPECT_EQ(formatPhone(u"+923001234567"), QStringLiteral("0300-1234567"));
    EXPECT_EQ(formatPhone(u"00923459876543"), QStringLiteral("0345-9876543"));
    EXPECT_EQ(formatPhone(u"12345"), QStringLiteral("12345"));   // not a mobile: unchanged
}

TEST(Phone, IsMobile)
{
    EXPECT_TRUE(isMobilePhone(u"0300-1234567"));
    EXPECT_FALSE(isMobilePhone(u"051-1234567"));
    EXPECT_FALSE(isMobilePhone(u""));
}

TEST(Phone, LandlinesAreRejectedWithTheirOwnMessage)
{
    for (const char16_t* in : {u"051-1234567", u"042-35761234", u"+92 51 1234567", u"0092-21-34567890", u"091 5701234"})
        EXPECT_EQ(problem(in), QStringLiteral("phone.landline")) << QString::fromUtf16(in).toStdString();
    const auto r = normalizePhone(u"051-1234567");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.is(ErrorCode::Invalid));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("mobile")));
}

TEST(Phone, ForeignNumbersAreRejected)
{
    EXPECT_EQ(problem(u"+44 20 7946 0958"), QStringLiteral("phone.foreign"));
    EXPECT_EQ(problem(u"00971501234567"), QStringLiteral("phone.foreign"));
}

TEST(Phone, WrongLengthAndJunk)
{
    EXPECT_EQ(problem(u""), QStringLiteral("phone.empty"));
    EXPECT_EQ(problem(u" - ( ) "), QStringLiteral("phone.empty"));
    EXPECT_EQ(problem(u"0300-123456"), QStringLiteral("phone.short"));
    EXPECT_EQ(problem(u"0300-12345678"), QStringLiteral("phone.long"));
    EXPECT_EQ(problem(u"0300-123456a"), QStringLiteral("phone.characters"));
    EXPECT_EQ(problem(u"0300+1234567"), QStringLiteral("phone.characters"));
    EXPECT_EQ(problem(u"+9203001234567"), QStringLiteral("phone.invalid"));   // +92 and 0 together: not in the rule
    EXPECT_EQ(problem(u"+92"), QStringLiteral("phone.invalid"));
    EXPECT_EQ(problem(u"0"), QStringLiteral("phone.invalid"));
    EXPECT_EQ(problem(u"1234567"), QStringLiteral("phone.invalid"));
    EXPECT_EQ(problem(u"0923001234567"), QStringLiteral("phone.invalid"));
}

// The rule from domain.md, checked against a regular expression over many inputs.
TEST(Phone, AgreesWithTheDocumentedPattern)
{
    const QRegularExpression rule(QStringLiteral("^(?:\\+92|0092|92|0)?(3\\d{9})$"));
    const QStringList prefixes = {QString(), QStringLiteral("0"), QStringLiteral("92"), QStringLiteral("+92"),
                                  QStringLiteral("0092"), QStringLiteral("00"), QStringLiteral("+"), QStringLiteral("9")};
    const QStringList bodies = {QStringLiteral("3001234567"), QStringLiteral("300123456"), QStringLiteral("30012345678"),
                                QStringLiteral("4001234567"), QStringLiteral("03001234567"), QStringLiteral("3331112222")};
    for (const QString& p : prefixes) {
        for (const QString& b : bodies) {
            const QString in = p + b;
            const auto m = rule.match(in);
            const auto r = normalizePhone(in);
            EXPECT_EQ(r.ok(), m.hasMatch()) << in.toStdString();
            if (m.hasMatch() && r.ok()) {
                EXPECT_EQ(r.value(), QString(QStringLiteral("+92") + m.captured(1)));
            }
        }
    }
}
