#pragma once
// Demonstration data (Permission::SeedDemoData, admin only): synthetic patients and closed visits
// made by bhu::synth (`bhuctl seed`, the first-run wizard's demo facility, tests, benchmarks).
// Patients are stored with PatientService::registerMany.
#include "bhu/domain/VisitRecord.h"
#include "bhu/services/Session.h"

namespace bhu::services {

struct SeedResult {
    qint64 patientsAdded = 0;
    qint64 visitsAdded = 0;
};

class SeedService {
public:
    explicit SeedService(Session& s) : m_s(s) {}
    // `patients` synthetic patients (synthetic national MR numbers), each with
    // `visitsPerPatient` closed visits over the 12 months before `today`; deterministic for a
    // seed. One transaction per batch of 2,000 patients.
    Result<SeedResult> addSynthetic(int patients, int visitsPerPatient, quint64 seed, const QDate& today);
    // Stores closed, signed visits with their facts, outbox and audit entries in one
    // transaction (all or nothing). Impossible vitals are refused (Invalid), as in VisitService.
    Status addClosedVisits(QList<VisitRecord>& records);
    // Current visit versions in the database.
    Result<qint64> visitCount();

private:
    Session& m_s;
};

} // namespace bhu::services
