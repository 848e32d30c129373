// The monthly facility report (issue 8) over 50,000 patients with a year of visits (4 each,
// ~200,000 visits): ReportService::compute (role check, the month's visits read through
// db::ReportQueries, the built-in template evaluated, the audit entry), then the PDF laid out
// and written (QPdfWriter, Nastaliq for Urdu). Target: compute + PDF ≤ 2 s.
// Run: build/bin/bhu-bench-report --benchmark_counters_tabular=true
//   Seeds 50,000 patients × 4 visits first (BHU_BENCH_PATIENTS=N changes the size; several
//   minutes), or uses a database seeded beforehand: BHU_BENCH_DB=PATH BHU_PASSWORD=… (user admin).
//   Then 2 % of October's patients are merged into another of them (db::PatientLinks, as a
//   registry merge arrives), so the report resolves persons over real links (docs/reports.md).
#include "bhu/db/PatientLinks.h"
#include "bhu/db/ReportQueries.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/ReportDocument.h"
#include "bhu/services/ReportService.h"
#include "bhu/services/SeedService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

#include <QGuiApplication>
#include <QSet>
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
};

// Merges every 50th patient seen in October into the next one (no chains). Once only: a
// database that already holds such merges (BHU_BENCH_DB run before) is left as it is.
void mergeSome(bhu::services::Session& session)
{
    auto& conn = session.store().conn();
    auto visits = bhu::db::ReportQueries(conn).visits(QDate(2026, 10, 1), QDate(2026, 10, 31), session.facility().code,
                                                       bhu::db::ReportQueries::Detail::Counts);
    if (!visits.ok()) qFatal("visits failed");
    QStringList ids;
    QSet<QString> seen;
    for (const bhu::ReportVisit& v : visits.value())
        if (!seen.contains(v.patientId)) {
            seen.insert(v.patientId);
            ids << v.patientId;
        }
    bhu::db::PatientLinks links(conn);
    for (const QString& id : ids) {
        auto merged = links.mergedInto(id);
        if (!merged.ok()) qFatal("links failed");
        if (!merged->isEmpty()) return;
    }
    bhu::db::Transaction tx(conn);
    for (qsizetype i = 0; i + 1 < ids.size(); i += 50)
        if (!links.apply(ids[i], ids[i + 1], session.actor()).ok()) qFatal("link failed");
    if (!tx.commit().ok()) qFatal("commit failed");
}

Fixture& fixture()
{
    static std::unique_ptr<Fixture> shared = [] {
        auto f = std::make_unique<Fixture>();
        if (qEnvironmentVariableIsSet("BHU_BENCH_DB")) {
            // A database seeded beforehand (bhuctl seed), opened as its administrator.
            auto s = bhu::services::Session::unlock(qEnvironmentVariable("BHU_BENCH_DB"), QStringLiteral("admin"),
                                                    qEnvironmentVariable("BHU_PASSWORD", kPassword), QStringLiteral("bench"));
            if (!s.ok()) qFatal("unlock of BHU_BENCH_DB failed");
            f->session = std::move(s.value());
            mergeSome(*f->session);
            return f;
        }
        const int n = qEnvironmentVariableIsSet("BHU_BENCH_PATIENTS") ? qEnvironmentVariableIntValue("BHU_BENCH_PATIENTS") : 50000;
        const QString path = f->dir.filePath(QStringLiteral("bench.db"));
        auto c = bhu::db::Store::create({path, QStringLiteral("BENCH"), QStringLiteral("Bench BHU"), QStringLiteral("admin"), kPassword, {}});
        if (!c.ok()) qFatal("create failed");
        auto s = bhu::services::Session::unlock(path, QStringLiteral("admin"), kPassword, QStringLiteral("bench"));
        if (!s.ok()) qFatal("unlock failed");
        f->session = std::move(s.value());
        bhu::services::PatientService patients(*f->session);
        bhu::services::SeedService seeder(*f->session);
        if (!patients.reserveSyntheticMrNumbers(n).ok()) qFatal("mr failed");
        bhu::synth::PatientGenerator pg(1, kToday, QStringLiteral("BENCH"));
        bhu::synth::VisitGenerator vg(1, kToday, QStringLiteral("BENCH"), QStringLiteral("admin"));
        for (int done = 0; done < n;) {
            QList<bhu::Patient> batch = pg.next(std::min(2000, n - done));
            if (!patients.registerMany(batch).ok()) qFatal("patients failed");
            QList<bhu::VisitRecord> vs;
            for (const bhu::Patient& p : batch) vs.append(vg.forPatient(p, 4));
            if (!seeder.addClosedVisits(vs).ok()) qFatal("visits failed");
            done += static_cast<int>(batch.size());
        }
        mergeSome(*f->session);
        return f;
    }();
    return *shared;
}

void counters(benchmark::State& state, std::vector<double>& ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["max_ms"] = ms.back();
}

// compute(): query + template + audit.
void BM_MonthlyCompute(benchmark::State& state)
{
    bhu::services::ReportService svc(*fixture().session);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto t = svc.compute(bhu::services::ReportRequest::month(2026, 10));
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!t.ok()) state.SkipWithError("compute failed");
    }
    counters(state, ms);
}
BENCHMARK(BM_MonthlyCompute)->Unit(benchmark::kMillisecond)->Iterations(10);

// compute() and the PDF, English and Urdu: what "Save PDF" and `bhuctl report --pdf` do.
void BM_MonthlyPdf(benchmark::State& state)
{
    bhu::services::ReportService svc(*fixture().session);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto req = bhu::services::ReportRequest::month(2026, 10);
        req.language = state.range(0) ? QStringLiteral("ur") : QStringLiteral("en");
        auto t = svc.compute(req);
        if (!t.ok()) state.SkipWithError("compute failed");
        auto pdf = bhu::services::reportPdf(t.value());
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!pdf.ok() || pdf->size() < 1000) state.SkipWithError("pdf failed");
    }
    counters(state, ms);
}
BENCHMARK(BM_MonthlyPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(5);

// The daily OPD register (names, diagnoses, treatment) as PDF: one week (~4,000 visits).
void BM_OpdRegisterPdf(benchmark::State& state)
{
    bhu::services::ReportService svc(*fixture().session);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        bhu::services::ReportRequest req;
        req.kind = bhu::services::ReportKind::OpdRegister;
        req.from = QDate(2026, 10, 5);
        req.to = QDate(2026, 10, 11);
        auto t = svc.compute(req);
        if (!t.ok()) state.SkipWithError("compute failed");
        qsizetype rows = 0;
        for (const bhu::ReportSection& s : t->sections) rows += s.rows.size();
        state.counters["rows"] = double(rows);
        auto pdf = bhu::services::reportPdf(t.value());
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!pdf.ok()) state.SkipWithError("pdf failed");
    }
    counters(state, ms);
}
BENCHMARK(BM_OpdRegisterPdf)->Unit(benchmark::kMillisecond)->Iterations(1);
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);   // fonts for the PDF
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
