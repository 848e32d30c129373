#include "bhu/match/NameCompare.h"

#include "bhu/domain/JaroWinkler.h"
#include "bhu/domain/NameMatch.h"

#include <algorithm>
#include <array>

namespace bhu::match {

namespace {
constexpr int kMaxWords = 8;

bool sameScript(const QList<NameToken>& a, const QList<NameToken>& b)
{
    // Comparable when some word of each side is in the script of some word of the other.
    bool latinA = false, arabicA = false, latinB = false, arabicB = false;
    for (const NameToken& t : a) (t.arabic ? arabicA : latinA) = true;
    for (const NameToken& t : b) (t.arabic ? arabicB : latinB) = true;
    return (latinA && latinB) || (arabicA && arabicB);
}
// The rarity of an agreement: the more frequent word's (both rated), else the rated side's.
double pairRarity(const NameToken& a, const NameToken& b)
{
    if (a.rated && b.rated) return std::min(a.rarity, b.rarity);
    return a.rated ? a.rarity : (b.rated ? b.rarity : 0.0);
}
} // namespace

double wordSimilarity(const NameToken& a, const NameToken& b)
{
    if (a.key.isEmpty() || b.key.isEmpty()) return 0.0;
    if (a.key == b.key) return 1.0;
    if (a.arabic != b.arabic) return 0.0;
    if (a.key.size() == 1 || b.key.size() == 1) {
        const NameToken& longer = a.key.size() == 1 ? b : a;
        const NameToken& initial = a.key.size() == 1 ? a : b;
        return longer.key.front() == initial.key.front() ? kInitialMatch : 0.0;
    }
    const double jw = jaroWinkler(a.folded, b.folded);
    if (a.known && b.known) return std::min(jw, kKnownNamesDifferCap);
    return jw;
}

NameComparison compareNames(const QList<NameToken>& a, const QList<NameToken>& b, const MatchWeights& w)
{
    NameComparison out;
    if (a.isEmpty() || b.isEmpty() || !sameScript(a, b)) return out;
    out.comparable = true;
    for (const NameToken& t : a) out.informativeA += !t.common;
    for (const NameToken& t : b) out.informativeB += !t.common;
    const int na = static_cast<int>(std::min<qsizetype>(a.size(), kMaxWords));
    const int nb = static_cast<int>(std::min<qsizetype>(b.size(), kMaxWords));
    struct Pair {
        double sim;
        int i, j;
    };
    std::array<Pair, kMaxWords * kMaxWords> pairs{};
    int count = 0;
    for (int i = 0; i < na; ++i)
        for (int j = 0; j < nb; ++j) {
            const double s = wordSimilarity(a.at(i), b.at(j));
            // A typo rarely changes the first letter; rhyming siblings do (Asif / Kashif).
            const bool sameStart = a.at(i).folded.front() == b.at(j).folded.front();
            if (s >= w.typoSimilarity && (s >= w.agreeSimilarity || sameStart)) pairs[static_cast<std::size_t>(count++)] = Pair{s, i, j};
        }
    std::sort(pairs.begin(), pairs.begin() + count, [](const Pair& x, const Pair& y) {
        if (x.sim != y.sim) return x.sim > y.sim;
        return x.i != y.i ? x.i < y.i : x.j < y.j;
    });
    int firstA = -1, firstB = -1;
    for (int i = 0; i < na && firstA < 0; ++i)
        if (!a.at(i).common) firstA = i;
    for (int j = 0; j < nb && firstB < 0; ++j)
        if (!b.at(j).common) firstB = j;
    unsigned usedA = 0, usedB = 0;
    for (int k = 0; k < count; ++k) {
        const Pair& p = pairs[static_cast<std::size_t>(k)];
        if ((usedA >> p.i & 1u) || (usedB >> p.j & 1u)) continue;
        usedA |= 1u << p.i;
        usedB |= 1u << p.j;
        const bool common = a.at(p.i).common || b.at(p.j).common;
        const double rarity = common ? 0.0 : pairRarity(a.at(p.i), b.at(p.j));
        if (p.i == firstA && p.j == firstB) {
            out.firstInformativeAgree = true;
            out.firstRarity = rarity;
        }
        if (common) {
            ++out.commonAgree;
            if (!a.at(p.i).family && !b.at(p.j).family) ++out.genericAgree;
        } else if (p.sim >= w.agreeSimilarity) {
            ++out.agree;
            out.agreeRarity += rarity;
        } else {
            ++out.typo;
        }
    }
    int leftA = 0, leftB = 0, familyA = 0, familyB = 0, genericA = 0, genericB = 0;
    auto leftover = [](const NameToken& t, int& informative, int& family, int& generic) {
        if (t.family) ++family;
        else if (t.common) ++generic;
        else ++informative;
    };
    for (int i = 0; i < na; ++i)
        if (!(usedA >> i & 1u)) leftover(a.at(i), leftA, familyA, genericA);
    for (int j = 0; j < nb; ++j)
        if (!(usedB >> j & 1u)) leftover(b.at(j), leftB, familyB, genericB);
    out.genericConflict = std::min(genericA, genericB);
    out.familyConflict = std::min(familyA, familyB);
    out.conflict = std::min(leftA, leftB);
    out.extra = std::max(leftA, leftB) - out.conflict;
    return out;
}

} // namespace bhu::match
