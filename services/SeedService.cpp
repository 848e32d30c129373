#include "bhu/services/SeedService.h"

#include "bhu/db/VisitRepository.h"
#include "bhu/domain/VitalsCheck.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

namespace bhu::services {

Result<SeedResult> SeedService::addSynthetic(int patients, int visitsPerPatient, quint64 seed, const QDate& today)
{
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    synth::PatientGenerator gen(seed, today, m_s.facility().code);
    synth::VisitGenerator visitGen(seed, today, m_s.facility().code, m_s.user().username);
    PatientService registry(m_s);
    SeedResult out;
    // Seeded patients get synthetic national MR numbers, never provisional ones.
    BHU_TRY(registry.reserveSyntheticMrNumbers(patients));
    constexpr int kBatch = 2000;   // one transaction per batch: fast, and all-or-nothing per batch
    for (int done = 0; done < patients;) {
        const int take = std::min(kBatch, patients - done);
        QList<Patient> batch = gen.next(take);
        BHU_TRY(registry.registerMany(batch));
        out.patientsAdded += take;
        if (visitsPerPatient > 0) {
            QList<VisitRecord> visits;
            visits.reserve(static_cast<qsizetype>(batch.size()) * visitsPerPatient);
            for (const Patient& pt : batch) visits.append(visitGen.forPatient(pt, visitsPerPatient));
            BHU_TRY(addClosedVisits(visits));
            out.visitsAdded += visits.size();
        }
        done += take;
    }
    return out;
}

Status SeedService::addClosedVisits(QList<VisitRecord>& records)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    for (const VisitRecord& r : records)
        if (r.vitals) BHU_TRY(validateVitals(*r.vitals));
    return db::VisitRepository(m_s.store().conn()).createClosedMany(records, m_s.actor());
}

Result<qint64> SeedService::visitCount()
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::SeedDemoData));
    return db::VisitRepository(m_s.store().conn()).count();
}

} // namespace bhu::services
