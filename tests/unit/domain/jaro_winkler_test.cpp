#include "bhu/domain/JaroWinkler.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

// Reference values from Winkler (1990) and the usual textbook examples.
TEST(JaroWinkler, PublishedExamples)
{
    EXPECT_NEAR(jaro(u"martha", u"marhta"), 0.944, 1e-3);
    EXPECT_NEAR(jaroWinkler(u"martha", u"marhta"), 0.961, 1e-3);
    EXPECT_NEAR(jaro(u"dwayne", u"duane"), 0.822, 1e-3);
    EXPECT_NEAR(jaroWinkler(u"dwayne", u"duane"), 0.840, 1e-3);
    EXPECT_NEAR(jaro(u"dixon", u"dicksonx"), 0.767, 1e-3);
    EXPECT_NEAR(jaroWinkler(u"dixon", u"dicksonx"), 0.813, 1e-3);
}

TEST(JaroWinkler, EdgeCases)
{
    EXPECT_DOUBLE_EQ(jaroWinkler(u"", u""), 1.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"abc", u""), 0.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"", u"abc"), 0.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"imran", u"imran"), 1.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"abc", u"xyz"), 0.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"a", u"a"), 1.0);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"a", u"b"), 0.0);
}

TEST(JaroWinkler, SymmetricAndBounded)
{
    const char16_t* words[] = {u"muhammad", u"mahmood", u"imran", u"imarn", u"ayesha", u"amna", u"hasan",
                               u"hussain", u"a", u"ab", u"محمد", u"محمود", u"zainab", u"zaynab"};
    for (const auto* a : words) {
        for (const auto* b : words) {
            const double ab = jaroWinkler(a, b);
            EXPECT_DOUBLE_EQ(ab, jaroWinkler(b, a));
            EXPECT_GE(ab, 0.0);
            EXPECT_LE(ab, 1.0);
            EXPECT_GE(ab, jaro(a, b));
        }
    }
}

TEST(JaroWinkler, PrefixBoostOnlyAboveThreshold)
{
    // "crate"/"trace": Jaro 0.733 but no common prefix, so no boost.
    EXPECT_NEAR(jaroWinkler(u"crate", u"trace"), jaro(u"crate", u"trace"), 1e-12);
    // Low Jaro score: no boost even with a common prefix.
    const double j = jaro(u"abcdxyzw", u"abqrstuv");
    ASSERT_LE(j, 0.7);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"abcdxyzw", u"abqrstuv"), j);
    // The boost counts at most four characters.
    EXPECT_NEAR(jaroWinkler(u"abcdefgh", u"abcdefgx", 0.1), jaro(u"abcdefgh", u"abcdefgx") + 0.4 * (1 - jaro(u"abcdefgh", u"abcdefgx")), 1e-12);
    EXPECT_GT(jaroWinkler(u"imran", u"imarn"), jaroWinkler(u"imran", u"mirna"));
}
