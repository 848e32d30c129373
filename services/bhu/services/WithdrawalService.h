#pragma once
// Withdrawing a record entered in error (docs/sync-protocol.md, "Tombstones"; docs/security.md,
// permission "withdraw records entered in error"): a visit recorded under the wrong patient or
// twice, a patient registered by mistake (a test, a double registration never merged). Nothing
// is deleted: each record gets a tombstone (db::Tombstones), committed with its `delete` outbox
// entry and its audit entry, and from then on no list, history, queue, report or export counts
// it — here, and at every other facility once the tombstone has travelled through the registry.
// A reason of at least kMinReasonLength characters is required and kept with the tombstone.
#include "bhu/db/Tombstones.h"
#include "bhu/services/Session.h"

#include <optional>

namespace bhu::services {

class WithdrawalService {
public:
    static constexpr int kMinReasonLength = 10;

    explicit WithdrawalService(Session& s) : m_s(s) {}

    // Whether the user's role may withdraw (the screens enable their action with it).
    bool mayWithdraw() const { return allowed(m_s.role(), Permission::WithdrawRecords); }

    // The visit (open or signed), every version of its correction chain, and what the registry
    // holds of the signed versions: the Encounter, its Conditions, MedicationRequests,
    // ServiceRequests and one Observation per vital-sign measurement — all in one transaction.
    // The facts stay in the database and are read through their visit, so they stop counting
    // with it. Refused: reason too short (Invalid), role (Forbidden), a visit of another facility
    // (Forbidden), a visit already withdrawn (Conflict), no such visit (NotFound).
    Status withdrawVisit(const QString& visitId, const QString& reason);

    // A patient registered by mistake: out of searches, lists and counts (patients.deleted).
    // Refused as above, and (Conflict) while any of the patient's visits, immunisation doses,
    // pregnancies or MCH contacts is not withdrawn, or while the patient is a current member of
    // a household: withdraw those first, or ask the supervisor to merge the duplicate instead.
    Status withdrawPatient(const QString& patientId, const QString& reason);

    // The tombstone of a record, if it is withdrawn (for the visit and patient screens).
    Result<std::optional<db::Tombstone>> withdrawal(const QString& resourceType, const QString& resourceId);

private:
    Status checkReason(const QString& reason) const;
    Session& m_s;
};

} // namespace bhu::services
