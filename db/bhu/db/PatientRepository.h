#pragma once
// Patients and their identifiers. Every write commits with its demographic version snapshot,
// outbox entry and audit entry in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/Patient.h"

namespace bhu::db {

class PatientRepository {
public:
    explicit PatientRepository(Connection& c) : m_c(c) {}

    // Creates one patient (id generated when empty; version becomes 1). Issues an MR number
    // (national from the pool, else provisional) when the patient has none.
    Result<Patient> create(Patient p, const Actor& who);
    // Creates many in one transaction (seed, import). All or nothing.
    Status createMany(QList<Patient>& patients, const Actor& who);
    // Saves edited demographics. Fails with Conflict when p.version is not the stored version.
    Result<Patient> update(Patient p, const Actor& who);

    // Sync: stores a Patient received from the registry, inside the caller's transaction,
    // through the same row, identifier, version-snapshot and search-index writes as a local
    // edit, but without an outbox entry or an audit entry (the caller audits counts).
    // Identifiers are only ever added (a provisional MR stays as an alias of the national one);
    // local-only notes are kept. A deleted (tombstoned) patient stays deleted.
    // Returns false when nothing changed (a replay, or our own change coming back).
    Result<bool> storeReplica(Patient p);

    Result<Patient> get(const QString& id);
    // Any identifier (MR, provisional or retired MR, CNIC, B-form), digits only.
    Result<QList<QString>> findByIdentifier(const QString& value);
    Result<QList<PatientVersion>> versions(const QString& id);   // oldest first
    Result<qint64> count();

private:
    Status insertWithin(Patient& p, const Actor& who);   // inside an open transaction
    Status writeIdentifiers(const Patient& p);
    Status writeVersion(const Patient& p, const Actor& who);
    Status writeSearchIndex(qint64 rowid, const Patient& p, bool replace);
    Status updateRow(const Patient& p);   // demographics of an existing row, then its search index
    Connection& m_c;
};

} // namespace bhu::db
