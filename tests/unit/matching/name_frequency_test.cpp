// Value-specific name weights (NameFrequencies, docs/matching.md "Name frequencies"): agreement
// on a rare given name is worth more than on a common one; the counts are per sex; the batch
// matcher rates its input by the input's own frequencies.
#include "MatchFixtures.h"
#include "bhu/match/BatchMatcher.h"
#include "bhu/match/BlockingKeys.h"
#include "bhu/match/Matcher.h"
#include "bhu/match/NameFrequencies.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::match;
using namespace bhu::match::test;

namespace {
const QString kUc = QStringLiteral("UC-27 Chak 204 RB");
const QString kVillage = QStringLiteral("Chak 204 RB");

// A village register: 40 women called Fatima, one Shagufta, 30 men called Ali, one Sikandar.
std::vector<MatchRecord> village()
{
    std::vector<MatchRecord> out;
    for (int i = 0; i < 40; ++i) out.push_back(P(QStringLiteral("Fatima")).sex(Sex::Female).place(kUc, kVillage).rec());
    out.push_back(P(QStringLiteral("Shagufta")).sex(Sex::Female).place(kUc, kVillage).rec());
    for (int i = 0; i < 30; ++i) out.push_back(P(QStringLiteral("Ali")).sex(Sex::Male).place(kUc, kVillage).rec());
    out.push_back(P(QStringLiteral("Sikandar")).sex(Sex::Male).place(kUc, kVillage).rec());
    return out;
}

double weightOf(const QString& name, Sex sex, const NameFrequencies* freq)
{
    MatchRecord a = P(name).sex(sex).aboutYear(1990).place(kUc, kVillage).rec();
    MatchRecord b = P(name).sex(sex).aboutYear(1991).place(kUc, kVillage).rec();
    if (freq) {
        freq->apply(a);
        freq->apply(b);
    }
    return compare(a, b).weight;
}
} // namespace

TEST(NameFrequencies, ARareNameAgreesWithMoreWeightThanACommonOne)
{
    const NameFrequencies freq = NameFrequencies::fromRecords(village());
    EXPECT_EQ(freq.records(NameFrequencies::All), 72);
    EXPECT_EQ(freq.records(NameFrequencies::Female), 41);
    const double common = weightOf(QStringLiteral("Fatima"), Sex::Female, &freq);
    const double rare = weightOf(QStringLiteral("Shagufta"), Sex::Female, &freq);
    EXPECT_GT(rare, common + 1.5);
    // Without the frequencies both names weigh the same.
    EXPECT_DOUBLE_EQ(weightOf(QStringLiteral("Fatima"), Sex::Female, nullptr), weightOf(QStringLiteral("Shagufta"), Sex::Female, nullptr));
    // The common name weighs less than the flat weight, the rare one more.
    EXPECT_LT(common, weightOf(QStringLiteral("Fatima"), Sex::Female, nullptr));
    EXPECT_GT(rare, weightOf(QStringLiteral("Shagufta"), Sex::Female, nullptr));
    // Clamped: never more than rarityCapBits above the flat weight.
    EXPECT_LE(rare - weightOf(QStringLiteral("Shagufta"), Sex::Female, nullptr), defaultWeights().rarityCapBits + 1e-9);
}

TEST(NameFrequencies, CountedPerSexAndGuardiansAreMen)
{
    const NameFrequencies freq = NameFrequencies::fromRecords(village());
    // Ali is common among men: rated against the men's table, not everyone's.
    const QString ali = blockingWord(nameTokens(QStringLiteral("Ali")).first());
    const QString sikandar = blockingWord(nameTokens(QStringLiteral("Sikandar")).first());
    EXPECT_LT(freq.rarityBits(NameFrequencies::Male, ali), freq.rarityBits(NameFrequencies::Male, sikandar));
    // Among everyone Ali (30 of 72) is less common than among men (30 of 31).
    EXPECT_LT(freq.rarityBits(NameFrequencies::Male, ali), freq.rarityBits(NameFrequencies::All, ali));
    MatchRecord r = P(QStringLiteral("Shagufta")).sex(Sex::Female).rel(Relation::DaughterOf, QStringLiteral("Ali")).place(kUc, kVillage).rec();
    freq.apply(r);
    ASSERT_FALSE(r.guardian.isEmpty());
    EXPECT_TRUE(r.guardian.first().rated);
    EXPECT_FLOAT_EQ(r.guardian.first().rarity, static_cast<float>(freq.rarityBits(NameFrequencies::Male, blockingWord(r.guardian.first()))));
    EXPECT_LT(r.guardian.first().rarity, 0.0f);   // Ali: common among men
    EXPECT_GT(r.name.first().rarity, 0.0f);       // Shagufta: rare among women
}

TEST(NameFrequencies, BatchRatesItsInputByItsOwnFrequencies)
{
    std::vector<MatchRecord> records = village();
    // Two registrations of a rare and of a common name, same estimated year, no other evidence.
    records.push_back(P(QStringLiteral("Sikandar")).sex(Sex::Male).aboutYear(1980).place(kUc, kVillage).rec());
    records.push_back(P(QStringLiteral("Sikandar")).sex(Sex::Male).aboutYear(1980).place(kUc, kVillage).rec());
    records.push_back(P(QStringLiteral("Ali")).sex(Sex::Male).aboutYear(1980).place(kUc, kVillage).rec());
    records.push_back(P(QStringLiteral("Ali")).sex(Sex::Male).aboutYear(1980).place(kUc, kVillage).rec());
    const int n = static_cast<int>(records.size());
    auto weightOfPair = [&](const BatchResult& r, int a, int b) {
        for (const auto* list : {&r.autoLinks, &r.reviews})
            for (const BatchPair& p : *list)
                if (p.a == a && p.b == b) return p.weight;
        return -100.0;
    };
    BatchOptions flat;
    flat.nameFrequencies = false;
    BatchOptions rated;
    const BatchResult withFreq = matchBatch(records, rated);
    const BatchResult without = matchBatch(records, flat);
    EXPECT_GT(weightOfPair(withFreq, n - 4, n - 3), weightOfPair(without, n - 4, n - 3));   // Sikandar: more
    EXPECT_LT(weightOfPair(withFreq, n - 2, n - 1), weightOfPair(without, n - 2, n - 1));   // Ali: less
}
