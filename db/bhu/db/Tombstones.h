#pragma once
// Tombstones (docs/sync-protocol.md, "Tombstones"): a record withdrawn here — a visit or a
// diagnosis entered in error, a patient registered by mistake — or withdrawn at another facility
// and received from the registry. The record's row stays (append-only); the tombstone says it no
// longer counts. Withdrawing here commits the tombstone, a `delete` outbox entry and the audit
// entry in one transaction; the push sends it as a DELETE entry and the registry passes it to
// every facility that holds the patient. Tombstones win: nothing brings a withdrawn record back.
// A withdrawn Patient is also marked `patients.deleted` (out of searches and lists).
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QDateTime>

namespace bhu::db {

struct Tombstone {
    QString origin;        // "local" or "registry"
    QString reason;
    QString withdrawnBy;
    QDateTime withdrawnAt;
};

class Tombstones {
public:
    explicit Tombstones(Connection& c) : m_c(c) {}

    // Withdraws the record (FHIR type and id, as the outbox names it) with the reason. A record
    // already withdrawn: nothing changes. Callers check the user's permission (services/). The
    // audit entry names the patient when given (the reason stays in the tombstone, not the trail).
    Status withdraw(const QString& resourceType, const QString& resourceId, const QString& reason, const Actor& who,
                    const QString& patientId = {});
    // A tombstone received from the registry, inside the caller's transaction; true when new.
    Result<bool> receive(const QString& resourceType, const QString& resourceId);
    Result<bool> isWithdrawn(const QString& resourceType, const QString& resourceId);
    // The tombstone of a record: who withdrew it, when and why (empty reason and user when it
    // came from the registry). NotFound when the record is not withdrawn.
    Result<Tombstone> get(const QString& resourceType, const QString& resourceId);

    // What still counts for a patient (services/WithdrawalService refuses to withdraw a patient
    // while any remains): visits of any version or status, under the patient or a record
    // merged into it, that are not withdrawn ...
    Result<qint64> visitsNotWithdrawn(const QString& patientId);
    // ... and immunisation doses, pregnancies and MCH contacts not withdrawn, and a current
    // membership of a household (the family register).
    Result<qint64> communityRecordsNotWithdrawn(const QString& patientId);

private:
    Connection& m_c;
};

} // namespace bhu::db
