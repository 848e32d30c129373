#pragma once
// POST [base]/Patient/$match (FHIR patient-operation-match; docs/matching.md, docs/registry.md).
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

namespace bhu::registry {

inline constexpr int kDefaultMatchCount = 10;
inline constexpr int kMaxMatchCount = 50;

// Body: a Parameters resource with `resource` (a Patient; id optional), `count` (valueInteger,
// default 10, at most 50) and `onlyCertainMatches` (valueBoolean). Answers a searchset Bundle,
// best first: each entry's search has mode "match", score in [0, 1] and the match-grade
// extension (certain / probable / possible). Every returned patient is recorded in `lookups`
// (kind "match"); it does not join the caller's catchment (fetching history is a separate,
// audited lookup).
Reply matchPatients(Db& db, const Caller& caller, const QByteArray& body);

} // namespace bhu::registry
