// Rendering a patient's history with 200 visits (timeline model + BP and weight charts),
// offscreen: setVisits() and one full paint. Target ≤ 100 ms (issue: clinical visits).
// Run: build/bin/bhu-bench-timeline --benchmark_counters_tabular=true
#include "bhu/db/Store.h"
#include "bhu/services/Session.h"
#include "patients/SessionAccess.h"
#include "visits/VisitTimeline.h"

#include <QApplication>
#include <QPixmap>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {
QList<bhu::VisitRecord> twoHundredVisits()
{
    QList<bhu::VisitRecord> visits;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 199; i >= 0; --i) {
        bhu::VisitRecord r;
        r.visit.id = QString::number(i);
        r.visit.status = bhu::VisitStatus::Closed;
        r.visit.closedAt = start.addDays(2 * i);
        r.visit.chiefComplaint = QStringLiteral("Follow-up %1").arg(i);
        r.vitals = bhu::VitalSigns{};
        r.vitals->systolic = 120 + i % 30;
        r.vitals->diastolic = 80 + i % 15;
        r.vitals->weightKg = 60 + (i % 10) * 0.5;
        bhu::Diagnosis d;
        d.icd10 = QStringLiteral("I10");
        d.display = QStringLiteral("Hypertension");
        r.diagnoses << d;
        bhu::Prescription p;
        p.medicineName = QStringLiteral("Amlodipine");
        p.strength = QStringLiteral("5 mg");
        r.prescriptions << p;
        visits << r;
    }
    return visits;
}

void BM_Timeline200Visits(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const QString pw = QStringLiteral("bench-password-1");
    if (!bhu::db::Store::create({path, QStringLiteral("BENCH"), QStringLiteral("Bench"), QStringLiteral("admin"), pw, {}}).ok())
        qFatal("create failed");
    auto session = bhu::services::Session::unlock(path, QStringLiteral("admin"), pw, QStringLiteral("bench"));
    if (!session.ok()) qFatal("unlock failed");
    auto access = std::make_shared<bhu::ui::SessionAccess>(std::shared_ptr<bhu::services::Session>(std::move(session.value())));
    const QList<bhu::VisitRecord> visits = twoHundredVisits();
    bhu::ui::VisitTimeline timeline(access);
    timeline.resize(1000, 600);
    timeline.show();
    for (auto _ : state) {
        timeline.setVisits(visits);
        QPixmap shot = timeline.grab();
        benchmark::DoNotOptimize(shot.isNull());
    }
}
BENCHMARK(BM_Timeline200Visits)->Unit(benchmark::kMillisecond)->Iterations(20);
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
