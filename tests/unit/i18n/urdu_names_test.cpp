// Urdu names suggested from Latin spellings (issue 11): reference/urdu_names.csv.
#include "bhu/domain/NameScript.h"
#include "bhu/domain/UrduNames.h"

#include <gtest/gtest.h>

using bhu::UrduNames;

TEST(UrduNames, BuiltInListLoads)
{
    EXPECT_GT(UrduNames::builtIn().size(), 80);
}

TEST(UrduNames, WholeNameOfCommonWords)
{
    const UrduNames& n = UrduNames::builtIn();
    EXPECT_EQ(n.suggest(QStringLiteral("Muhammad Rafiq Qureshi")), QStringLiteral("محمد رفیق قریشی"));
    EXPECT_EQ(n.suggest(QStringLiteral("  shazia   BIBI ")), QStringLiteral("شازیہ بی بی"));
    EXPECT_EQ(n.suggest(QStringLiteral("Mst. Shazia Bibi")), QString()) << "Mst. is not in the list: no half guess";
}

TEST(UrduNames, LongestCompoundWins)
{
    // "Abdul Ghafoor" is one word in Urdu (عبدالغفور), not "Abdul" + "Ghafoor".
    EXPECT_EQ(UrduNames::builtIn().suggest(QStringLiteral("Abdul Ghafoor Khan")), QStringLiteral("عبدالغفور خان"));
}

TEST(UrduNames, UnknownWordGivesNoSuggestion)
{
    EXPECT_EQ(UrduNames::builtIn().suggest(QStringLiteral("Muhammad Xyzzy")), QString());
    EXPECT_EQ(UrduNames::builtIn().suggest(QString()), QString());
}

TEST(UrduNames, BrokenFilesAreRefused)
{
    EXPECT_FALSE(UrduNames::parse("name,urdu\nAli,علی\n").ok()) << "wrong header";
    EXPECT_FALSE(UrduNames::parse("latin,urdu\nAli,\n").ok()) << "empty Urdu";
    auto ok = UrduNames::parse("latin,urdu\nAli Raza,علی رضا\n");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->suggest(QStringLiteral("ali raza")), QStringLiteral("علی رضا"));
}

TEST(UrduNames, LatinWordOfAnUrduWordForTheMatcher)
{
    const UrduNames& n = UrduNames::builtIn();
    EXPECT_EQ(n.latinWord(bhu::foldNameText(QStringLiteral("عائشہ"))), QStringLiteral("ayesha"));
    EXPECT_EQ(n.latinWord(bhu::foldNameText(QStringLiteral("حسن"))), QStringLiteral("hassan"));
    EXPECT_EQ(n.latinWord(bhu::foldNameText(QStringLiteral("زرتاشہ"))), QString()) << "not in the list";
}
