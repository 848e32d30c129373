#pragma once
// The review queue of candidate duplicate pairs (docs/registry.md, "Review queue"): what a
// supervisor sees side by side and decides (same / different / not sure). Storage over
// review_queue; functions take the caller's transaction and may throw libpqxx exceptions.
#include "bhu/domain/Patient.h"
#include "bhu/registry/Db.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace bhu::registry {

struct FieldComparison {
    QStringList agrees, differs;   // field names: name, guardian, sex, birthDate, phone, cnic, …
};
// Which demographic fields agree and which differ (fields missing on either side are in
// neither list). Pure: no database.
FieldComparison comparePatients(const Patient& a, const Patient& b);

struct ReviewPair {
    long long id = 0;
    QString patientA, patientB;   // patientA < patientB
    double score = 0;
    QString grade;                // probable (from the matcher) | manual
    QStringList agrees, differs;
    QString status;               // open | same | different | unsure
    QString decidedBy, decidedAt;
    long long mergeId = 0;        // the merge a "same" decision made (0: none live)
};

// Queues a pair (either order); an existing pair is left as it is. Returns its id.
long long enqueuePair(pqxx::work& w, const QString& a, const QString& b, double score, const QString& grade,
                      const FieldComparison& fields);
// Pairs in `status` (empty: every status), best score first, paged; `total` receives the count.
std::vector<ReviewPair> listPairs(pqxx::work& w, const QString& status, int offset, int count, int* total);
std::optional<ReviewPair> loadPair(pqxx::work& w, long long id);
// The survivor of a "same" decision: the patient registered first (its first version reached
// the registry first), the one most likely to be on cards already.
QString firstRegistered(pqxx::work& w, const QString& a, const QString& b);
// An unmerge outside the queue turns the pair that made merge `mergeId` (if any) into "different".
void markUnmerged(pqxx::work& w, long long mergeId, const QString& decidedBy);
void setDecision(pqxx::work& w, long long id, const QString& status, const QString& decidedBy, long long mergeId);

} // namespace bhu::registry
