#pragma once
// A wider, skewed pool of given names for the matcher's evaluation set (MatchSetGenerator with
// MatchSetOptions::wideNamePool). NamePool's 40 male / 30 female names drawn uniformly make
// every name as common as every other; real registers are skewed — a few names (Ali, Ahmed,
// Hassan; Fatima, Ayesha, Zainab) are very common and a long tail is rare (docs/matching.md,
// "Evaluation"). Here 188 male and 152 female names in rough order of frequency, drawn with Zipf weights
// 1/rank^0.8: the most common name is ≈ 10–11 % of its sex, and the chance that two people of one
// sex share a given name (Σ p²) is 0.023 / 0.026 — about that of the uniform pools (1/40, 1/30), so
// namesakes are as frequent overall but concentrated on the common names. The Urdu spelling is
// given where NamePool knows it.
#include "bhu/synth/NamePool.h"
#include "bhu/synth/Rng.h"

namespace bhu::synth {

const QList<PoolName>& wideMaleGivenNames();     // most frequent first
const QList<PoolName>& wideFemaleGivenNames();   // most frequent first
// A rank in [0, n) drawn with weight 1/(rank+1)^0.8 (deterministic for the Rng's state).
int zipfRank(Rng& rng, int n);

} // namespace bhu::synth
