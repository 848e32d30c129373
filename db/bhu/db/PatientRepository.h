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
    Connection& m_c;
};

} // namespace bhu::db
