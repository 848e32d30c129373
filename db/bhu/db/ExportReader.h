#pragma once
// Read-only iteration over the whole database for exports: patients in storage order, a batch
// at a time (so an export never holds the whole database in memory), each patient's current
// visit versions with their facts, and counts to check an export against.
#include "bhu/db/Connection.h"
#include "bhu/domain/VisitRecord.h"

namespace bhu::db {

struct ExportCounts {
    qint64 patients = 0;        // not deleted
    qint64 visits = 0;          // every version (a correction and the version it amends)
    qint64 vitals = 0;          // facts of every visit version, by kind
    qint64 diagnoses = 0;
    qint64 prescriptions = 0;
    qint64 referrals = 0;
};

class ExportReader {
public:
    explicit ExportReader(Connection& c) : m_c(c) {}
    // Up to `limit` patients stored after `cursor` (start with 0); advances the cursor.
    // An empty list means the end.
    Result<QList<Patient>> nextPatients(qint64& cursor, int limit);
    // The patient's visits with their facts, oldest first: the current versions and, for a
    // correction, every version it amends (so the `amends` references resolve).
    Result<QList<VisitRecord>> currentVisits(const QString& patientId);
    Result<ExportCounts> counts();

private:
    Connection& m_c;
};

} // namespace bhu::db
