#pragma once
// bhu-registry match --csv IN.csv --out-pairs PAIRS.csv --out-review REVIEW.csv
//                    [--threads N] [--today YYYY-MM-DD]
// The registry's matcher in batch over a CSV of patient records (docs/matching.md).
#include <QMap>
#include <QString>

namespace bhu::registry {

int cmdMatch(const QMap<QString, QString>& options);

} // namespace bhu::registry
