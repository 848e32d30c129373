#include "bhu/domain/JaroWinkler.h"

#include <QVarLengthArray>

#include <algorithm>

namespace bhu {

double jaro(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty()) return 1.0;
    if (a.isEmpty() || b.isEmpty()) return 0.0;
    if (a == b) return 1.0;

    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    QVarLengthArray<bool, 64> aMatched(a.size(), false);
    QVarLengthArray<bool, 64> bMatched(b.size(), false);

    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window);
        const qsizetype hi = std::min(b.size() - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (bMatched[j] || a[i] != b[j]) continue;
            aMatched[i] = bMatched[j] = true;
            ++matches;
            break;
        }
    }
    if (matches == 0) return 0.0;

    // Half the number of matched characters that are out of order.
    qsizetype outOfOrder = 0;
    qsizetype j = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!aMatched[i]) continue;
        while (!bMatched[j]) ++j;
        if (a[i] != b[j]) ++outOfOrder;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double t = static_cast<double>(outOfOrder) / 2.0;
    return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + (m - t) / m) / 3.0;
}

double jaroWinkler(QStringView a, QStringView b, double prefixScale)
{
    const double j = jaro(a, b);
    if (j <= 0.7) return j;
    const qsizetype maxPrefix = std::min<qsizetype>({4, a.size(), b.size()});
    qsizetype prefix = 0;
    while (prefix < maxPrefix && a[prefix] == b[prefix]) ++prefix;
    return j + static_cast<double>(prefix) * prefixScale * (1.0 - j);
}

} // namespace bhu
