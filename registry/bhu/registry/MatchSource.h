#pragma once
// Where auto-link gets candidate duplicates of a pushed patient (docs/registry.md, "Auto-link").
// The full matcher (registry/match/, `findMatches(txn, patient, limit)`) plugs in here as one
// more implementation; until then IdentifierMatchSource finds the deterministic case only: the
// same CNIC or B-form (globally unique identifiers, the only ones that may auto-link alone).
#include "bhu/domain/Patient.h"
#include "bhu/registry/Db.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace bhu::registry {

struct LinkCandidate {
    enum class Grade { Certain, Probable, Possible };
    QString patientId;
    double score = 0;
    Grade grade = Grade::Possible;
};

class MatchSource {
public:
    virtual ~MatchSource() = default;
    // Candidates for `patient` (already stored), best first, itself excluded.
    virtual std::vector<LinkCandidate> findMatches(pqxx::work& w, const Patient& patient, int limit) = 0;
};

// The full matcher (registry/match/, MatchIndex.h findMatches): Fellegi–Sunter weights over the
// blocking index; certain above the auto-link threshold (docs/matching.md).
class ProbabilisticMatchSource : public MatchSource {
public:
    std::vector<LinkCandidate> findMatches(pqxx::work& w, const Patient& patient, int limit) override;
};

// Same CNIC or B-form on another patient → certain (score 1).
class IdentifierMatchSource : public MatchSource {
public:
    std::vector<LinkCandidate> findMatches(pqxx::work& w, const Patient& patient, int limit) override;
};

// The source auto-link uses; none (the default) turns auto-link off. Set once at start-up
// (`bhu-registry serve --auto-link identifiers|matcher`), before requests are served.
void setMatchSource(std::shared_ptr<MatchSource> source);
std::shared_ptr<MatchSource> matchSource();

// Auto-link of the patients a push accepted (called once per push, inside its transaction):
// certain → merged into the candidate (the earlier registration survives), probable → review
// queue, possible → nothing. A patient already merged, or a pair already decided, is left alone.
void autoLinkPushed(pqxx::work& w, const QStringList& patientIds);

} // namespace bhu::registry
