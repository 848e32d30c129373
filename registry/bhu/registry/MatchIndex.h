#pragma once
// The registry's master patient index over PostgreSQL (docs/matching.md, "Registry"): blocking
// keys in table match_keys, candidates found through them and scored by bhu::match::compare.
// Functions take the caller's transaction and may throw libpqxx exceptions (Db::transact
// catches them), like the other storage files.
//
// For the merge/review side: call findMatches() on every incoming or edited patient (after
// indexPatient() for it, or before — the patient itself is never returned), then
//   Grade::Certain  → auto-link (same CNIC/B-form, or weight ≥ autoLinkThreshold),
//   Grade::Probable → the review queue,
//   Grade::Possible → nothing (only $match shows these).
#include "bhu/domain/Patient.h"
#include "bhu/match/Matcher.h"
#include "bhu/registry/Db.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace bhu::registry {

struct MatchCandidate {
    QString patientId;
    double score = 0;                        // [0, 1], FHIR search.score
    double weight = 0;                       // log2 likelihood ratio (bits)
    match::Grade grade = match::Grade::None;
    QJsonObject resource;                    // the candidate's current Patient resource
    std::vector<match::FieldScore> fields;   // what agrees and what differs (review screen)
};

// Replaces the patient's keys with those of this version. Call wherever a Patient is stored.
void indexPatient(pqxx::work& w, const QString& patientId, const Patient& p);

// Candidates for `p` from the blocking index, best first, at most `limit`, at least `minGrade`.
// Excluded: `p.id` itself, deleted patients and patients merged into another (link replaced-by).
// Cost: each key reads at most kMaxPostingsPerKey postings; at most kMaxCandidates are scored.
std::vector<MatchCandidate> findMatches(pqxx::work& w, const Patient& p, int limit,
                                        match::Grade minGrade = match::Grade::Possible);
inline constexpr int kMaxPostingsPerKey = 1000;
inline constexpr int kMaxCandidates = 200;

// Recounts the name frequencies (tables name_frequency, name_frequency_totals; migration 12)
// from match_keys: the value-specific name weights of findMatches. Returns the patients counted.
// Run by `bhu-registry migrate` after the backfill; names change slowly, so a nightly run is
// enough. Until the first run findMatches uses flat name weights.
Result<qint64> refreshNameFrequencies(Db& db);

// Indexes every stored Patient that has no keys yet (patients stored before migration 3, or by a
// program without the index); returns how many. Idempotent; run by `bhu-registry migrate`.
Result<int> backfillMatchKeys(Db& db);

} // namespace bhu::registry
