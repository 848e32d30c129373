#pragma once
// The matcher's parameters, all in one place (docs/matching.md explains each and how they were
// tuned on the synthetic evaluation set, bench/match).
//
// Fellegi–Sunter: for each field and each level of agreement, m = P(level | same person) and
// u = P(level | different people); the level adds log2(m/u) bits to the pair's weight. The
// weights below are written as their m and u so the reasoning stays visible. A field missing on
// either side adds `missing` (0 unless stated: missing data is no evidence either way).
#include <cmath>

namespace bhu::match {

struct Level {
    double m = 0.5;
    double u = 0.5;
    double weight() const { return std::log2(m / u); }
};

struct MatchWeights {
    // ---- Name (order-free, per word after alias/transliteration normalisation) ----
    Level nameWordAgree{0.95, 0.04};        // an informative word agrees (Ayesha = Aisha)
    Level nameCommonWordAgree{0.95, 0.35};  // a common word agrees (Muhammad, Khan, Bibi)
    Level nameWordTypo{0.06, 0.004};        // an informative word agrees only approximately
    Level nameWordConflict{0.02, 0.90};     // an informative word on each side with no partner
    Level nameWordExtra{0.35, 0.60};        // a word present on one side only (family name left off)
    Level nameFamilyConflict{0.08, 0.60};   // two different family names (Khan / Awan)
    // Value-specific name weights (NameFrequencies): an agreement on a word adds
    // log2(u / f) bits, u = the share of pairs agreeing on some word, f = this word's share of
    // the records; clamped to ± this many bits (a name seen once is not proof of one person).
    double rarityCapBits = 2.0;
    double typoSimilarity = 0.85;           // token similarity at or above: typo level
    double agreeSimilarity = 0.97;          // at or above: agree level

    // ---- Guardian (relation-aware) ----
    Level guardianAgree{0.80, 0.02};        // same lineage (both father, or both husband), same name
    Level guardianPartial{0.10, 0.08};      // some words agree (family name only)
    Level guardianDisagree{0.10, 0.90};     // same lineage, different name
    // D/O father at one visit, W/O husband at the next: a different guardian is expected.
    Level guardianMarriageSwitch{0.90, 0.90};   // = 0: no evidence
    // D/O X and W/O X: X cannot be her father and her husband: mother and daughter.
    Level guardianSameNameFatherHusband{0.01, 0.30};

    // ---- Sex ----
    Level sexAgree{0.99, 0.50};
    Level sexDisagree{0.005, 0.50};

    // ---- Birth (dates exact on both sides) ----
    Level birthSameDate{0.60, 0.0015};
    Level birthWithinMonth{0.10, 0.02};     // day/month typed wrong
    // Same day and month, the year one digit apart (1985 / 1986, 1985 / 1995): a typo of the year.
    Level birthYearTypo{0.02, 0.0025};
    // Two full dates (neither an estimate) that differ by more than a month: a date read off a
    // CNIC, B-form or birth card is typed with a day/month swap or a slip of days, rarely
    // with another month — different dates of the same year are evidence against, not for.
    Level birthSameYear{0.02, 0.05};
    Level birthWithin2Years{0.02, 0.25};
    Level birthWithin5Years{0.01, 0.35};
    Level birthFar{0.003, 0.40};
    // ---- Birth (either side an estimate from a stated age: ±2–5 years is normal) ----
    Level estSameYear{0.35, 0.06};
    Level estWithin2Years{0.45, 0.20};
    Level estWithin5Years{0.15, 0.15};
    Level estWithin10Years{0.04, 0.30};
    Level estFar{0.01, 0.35};
    int generationGapYears = 15;            // a difference this large: a different generation
    Level birthGeneration{0.001, 0.25};

    // ---- Phone (households share one: weak) ----
    Level phoneAgree{0.50, 0.04};
    Level phoneDisagree{0.45, 0.90};

    // ---- Identifiers that are not exactly equal ----
    Level idOneDigitApart{0.04, 0.0005};    // one digit changed or two adjacent swapped: a typo
    Level idDisagree{0.004, 0.99};          // both present, really different: strong evidence against
    Level guardianCnicAgree{0.60, 0.10};    // the same father's CNIC: a household signal

    // ---- Place ----
    Level ucAgree{0.90, 0.30};
    Level ucDisagree{0.05, 0.70};
    Level villageAgree{0.85, 0.20};
    Level villageDisagree{0.15, 0.80};

    // ---- Decision ----
    double autoLinkThreshold = 13.0;   // at or above: link without a person (grade certain)
    double reviewThreshold = 9.0;      // at or above: the review queue (grade probable)
    double possibleThreshold = 5.0;    // at or above: shown by $match as possible, never queued
    // Without an informative word of the own name agreeing (only Muhammad, Bibi or the family
    // name in common), demographics alone may
    // reach review but never auto-link; and when one
    // name has informative words and the other none (Imran Awan / Muhammad Awan: brothers),
    // not even review.
    // Same CNIC / B-form is certain, unless the records flatly contradict each other (sex, or
    // birth years this far apart): then the pair goes to review with this weight.
    int identifierContradictionYears = 10;
    double identifierContradictedWeight = 12.0;
};

const MatchWeights& defaultWeights();

} // namespace bhu::match
