// Benchmarks of the encrypted store: one registration (patient + identifiers + version
// snapshot + outbox + audit, one fsync'd transaction) and unlocking (key derivation + open).
// Run: build/bin/bhu-bench-store --benchmark_counters_tabular=true
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Store.h"
#include "bhu/synth/PatientGenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>

namespace {
const QString kPassword = QStringLiteral("bench-password-1");

QString makeDb(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    auto c = bhu::db::Store::create({path, QStringLiteral("BENCH"), QStringLiteral("Bench"), QStringLiteral("admin"), kPassword, {}});
    if (!c.ok()) qFatal("create failed");
    return path;
}

void BM_RegisterPatient(benchmark::State& state)
{
    QTemporaryDir dir;
    auto store = bhu::db::Store::open(makeDb(dir), QStringLiteral("admin"), kPassword);
    bhu::db::PatientRepository repo(store.value()->conn());
    const auto actor = store.value()->actor(QStringLiteral("bench"));
    bhu::synth::PatientGenerator gen(1, QDate(2026, 11, 25), QStringLiteral("BENCH"));
    // Pre-fill so the indexes are not trivially small.
    QList<bhu::Patient> pre = gen.next(static_cast<int>(state.range(0)));
    if (!repo.createMany(pre, actor).ok()) qFatal("prefill failed");
    std::vector<double> ms;
    for (auto _ : state) {
        state.PauseTiming();
        bhu::Patient p = gen.next(1).first();
        state.ResumeTiming();
        const auto t0 = std::chrono::steady_clock::now();
        auto r = repo.create(p, actor);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!r.ok()) state.SkipWithError("create failed");
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}
BENCHMARK(BM_RegisterPatient)->Arg(0)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_Unlock(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = makeDb(dir);
    for (auto _ : state) {
        auto s = bhu::db::Store::open(path, QStringLiteral("admin"), kPassword);
        benchmark::DoNotOptimize(s.ok());
    }
}
BENCHMARK(BM_Unlock)->Unit(benchmark::kMillisecond)->Iterations(10);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
