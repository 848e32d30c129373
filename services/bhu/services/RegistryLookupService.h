#pragma once
// "History anywhere" at the front desk (docs/sync-protocol.md, "History at any facility"): a
// patient not found locally is looked up in the national registry by MR number, CNIC or
// B-form, with a stated reason ("break the glass"). The attempt is audited here before anything
// is asked (action registry.lookup, with the reason and the kind of number — never the number
// itself); the registry audits it too and adds the patient to this facility's catchment. The
// patient and their history are stored in the encrypted store and from then on sync like this
// facility's own. Needs Permission::LookUpRegistry.
//
// The network call is given as a function (bhu::sync::RegistryLookup::fetch in the app, a fake
// in tests), so this layer stays free of Qt Network.
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/SyncTypes.h"
#include "bhu/domain/PatientSearch.h"
#include "bhu/services/Session.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace bhu::services {

struct RegistryQuery {
    QString idSystem;   // IdSystem::Mr, Cnic or BForm
    QString value;      // as typed; normalised to digits here
    QString reason;     // why the record is needed: at least kMinReasonLength characters
};

// Set (from any thread) to cancel a registry call in flight: the network side polls it and
// aborts the request, returning ErrorCode::Cancelled. Null: the call cannot be cancelled.
using CancelFlag = std::shared_ptr<const std::atomic<bool>>;

// (enrolment, idSystem, digits, user, reason, cancel) → the patient (first) and its history.
using RegistryFetch = std::function<Result<db::PulledPage>(const db::Enrolment&, const QString& idSystem, const QString& digits,
                                                           const QString& user, const QString& reason, const CancelFlag& cancel)>;

// A lookup checked and audited, ready for the network part (prepareLookUp / applyLookUp).
struct PreparedLookup {
    db::Enrolment enrolment;
    QString idSystem, digits, user, reason;
};

// One answer of the registry's Patient/$match (bhu::sync::RegistryMatch in the app).
struct RegistryMatchHit {
    Patient patient;
    double score = 0;   // 0..1
    QString grade;      // certain | probable | possible
};
using RegistryMatchFetch = std::function<Result<QList<RegistryMatchHit>>(const db::Enrolment&, const Patient& draft)>;

class RegistryLookupService {
public:
    static constexpr int kMinReasonLength = 10;
    explicit RegistryLookupService(Session& s) : m_s(s) {}
    bool mayLookUp() const { return allowed(m_s.role(), Permission::LookUpRegistry); }
    // The id of the patient to open (the survivor when the number belonged to a merged record).
    // All at once, blocking for the network part (tests, command line); the GUI runs the three
    // steps itself so that the network part runs on a worker thread without the session:
    Result<QString> lookUp(const RegistryQuery& q, const RegistryFetch& fetch);
    // 1. checks the query and the enrolment and audits the attempt (registry.lookup);
    Result<PreparedLookup> prepareLookUp(const RegistryQuery& q);
    // 2. the caller runs the RegistryFetch with prepared's fields (a worker thread may);
    // 3. stores the answer (patient and history) and audits it; returns the id to open.
    //    An Error answer (Cancelled included) is returned as is: nothing stored.
    Result<QString> applyLookUp(const Result<db::PulledPage>& page);

    // Before a new registration (docs/matching.md, "At the front desk"), in three steps so that
    // the network part runs on a worker thread without the session:
    // 1. whom to ask: nothing (and no error) when this clinic is not enrolled or the user may
    //    not register patients or look up the registry (an LHW) — registration then goes on
    //    exactly as offline;
    std::optional<db::Enrolment> matchTarget();
    // 2. the caller asks the registry (RegistryMatchFetch, with a short timeout);
    // 3. the answer as duplicate candidates of other facilities: patients already stored here
    //    are left out (the local check shows them); an Error answer (offline, timeout, refused)
    //    gives none and shows nothing. Step 1 audits the question (registry.match, no details).
    QList<DuplicateCandidate> registryCandidates(const Result<QList<RegistryMatchHit>>& answer);
    // All three at once, for callers that may block (tests, command line).
    QList<DuplicateCandidate> registryMatches(const Patient& draft, const RegistryMatchFetch& fetch);
    // "Same person" chosen in the duplicate check: the registry's patient (by its MR number) is
    // fetched with its history through lookUp() — audited with the reason below, and from then
    // on part of this facility's catchment. Returns the id to open.
    Result<QString> adoptMatch(const DuplicateCandidate& candidate, const RegistryFetch& fetch);
    static RegistryQuery adoptQuery(const DuplicateCandidate& candidate);   // its query, for prepareLookUp
    static QString adoptReason();   // the reason recorded for adoptMatch()

private:
    Session& m_s;
};

} // namespace bhu::services
