#include "bhu/domain/MrNumber.h"
#include "bhu/domain/Verhoeff.h"

#include <QSet>

#include "qt_print.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace bhu;

// ---- Verhoeff ---------------------------------------------------------------------------------

TEST(Verhoeff, PublishedExamples)
{
    EXPECT_EQ(verhoeffCheckDigit(u"236"), 3);
    EXPECT_EQ(verhoeffCheckDigit(u"12345"), 1);
    EXPECT_EQ(verhoeffCheckDigit(u"142857"), 0);
    EXPECT_EQ(verhoeffCheckDigit(u"123456789012"), 0);
    EXPECT_EQ(verhoeffCheckDigit(u"8473643095483728456789"), 2);
    EXPECT_TRUE(verhoeffValid(u"2363"));
    EXPECT_TRUE(verhoeffValid(u"123451"));
    EXPECT_FALSE(verhoeffValid(u"2364"));
    EXPECT_FALSE(verhoeffValid(u"3263"));   // 23 -> 32
}

TEST(Verhoeff, RejectsNonDigits)
{
    EXPECT_EQ(verhoeffCheckDigit(u""), -1);
    EXPECT_EQ(verhoeffCheckDigit(u"12a4"), -1);
    EXPECT_EQ(verhoeffCheckDigit(u"12-4"), -1);
    EXPECT_FALSE(verhoeffValid(u""));
    EXPECT_FALSE(verhoeffValid(u"0"));       // a check digit alone is not a number
    EXPECT_FALSE(verhoeffValid(u"236 3"));
}

// Luhn (mod 10, as on bank cards) for comparison only.
namespace {
bool luhnValid(const QString& s)
{
    int sum = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        int v = s.at(s.size() - 1 - i).unicode() - u'0';
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9) v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0;
}
int luhnCheckDigit(const QString& payload)
{
    for (int c = 0; c <= 9; ++c)
        if (luhnValid(payload + QString::number(c))) return c;
    return -1;
}
} // namespace

// Why not Luhn: doubling maps 0 -> 0 and 9 -> 18 -> 9, so "09" and "90" weigh the same and the
// swap goes unnoticed. Verhoeff's position-dependent permutation tells them apart.
TEST(VerhoeffVsLuhn, LuhnMisses09To90ButVerhoeffCatchesIt)
{
    const QString payload = QStringLiteral("1234567809");
    const QString swapped = QStringLiteral("1234567890");
    const QString luhn = QString::number(luhnCheckDigit(payload));
    ASSERT_TRUE(luhnValid(payload + luhn));
    EXPECT_TRUE(luhnValid(swapped + luhn)) << "Luhn accepts the transposed number";

    const QString verhoeff = QString::number(verhoeffCheckDigit(payload));
    ASSERT_TRUE(verhoeffValid(QString(payload + verhoeff)));
    EXPECT_FALSE(verhoeffValid(QString(swapped + verhoeff))) << "Verhoeff rejects it";
}

// ---- Exhaustive error detection ---------------------------------------------------------------

namespace {

std::vector<qint64> testPayloads()
{
    std::vector<qint64> p = {0, 1, 9, 10, 99, 12345678901, 10000000000, 11111111111, 22222222222,
                             55555555555, 88888888888, 89999999999, 90000000000, 99999999999,
                             98765432109, 1234567890, 9090909090, 90909090909, 12121212121};
    std::mt19937_64 rng(20240917);   // fixed seed: the same 20,000 payloads every run
    std::uniform_int_distribution<qint64> any(0, 99'999'999'999);
    for (int i = 0; i < 20'000; ++i) p.push_back(any(rng));
    return p;
}

QString withCheckDigit(qint64 payload)
{
    QString d = QString::number(payload).rightJustified(MrNumber::kPayloadDigits, u'0');
    d.append(QChar(u'0' + verhoeffCheckDigit(d)));
    return d;
}

} // namespace

TEST(VerhoeffExhaustive, EverySingleDigitErrorAndAdjacentTranspositionIsDetected)
{
    const auto payloads = testPayloads();
    qint64 substitutions = 0, transpositions = 0, missed = 0;
    QStringList examples;
    for (const qint64 p : payloads) {
        const QString good = withCheckDigit(p);
        ASSERT_TRUE(verhoeffValid(good)) << good.toStdString();
        QString bad = good;
        for (qsizetype pos = 0; pos < good.size(); ++pos) {
            // Every other digit at every position, the check digit included.
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (d == good.at(pos).unicode()) continue;
                bad[pos] = QChar(d);
                ++substitutions;
                if (verhoeffValid(bad)) {
                    ++missed;
                    if (examples.size() < 5) examples << good + QStringLiteral("->") + bad;
                }
            }
            bad[pos] = good.at(pos);
            // Swap with the right-hand neighbour when the two digits differ.
            if (pos + 1 < good.size() && good.at(pos) != good.at(pos + 1)) {
                std::swap(bad[pos], bad[pos + 1]);
                ++transpositions;
                if (verhoeffValid(bad)) {
                    ++missed;
                    if (examples.size() < 5) examples << good + QStringLiteral("->") + bad;
                }
                std::swap(bad[pos], bad[pos + 1]);
            }
        }
        ASSERT_EQ(bad, good);
    }
    EXPECT_EQ(missed, 0) << examples.join(u' ').toStdString();
    // 12 positions x 9 wrong digits per number; a test that checked nothing would fail here.
    EXPECT_EQ(substitutions, qint64(payloads.size()) * 12 * 9);
    EXPECT_GT(transpositions, qint64(payloads.size()) * 9);
}

// The same through MrNumber::parse(), which must call it a check-digit problem (not a length one).
TEST(MrNumberExhaustive, ParseReportsEveryTypingErrorAsCheckDigit)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> national(0, MrNumber::kMaxNationalPayload);
    int checked = 0;
    for (int i = 0; i < 500; ++i) {
        const auto n = MrNumber::fromPayload(national(rng));
        ASSERT_TRUE(n.ok());
        const QString good = n->digits();
        for (qsizetype pos = 0; pos + 1 < good.size(); ++pos) {
            QString bad = good;
            bad[pos] = QChar(u'0' + (good.at(pos).unicode() - u'0' + 1) % 10);
            EXPECT_EQ(MrNumber::check(bad), MrProblem::WrongCheckDigit) << bad.toStdString();
            if (good.at(pos) != good.at(pos + 1)) {
                QString swapped = good;
                std::swap(swapped[pos], swapped[pos + 1]);
                const auto r = MrNumber::parse(formatMrNumber(swapped));
                ASSERT_FALSE(r.ok()) << swapped.toStdString();
                EXPECT_EQ(r.error().detail, QStringLiteral("mr.check-digit"));
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 500 * 11);
}

// ---- MrNumber ---------------------------------------------------------------------------------

TEST(MrNumber, FromPayload)
{
    const auto n = MrNumber::fromPayload(12345678901);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->digits(), QStringLiteral("123456789010"));
    EXPECT_EQ(n->format(), QStringLiteral("1234-5678-9010"));
    EXPECT_EQ(n->payload(), 12345678901);
    EXPECT_EQ(n->checkDigit(), 0);
    EXPECT_FALSE(n->isProvisional());
    EXPECT_FALSE(n->isNull());
    EXPECT_EQ(n->facility(), -1);
    EXPECT_EQ(n->sequence(), -1);

    const auto zero = MrNumber::fromPayload(0);   // leading zeros are kept: always 12 digits
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ(zero->digits(), QStringLiteral("000000000003"));
    EXPECT_EQ(zero->format(), QStringLiteral("0000-0000-0003"));

    const auto last = MrNumber::fromPayload(MrNumber::kMaxNationalPayload);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->digits(), QStringLiteral("899999999991"));
    EXPECT_FALSE(last->isProvisional());
}

TEST(MrNumber, NationalPayloadsNeverStartWith9)
{
    for (const qint64 p : {-1LL, 90'000'000'000LL, 99'999'999'999LL, 100'000'000'000LL}) {
        const auto r = MrNumber::fromPayload(p);
        ASSERT_FALSE(r.ok()) << p;
        EXPECT_TRUE(r.is(ErrorCode::Invalid));
        EXPECT_TRUE(r.error().detail.startsWith(QStringLiteral("mr.payload-range")));
    }
}

TEST(MrNumber, Provisional)
{
    const auto n = MrNumber::provisional(1, 1);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->digits(), QStringLiteral("900001000013"));
    EXPECT_TRUE(n->isProvisional());
    EXPECT_EQ(n->facility(), 1);
    EXPECT_EQ(n->sequence(), 1);

    const auto m = MrNumber::provisional(4321, 98765);
    ASSERT_TRUE(m.ok());
    EXPECT_TRUE(m->digits().startsWith(QStringLiteral("90432198765")));
    EXPECT_EQ(m->facility(), 4321);
    EXPECT_EQ(m->sequence(), 98765);
    EXPECT_TRUE(verhoeffValid(m->digits()));

    const auto max = MrNumber::provisional(MrNumber::kMaxFacility, MrNumber::kMaxProvisionalSequence);
    ASSERT_TRUE(max.ok());
    EXPECT_EQ(max->payload(), 99'999'999'999);

    const auto parsed = MrNumber::parse(m->format());
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->isProvisional());
    EXPECT_EQ(parsed.value(), m.value());
}

TEST(MrNumber, ProvisionalRangeErrors)
{
    EXPECT_EQ(MrNumber::provisional(0, 1).error().detail, QStringLiteral("mr.facility-range 0"));
    EXPECT_EQ(MrNumber::provisional(100'000, 1).error().detail, QStringLiteral("mr.facility-range 100000"));
    EXPECT_EQ(MrNumber::provisional(1, 0).error().detail, QStringLiteral("mr.sequence-range 0"));
    EXPECT_EQ(MrNumber::provisional(1, 100'000).error().detail, QStringLiteral("mr.sequence-range 100000"));
    EXPECT_TRUE(MrNumber::provisional(1, 100'000).is(ErrorCode::Invalid));
}

// Different facilities and sequences never produce the same number, and no provisional number
// is a valid national one.
TEST(MrNumber, ProvisionalNeverCollides)
{
    QSet<QString> seen;
    for (int f : {1, 2, 10, 4321, 99'999})
        for (int s : {1, 2, 10, 99'998, 99'999}) {
            const auto n = MrNumber::provisional(f, s);
            ASSERT_TRUE(n.ok());
            EXPECT_FALSE(seen.contains(n->digits()));
            seen.insert(n->digits());
            EXPECT_FALSE(MrNumber::fromPayload(n->payload()).ok());
        }
    EXPECT_EQ(seen.size(), 25);
}

TEST(MrNumber, ParseAcceptsDashesAndSpaces)
{
    for (const char16_t* in : {u"123456789010", u"1234-5678-9010", u" 1234 5678 9010 ", u"1234 - 5678 - 9010",
                               u"۱۲۳۴-۵۶۷۸-۹۰۱۰"}) {
        const auto r = MrNumber::parse(in);
        ASSERT_TRUE(r.ok()) << QString::fromUtf16(in).toStdString();
        EXPECT_EQ(r->digits(), QStringLiteral("123456789010"));
        EXPECT_EQ(MrNumber::check(in), MrProblem::None);
    }
}

TEST(MrNumber, ParseTellsLengthFromCheckDigit)
{
    EXPECT_EQ(MrNumber::check(u""), MrProblem::Empty);
    EXPECT_EQ(MrNumber::check(u" - "), MrProblem::Empty);
    EXPECT_EQ(MrNumber::check(u"1234-5678-901O"), MrProblem::NotDigits);   // letter O
    EXPECT_EQ(MrNumber::check(u"1234/5678/9010"), MrProblem::NotDigits);
    EXPECT_EQ(MrNumber::check(u"1234-5678-901"), MrProblem::WrongLength);
    EXPECT_EQ(MrNumber::check(u"1234-5678-90100"), MrProblem::WrongLength);
    EXPECT_EQ(MrNumber::check(u"1234-5678-9011"), MrProblem::WrongCheckDigit);
    EXPECT_EQ(MrNumber::check(u"2134-5678-9010"), MrProblem::WrongCheckDigit);

    const auto length = MrNumber::parse(u"1234-5678-901");
    const auto check = MrNumber::parse(u"1234-5678-9011");
    const auto letters = MrNumber::parse(u"ABCD-5678-9010");
    const auto empty = MrNumber::parse(u"");
    ASSERT_FALSE(length.ok());
    ASSERT_FALSE(check.ok());
    ASSERT_FALSE(letters.ok());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(length.error().detail, QStringLiteral("mr.length"));
    EXPECT_EQ(check.error().detail, QStringLiteral("mr.check-digit"));
    EXPECT_EQ(letters.error().detail, QStringLiteral("mr.not-digits"));
    EXPECT_EQ(empty.error().detail, QStringLiteral("mr.empty"));
    EXPECT_TRUE(length.error().message.contains(QStringLiteral("11")));   // says how many were typed
    EXPECT_NE(length.error().message, check.error().message);
    EXPECT_TRUE(check.is(ErrorCode::Invalid));
}

TEST(MrNumber, RoundTripsThroughFormatAndParse)
{
    std::mt19937_64 rng(3);
    std::uniform_int_distribution<qint64> national(0, MrNumber::kMaxNationalPayload);
    for (int i = 0; i < 1000; ++i) {
        const qint64 p = national(rng);
        const auto n = MrNumber::fromPayload(p);
        ASSERT_TRUE(n.ok());
        ASSERT_EQ(n->digits().size(), MrNumber::kDigits);
        const auto back = MrNumber::parse(n->format());
        ASSERT_TRUE(back.ok()) << n->format().toStdString();
        EXPECT_EQ(back->payload(), p);
        EXPECT_EQ(back.value(), n.value());
    }
}

TEST(MrNumber, NullAndFormatHelper)
{
    const MrNumber n;
    EXPECT_TRUE(n.isNull());
    EXPECT_TRUE(n.format().isEmpty());
    EXPECT_EQ(n.payload(), -1);
    EXPECT_EQ(n.checkDigit(), -1);
    EXPECT_FALSE(n.isProvisional());
    EXPECT_EQ(formatMrNumber(u"123456789010"), QStringLiteral("1234-5678-9010"));
    EXPECT_EQ(formatMrNumber(u"12345"), QStringLiteral("12345"));
    EXPECT_EQ(formatMrNumber(u"12345678901a"), QStringLiteral("12345678901a"));
}
