#pragma once
// Order-free comparison of two names as counts of word agreements (the matcher turns the
// counts into weights). Words are paired greedily by similarity (best pairs first, each word
// used once); a pair at or above `typoSimilarity` is an agreement (or a typo below
// `agreeSimilarity`; a typo must keep the first letter: Asif / Kashif are brothers). Words left without a partner are "extra" when only one side has them
// (a family name left off) and a "conflict" when both sides have informative words left
// (Imran vs Usman: brothers). Family words left on both sides (Khan / Awan) are a familyConflict.
#include "bhu/match/MatchRecord.h"
#include "bhu/match/MatchWeights.h"

namespace bhu::match {

struct NameComparison {
    bool comparable = false;   // both sides have words in the same script
    int agree = 0;             // informative words that agree
    int commonAgree = 0;       // common words (Muhammad, Khan, …) that agree
    int typo = 0;              // informative words that agree approximately
    int conflict = 0;          // informative words on both sides without a partner
    int extra = 0;             // informative words on one side without a partner
    int familyConflict = 0;    // family words on both sides without a partner (Khan / Awan)
    int informativeA = 0, informativeB = 0;   // informative words of each name
    int genericAgree = 0;      // common words that are not family names agree (Muhammad = Mohd)
    int genericConflict = 0;   // such words on both sides without a partner (Muhammad / Ghulam)
    // The first informative word of each side were paired (the given name, not only a surname
    // both happen to carry: "Tariq Hussain" / "Hussain" agree on a word but not on the man).
    bool firstInformativeAgree = false;
    double agreeRarity = 0;   // sum of the agreeing informative words' rarity bits (NameToken::rarity)
    double firstRarity = 0;   // the rarity bits of the first informative words' agreement
};

// Similarity of two words in [0, 1]: 1 for equal keys; an initial against a word starting
// with it (M. / Muhammad) scores domain's kInitialMatch; else Jaro–Winkler of the folded keys,
// capped for two different names of the alias table (Hasan ≠ Hussain, Amna ≠ Amina).
double wordSimilarity(const NameToken& a, const NameToken& b);

NameComparison compareNames(const QList<NameToken>& a, const QList<NameToken>& b, const MatchWeights& w);

} // namespace bhu::match
