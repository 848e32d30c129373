// Opening a patient's history: VisitService::history() (current visit versions with all their
// facts, newest first, plus the audited-view entry) for a patient with 200 closed visits, in a
// database that also holds other patients' visits. The data path only: no widgets (the history
// view in ui/visits/ is measured separately, if at all).
// Run: build/bin/bhu-bench-history --benchmark_counters_tabular=true
#include "bhu/db/VisitRepository.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"
#include "bhu/services/VisitService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

namespace {
const QString kPassword = QStringLiteral("bench-password-1");
const QDate kToday(2026, 11, 25);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<bhu::services::Session> session;
    QString patientId;
};

// `others` patients with 4 visits each, then one patient with `visits` visits.
std::unique_ptr<Fixture> makeFixture(int others, int visits)
{
    auto f = std::make_unique<Fixture>();
    const QString path = f->dir.filePath(QStringLiteral("bench.db"));
    auto c = bhu::db::Store::create({path, QStringLiteral("BENCH"), QStringLiteral("Bench"), QStringLiteral("admin"), kPassword, {}});
    if (!c.ok()) qFatal("create failed");
    auto s = bhu::services::Session::unlock(path, QStringLiteral("admin"), kPassword, QStringLiteral("bench"));
    if (!s.ok()) qFatal("unlock failed");
    f->session = std::move(s.value());
    bhu::services::PatientService patients(*f->session);
    bhu::services::SeedService seeder(*f->session);
    if (!patients.reserveSyntheticMrNumbers(others + 1).ok()) qFatal("mr failed");
    bhu::synth::PatientGenerator pg(1, kToday, QStringLiteral("BENCH"));
    bhu::synth::VisitGenerator vg(1, kToday, QStringLiteral("BENCH"), QStringLiteral("admin"));
    for (int done = 0; done < others;) {
        QList<bhu::Patient> batch = pg.next(std::min(2000, others - done));
        if (!patients.registerMany(batch).ok()) qFatal("patients failed");
        QList<bhu::VisitRecord> vs;
        for (const bhu::Patient& p : batch) vs.append(vg.forPatient(p, 4));
        if (!seeder.addClosedVisits(vs).ok()) qFatal("visits failed");
        done += static_cast<int>(batch.size());
    }
    QList<bhu::Patient> one = pg.next(1);
    one.first().birthDate = QDate(1970, 3, 1);   // an adult seen over the whole year
    if (!patients.registerMany(one).ok()) qFatal("patient failed");
    QList<bhu::VisitRecord> vs = vg.forPatient(one.first(), visits);
    if (!seeder.addClosedVisits(vs).ok()) qFatal("visits failed");
    f->patientId = one.first().id;
    return f;
}

void report(benchmark::State& state, std::vector<double>& ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

// VisitService::history(): role check, repository read, audit entry (one small write transaction).
void BM_History(benchmark::State& state)
{
    auto f = makeFixture(static_cast<int>(state.range(1)), static_cast<int>(state.range(0)));
    bhu::services::VisitService svc(*f->session);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto h = svc.history(f->patientId);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!h.ok() || h->size() != state.range(0)) state.SkipWithError("history failed");
    }
    report(state, ms);
}
BENCHMARK(BM_History)->Args({200, 2000})->Unit(benchmark::kMillisecond)->Iterations(100);

// The read alone (VisitRepository::forPatient), without the audit write.
void BM_HistoryRead(benchmark::State& state)
{
    auto f = makeFixture(static_cast<int>(state.range(1)), static_cast<int>(state.range(0)));
    bhu::db::VisitRepository repo(f->session->store().conn());
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto h = repo.forPatient(f->patientId);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!h.ok() || h->size() != state.range(0)) state.SkipWithError("read failed");
    }
    report(state, ms);
}
BENCHMARK(BM_HistoryRead)->Args({200, 2000})->Unit(benchmark::kMillisecond)->Iterations(100);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
