#include "bhu/domain/NameMatch.h"

#include "bhu/domain/JaroWinkler.h"
#include "bhu/domain/NameAliases.h"

#include <QList>

#include <algorithm>
#include <bit>
#include <vector>

namespace bhu {

namespace {

constexpr qsizetype kMaxWords = 10;   // longer names are cut; keeps the assignment cheap

// The best total score of a one-to-one pairing between rows and columns (rows ≤ columns),
// by dynamic programming over the set of columns already used.
double bestAssignment(const std::vector<std::vector<double>>& sim, qsizetype rows, qsizetype cols)
{
    const std::size_t masks = std::size_t{1} << cols;
    std::vector<double> best(masks, -1.0);
    best[0] = 0.0;
    double result = 0.0;
    for (std::size_t mask = 0; mask < masks; ++mask) {
        if (best[mask] < 0.0) continue;
        const auto row = static_cast<qsizetype>(std::popcount(mask));
        if (row == rows) {
            result = std::max(result, best[mask]);
            continue;
        }
        for (qsizetype c = 0; c < cols; ++c) {
            const std::size_t bit = std::size_t{1} << c;
            if (mask & bit) continue;
            const double v = best[mask] + sim[static_cast<std::size_t>(row)][static_cast<std::size_t>(c)];
            best[mask | bit] = std::max(best[mask | bit], v);
        }
    }
    return result;
}

} // namespace

double tokenSimilarity(QStringView keyA, QStringView keyB)
{
    if (keyA.isEmpty() || keyB.isEmpty()) return 0.0;
    if (keyA == keyB) return 1.0;
    if (keyA.size() == 1 || keyB.size() == 1) {
        const QStringView longer = keyA.size() == 1 ? keyB : keyA;
        const QStringView initial = keyA.size() == 1 ? keyA : keyB;
        return longer.front() == initial.front() ? kInitialMatch : 0.0;
    }
    const double jw = jaroWinkler(foldTransliteration(keyA), foldTransliteration(keyB));
    if (isKnownNameKey(keyA) && isKnownNameKey(keyB)) return std::min(jw, kKnownNamesDifferCap);
    return jw;
}

double nameSimilarity(const NameKey& a, const NameKey& b)
{
    const QStringList& ka = a.keys.size() <= b.keys.size() ? a.keys : b.keys;   // rows: the shorter
    const QStringList& kb = a.keys.size() <= b.keys.size() ? b.keys : a.keys;
    const qsizetype rows = std::min(ka.size(), kMaxWords);
    const qsizetype cols = std::min(kb.size(), kMaxWords);
    if (rows == 0 || cols == 0) return 0.0;
    std::vector<std::vector<double>> sim(static_cast<std::size_t>(rows),
                                         std::vector<double>(static_cast<std::size_t>(cols)));
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < cols; ++c)
            sim[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = tokenSimilarity(ka.at(r), kb.at(c));
    return 2.0 * bestAssignment(sim, rows, cols) / static_cast<double>(rows + cols);
}

double nameSimilarity(const QString& a, const QString& b)
{
    return nameSimilarity(normalizeName(a), normalizeName(b));
}

} // namespace bhu
