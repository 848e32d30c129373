#pragma once
// Similarity of two people's names in [0, 1], order-free (Imran Khan = Khan Imran).
//
// Both names go through normalizeName(); only the person's own words are compared (the
// guardian after S/O, D/O, W/O is a separate field for the matcher). Each pair of words
// scores tokenSimilarity(); the best one-to-one pairing of words (exact assignment) is
// taken, and the score is 2·Σ(pair scores) / (words in a + words in b), so a missing word
// costs (Imran vs Imran Khan = 0.67).
// Two different *known* names (both in the alias table) score at most kKnownNamesDifferCap
// however alike they are spelt: Muhammad ≠ Mahmood, محمد ≠ محمود, Hasan ≠ Hussain,
// Ayesha ≠ Amna. This keeps siblings and twins apart.
#include "bhu/domain/NameNormalizer.h"

#include <QString>
#include <QStringView>

namespace bhu {

// At or above: treat as the same name (a starting point for the matcher; tune with data).
constexpr double kNameLikelySame = 0.90;
constexpr double kKnownNamesDifferCap = 0.5;
// A single-letter word against a word starting with that letter (A. Rehman / Abdul Rehman).
constexpr double kInitialMatch = 0.85;

// Similarity of two keys from NameKey::keys.
double tokenSimilarity(QStringView keyA, QStringView keyB);

double nameSimilarity(const NameKey& a, const NameKey& b);
// 0 if either name has no words.
double nameSimilarity(const QString& a, const QString& b);

} // namespace bhu
