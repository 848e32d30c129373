#pragma once
// Comparing two patient records (docs/matching.md):
//  1. Deterministic: the same CNIC or B-form (a B-form becomes the CNIC later, so they are
//     compared across) is a certain match — unless the records flatly contradict each other
//     (different sex, birth years ≥ identifierContradictionYears apart, or different given
//     names: a child registered under the father's CNIC), then the pair goes to review.
//  2. Probabilistic (Fellegi–Sunter): the sum of log2(m/u) weights of name words, guardian
//     (relation-aware), sex, birth date or estimated year, phone, CNIC typos or conflicts,
//     union council and village (MatchWeights).
//     An agreeing name word (and the guardian's given name) weighs by its rarity when the
//     records are rated (NameFrequencies::apply): Ali less, Sikandar more.
//  3. Household guard: two different informative given-name words (Imran / Usman, Hasan /
//     Hussain), or names alike only as a typo (Fazal / Faisal) with full birth dates that really
//     differ, keep a pair below review whatever else agrees — siblings, twins and
//     mother/daughter share guardian, phone, village and often the birth date.
// Decision: AutoLink (grade certain) at or above autoLinkThreshold or on a certain identifier,
// Review (probable) at or above reviewThreshold, else NoLink (possible above possibleThreshold).
#include "bhu/match/MatchRecord.h"
#include "bhu/match/MatchWeights.h"

#include <QString>
#include <vector>

namespace bhu::match {

enum class Decision { NoLink, Review, AutoLink };
// FHIR match-grade (http://hl7.org/fhir/StructureDefinition/match-grade) minus certainly-not.
enum class Grade { None, Possible, Probable, Certain };
QString gradeCode(Grade g);   // "certain", "probable", "possible", "" for None

// One field's contribution, for explaining a score (review screen, tests). Codes, not text.
struct FieldScore {
    const char* field;   // "identifier", "name", "guardian", "sex", "birth", "phone", "union_council", "village", …
    const char* level;   // "agree", "disagree", "typo", "marriage-switch", …
    double weight;
};

struct MatchResult {
    double weight = 0;            // total log2 likelihood ratio (bits)
    bool identifierMatch = false; // same CNIC / B-form
    bool householdGuard = false;  // the given names conflict: kept below review
    Decision decision = Decision::NoLink;
    Grade grade = Grade::None;
    double score = 0;             // in [0, 1] for FHIR search.score (1 for a certain identifier)
    std::vector<FieldScore> fields;   // filled when compare(..., explain = true)
};

MatchResult compare(const MatchRecord& a, const MatchRecord& b, const MatchWeights& w = defaultWeights(),
                    bool explain = false);

} // namespace bhu::match
