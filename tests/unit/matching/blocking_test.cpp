// Blocking keys: the pairs the hard cases need share a key; the keys stay specific.
#include "MatchFixtures.h"
#include "bhu/match/BatchMatcher.h"
#include "bhu/match/BlockingKeys.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::match;
using namespace bhu::match::test;

namespace {
bool shareKey(const MatchRecord& a, const MatchRecord& b)
{
    const QStringList ka = blockingKeys(a);
    for (const QString& k : blockingKeys(b))
        if (ka.contains(k)) return true;
    return false;
}
const QString kUc = QStringLiteral("UC-27 Chak 204 RB");
} // namespace

TEST(BlockingKeys, IdentifiersPhoneNamesAndGuardianMakeKeys)
{
    const QStringList keys = blockingKeys(P(QStringLiteral("Muhammad Imran Khan")).rel(Relation::SonOf, QStringLiteral("Aslam"))
                                              .born(1986, 5, 5).cnic(QStringLiteral("33101-1234567-1"))
                                              .phone(QStringLiteral("0300-1234567")).place(kUc, QStringLiteral("Chak 204 RB")).rec());
    EXPECT_TRUE(keys.contains(QStringLiteral("id:3310112345671"))) << keys.join(u' ').toStdString();
    EXPECT_TRUE(keys.contains(QStringLiteral("ph:+923001234567")));
    EXPECT_TRUE(keys.contains(QStringLiteral("nb:imrn:faisalabad:397")));
    EXPECT_TRUE(keys.contains(QStringLiteral("nb:imrn:faisalabad:396")));   // 1986 is near the band edge
    EXPECT_TRUE(keys.contains(QStringLiteral("nu:imrn:uc 27 chak 204 rb")));
    EXPECT_TRUE(keys.contains(QStringLiteral("gu:aslm:uc 27 chak 204 rb")));
    for (const QString& k : keys) EXPECT_FALSE(k.contains(QStringLiteral("mhmd"))) << "common words make no keys";
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
}

TEST(BlockingKeys, HardCasesShareABlock)
{
    // Transliteration + marriage switch + estimated age far off: the name × union council key.
    EXPECT_TRUE(shareKey(P(QStringLiteral("Ayesha")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasool")).aboutYear(1990).place(kUc, {}).rec(),
                         P(QStringLiteral("Aisha")).rel(Relation::WifeOf, QStringLiteral("Aslam")).aboutYear(1996).place(kUc, {}).rec()));
    // Same CNIC typed with and without dashes, names spelt differently.
    EXPECT_TRUE(shareKey(P(QStringLiteral("Mohd Yousaf")).cnic(QStringLiteral("35202-7654321-3")).rec(),
                         P(QStringLiteral("Muhammad Yusuf")).cnic(QStringLiteral("3520276543213")).rec()));
    // A consonant typo of a one-word name breaks its skeleton: the full birth date × union council.
    EXPECT_TRUE(shareKey(P(QStringLiteral("Rubina")).born(2001, 4, 9).place(kUc, {}).rec(),
                         P(QStringLiteral("Ruina")).born(2001, 4, 9).place(kUc, {}).rec()));
    EXPECT_FALSE(shareKey(P(QStringLiteral("Rubina")).aboutYear(2001).place(kUc, {}).rec(),
                          P(QStringLiteral("Ruina")).aboutYear(2001).place(kUc, {}).rec()));
    // A vowel typo keeps the skeleton.
    EXPECT_TRUE(shareKey(P(QStringLiteral("Shahid")).born(1980, 1, 1).rec(), P(QStringLiteral("Shahed")).born(1981, 1, 1).rec()));
}

TEST(BatchMatcher, ComparesEachPairOnceAndSortsTheBands)
{
    std::vector<MatchRecord> records;
    records.push_back(P(QStringLiteral("Imran Khan")).rel(Relation::SonOf, QStringLiteral("Aslam")).sex(Sex::Male).born(1985, 7, 1)
                          .phone(QStringLiteral("03001112223")).place(kUc, QStringLiteral("Chak 204 RB")).rec());
    records.push_back(P(QStringLiteral("Khan Imran")).rel(Relation::SonOf, QStringLiteral("Aslam")).sex(Sex::Male).born(1985, 7, 1)
                          .phone(QStringLiteral("03001112223")).place(kUc, QStringLiteral("Chak 204 RB")).rec());
    records.push_back(P(QStringLiteral("Usman Khan")).rel(Relation::SonOf, QStringLiteral("Aslam")).sex(Sex::Male).born(1988, 2, 1)
                          .phone(QStringLiteral("03001112223")).place(kUc, QStringLiteral("Chak 204 RB")).rec());
    const BatchResult r = matchBatch(records);
    ASSERT_EQ(r.autoLinks.size(), 1u);
    EXPECT_EQ(r.autoLinks[0].a, 0);
    EXPECT_EQ(r.autoLinks[0].b, 1);
    EXPECT_TRUE(r.reviews.empty());
    EXPECT_EQ(r.comparisons, 3);   // three records sharing several keys: three pairs, once each
}

TEST(BatchMatcher, OversizedBlocksAreSkipped)
{
    std::vector<MatchRecord> records;
    for (int i = 0; i < 5; ++i) records.push_back(P(QStringLiteral("X%1").arg(i)).phone(QStringLiteral("03001112223")).rec());
    BatchOptions o;
    o.maxBlockSize = 4;
    const BatchResult r = matchBatch(records, o);
    EXPECT_EQ(r.comparisons, 0);
    EXPECT_GE(r.skippedBlocks, 1);
}
