#pragma once
// Demonstration data (Permission::SeedDemoData, admin only): stores synthetic closed visits
// made by bhu::synth::VisitGenerator (`bhuctl seed --visits-per-patient`, tests, benchmarks).
// Patients are seeded with PatientService::registerMany.
#include "bhu/domain/VisitRecord.h"
#include "bhu/services/Session.h"

namespace bhu::services {

class SeedService {
public:
    explicit SeedService(Session& s) : m_s(s) {}
    // Stores closed, signed visits with their facts, outbox and audit entries in one
    // transaction (all or nothing). Impossible vitals are refused (Invalid), as in VisitService.
    Status addClosedVisits(QList<VisitRecord>& records);
    // Current visit versions in the database.
    Result<qint64> visitCount();

private:
    Session& m_s;
};

} // namespace bhu::services
