#include "bhu/domain/NameMatch.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
std::string pair(QStringView a, QStringView b)
{
    return QString(a.toString() + QStringLiteral(" | ") + b.toString()).toStdString();
}
} // namespace

TEST(NameMatch, IdenticalAndEmpty)
{
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Imran Khan"), QStringLiteral("Imran Khan")), 1.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QString(), QStringLiteral("Imran Khan")), 0.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QString(), QString()), 0.0);
    EXPECT_LT(nameSimilarity(QStringLiteral("Imran"), QStringLiteral("Zafar")), 0.6);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Imran"), QStringLiteral("Bux")), 0.0);
}

TEST(NameMatch, TokenOrderDoesNotMatter)
{
    EXPECT_GE(nameSimilarity(QStringLiteral("Khan Imran"), QStringLiteral("Imran Khan")), 0.95);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Aslam Muhammad"), QStringLiteral("Muhammad Aslam")), 1.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Bibi Ayesha"), QStringLiteral("Ayesha Bibi")), 1.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Rehman Abdul"), QStringLiteral("Abdurrehman")), 1.0);
}

TEST(NameMatch, SpellingVariantsMatch)
{
    const std::pair<const char16_t*, const char16_t*> same[] = {
        {u"Mohammad Imran", u"Muhammad Imran"},
        {u"Mohd. Imran", u"Muhammad Imran"},
        {u"M. Imran", u"Muhammad Imran"},
        {u"Md Imran Khan", u"Muhammad Imran Khan"},
        {u"Syed Ali Raza", u"Ali Raza"},
        {u"Mst. Ayesha Bibi", u"Aisha"},
        {u"Mussammat Fatimah", u"Fatima Bibi"},
        {u"Zaynab Bibi", u"Zainab"},
        {u"Abdul Rehman", u"Abdurrahman"},
        {u"Abdur Rahman Khan", u"Khan Abdul Rehman"},
        {u"Zia-ul-Haq", u"Ziaulhaq"},
        {u"Naseer-ud-Din", u"Nasiruddin"},
        {u"Hussain Ahmed", u"Husain Ahmad"},
        {u"Hussein Shah", u"Hussain Shah"},
        {u"Rahmatullah", u"Rehmat Ullah"},
        {u"Yousaf Raza Gillani", u"Yusuf Raza Gilani"},
        {u"Hafiz M. Usman", u"Muhammad Osman"},
        {u"Ch. Muhammad Aslam", u"Chaudhry Mohammad Aslam"},
        {u"Naveed", u"Naweed"},
        {u"Shahid Mehmood", u"Shahid Mahmood"},
        {u"Qasim Ali", u"Kasim Ali"},
        {u"مُحَمَّد عمران", u"محمد عمران"},
        {u"عائشہ بی بی", u"عایشہ"},
        {u"عبدالرحمن", u"عبد الرحمان"},
    };
    for (const auto& [a, b] : same)
        EXPECT_GE(nameSimilarity(QString::fromUtf16(a), QString::fromUtf16(b)), kNameLikelySame) << pair(a, b);
}

TEST(NameMatch, SmallTyposScoreHigh)
{
    const std::pair<const char16_t*, const char16_t*> typos[] = {
        {u"Mohamad Imran", u"Muhammad Imran"},
        {u"Muhammad Imarn", u"Muhammad Imran"},
        {u"Muhamad Imran Kahn", u"Muhammad Imran Khan"},
        {u"Nasreen Akhtar", u"Nasrin Akhter"},
        {u"Shabana Parveen", u"Shabana Perveen"},
        {u"Ghulam Rasool", u"Gulam Rasul"},
    };
    for (const auto& [a, b] : typos)
        EXPECT_GE(nameSimilarity(QString::fromUtf16(a), QString::fromUtf16(b)), kNameLikelySame) << pair(a, b);
}

TEST(NameMatch, HardNonDuplicatesStayApart)
{
    const std::pair<const char16_t*, const char16_t*> different[] = {
        {u"Muhammad Ali", u"Mahmood Ali"},
        {u"Mohammad Ali", u"Mehmood Ali"},
        {u"Ayesha Bibi", u"Amna Bibi"},
        {u"Hasan Raza", u"Hussain Raza"},          // twins
        {u"Fatima Bibi", u"Zainab Bibi"},
        {u"Muhammad Imran", u"Muhammad Irfan"},    // brothers
        {u"Ali Raza", u"Ali Abbas"},
        {u"Amna", u"Amina"},
        {u"محمد علی", u"محمود علی"},
        {u"حسن رضا", u"حسین رضا"},
    };
    for (const auto& [a, b] : different)
        EXPECT_LT(nameSimilarity(QString::fromUtf16(a), QString::fromUtf16(b)), kNameLikelySame) << pair(a, b);
}

TEST(NameMatch, NonDuplicatesScoreBelowMatches)
{
    const double match = nameSimilarity(QStringLiteral("Ayesha Bibi"), QStringLiteral("Aisha Bibi"));
    const double sisters = nameSimilarity(QStringLiteral("Ayesha Bibi"), QStringLiteral("Amna Bibi"));
    EXPECT_LT(sisters, match);
    EXPECT_LT(sisters, 0.6);
    EXPECT_LT(nameSimilarity(QStringLiteral("Muhammad Ali"), QStringLiteral("Mahmood Ali")),
              nameSimilarity(QStringLiteral("Muhammad Ali"), QStringLiteral("Mohd Ali")));
    EXPECT_LT(nameSimilarity(QStringLiteral("محمد"), QStringLiteral("محمود")), 0.6);
}

TEST(NameMatch, MissingWordsCost)
{
    const double partial = nameSimilarity(QStringLiteral("Imran"), QStringLiteral("Imran Khan"));
    EXPECT_NEAR(partial, 2.0 / 3.0, 1e-9);
    EXPECT_LT(partial, kNameLikelySame);
    EXPECT_GT(nameSimilarity(QStringLiteral("Muhammad Imran Khan"), QStringLiteral("Imran Khan")), partial);
}

TEST(NameMatch, OnlyTheOwnNameIsCompared)
{
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Imran S/O Aslam"), QStringLiteral("Imran D/O Karim")), 1.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Imran S/O Aslam"), QStringLiteral("Imran")), 1.0);
}

TEST(NameMatch, TokenSimilarity)
{
    EXPECT_DOUBLE_EQ(tokenSimilarity(u"imran", u"imran"), 1.0);
    EXPECT_DOUBLE_EQ(tokenSimilarity(u"", u"imran"), 0.0);
    EXPECT_DOUBLE_EQ(tokenSimilarity(u"a", u"abdul"), kInitialMatch);
    EXPECT_DOUBLE_EQ(tokenSimilarity(u"b", u"abdul"), 0.0);
    EXPECT_LE(tokenSimilarity(u"muhammad", u"mahmood"), kKnownNamesDifferCap);
    EXPECT_LE(tokenSimilarity(u"محمد", u"محمود"), kKnownNamesDifferCap);
    EXPECT_GT(tokenSimilarity(u"imran", u"imarn"), 0.9);
    EXPECT_DOUBLE_EQ(tokenSimilarity(u"imran", u"imarn"), tokenSimilarity(u"imarn", u"imran"));
}

TEST(NameMatch, InitialsMatchTheirWord)
{
    EXPECT_GE(nameSimilarity(QStringLiteral("A. Rehman"), QStringLiteral("Abdul Rehman")), 0.9);
    EXPECT_LT(nameSimilarity(QStringLiteral("B. Rehman"), QStringLiteral("Abdul Rehman")), 0.6);
}

TEST(NameMatch, SymmetricAndBounded)
{
    const char16_t* names[] = {u"Muhammad Imran Khan", u"Imran", u"Ayesha Bibi", u"Mst. Amna", u"Abdurrehman",
                               u"Zia ul Haq", u"محمد علی", u"Hasan", u"Hussain", u"A B C D E F G H I J K L"};
    for (const auto* a : names)
        for (const auto* b : names) {
            const double ab = nameSimilarity(QString::fromUtf16(a), QString::fromUtf16(b));
            EXPECT_DOUBLE_EQ(ab, nameSimilarity(QString::fromUtf16(b), QString::fromUtf16(a))) << pair(a, b);
            EXPECT_GE(ab, 0.0);
            EXPECT_LE(ab, 1.0 + 1e-12);
        }
}
