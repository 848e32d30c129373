// bhuctl seed: realistic synthetic patients for training, tests and benchmarks.
#include "Cli.h"

#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bhuctl {

Command seedCommand()
{
    return Command{
        QStringLiteral("seed"),
        QCoreApplication::translate("bhuctl", "Add synthetic patients and closed visits (deterministic for a seed)."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("patients"), QCoreApplication::translate("bhuctl", "Number of patients."), QStringLiteral("N")});
            p.addOption({QStringLiteral("visits-per-patient"),
                         QCoreApplication::translate("bhuctl", "Closed visits per patient over the last 12 months (default 0)."),
                         QStringLiteral("K"), QStringLiteral("0")});
            p.addOption({QStringLiteral("seed"), QCoreApplication::translate("bhuctl", "Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
            p.addOption({QStringLiteral("today"), QCoreApplication::translate("bhuctl", "Reference date for ages (default: today)."),
                         QStringLiteral("YYYY-MM-DD")});
        },
        [](QCommandLineParser& p) {
            bool ok = false;
            const int n = p.value(QStringLiteral("patients")).toInt(&ok);
            if (!ok || n < 0) return failUsage(QCoreApplication::translate("bhuctl", "--patients N must be a whole number ≥ 0."));
            const int k = p.value(QStringLiteral("visits-per-patient")).toInt(&ok);
            if (!ok || k < 0 || k > 1000)
                return failUsage(QCoreApplication::translate("bhuctl", "--visits-per-patient K must be a whole number from 0 to 1000."));
            const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok) return failUsage(QCoreApplication::translate("bhuctl", "--seed S must be a whole number."));
            QDate today = QDate::currentDate();
            if (p.isSet(QStringLiteral("today"))) today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
            if (!today.isValid()) return failUsage(QCoreApplication::translate("bhuctl", "--today must be a date like 2026-01-31."));

            int rc = Ok;
            auto session = openSession(p, QStringLiteral("seed"), &rc);
            if (!session) return rc;
            if (auto s = session->require(bhu::services::Permission::SeedDemoData); !s.ok()) return fail(s.error());

            QElapsedTimer timer;
            timer.start();
            bhu::synth::PatientGenerator gen(seed, today, session->facility().code);
            bhu::synth::VisitGenerator visitGen(seed, today, session->facility().code, session->user().username);
            bhu::services::PatientService patients(*session);
            bhu::services::SeedService seeder(*session);
            qint64 visitsAdded = 0;
            // Seeded patients get synthetic national MR numbers, never provisional ones.
            if (auto s = patients.reserveSyntheticMrNumbers(n); !s.ok()) return fail(s.error());
            constexpr int kBatch = 2000;   // one transaction per batch: fast, and all-or-nothing per batch
            for (int done = 0; done < n;) {
                const int take = std::min(kBatch, n - done);
                QList<bhu::Patient> batch = gen.next(take);
                if (auto s = patients.registerMany(batch); !s.ok()) return fail(s.error());
                if (k > 0) {
                    // Visits of this batch of patients (ids now known): one transaction per batch.
                    QList<bhu::VisitRecord> visits;
                    visits.reserve(static_cast<qsizetype>(batch.size()) * k);
                    for (const bhu::Patient& pt : batch) visits.append(visitGen.forPatient(pt, k));
                    if (auto s = seeder.addClosedVisits(visits); !s.ok()) return fail(s.error());
                    visitsAdded += visits.size();
                }
                done += take;
            }
            auto total = patients.count();
            auto visitTotal = seeder.visitCount();
            printJson(QJsonObject{{QStringLiteral("added"), n},
                                  {QStringLiteral("patients"), total.ok() ? total.value() : -1},
                                  {QStringLiteral("visits_added"), visitsAdded},
                                  {QStringLiteral("visits"), visitTotal.ok() ? visitTotal.value() : -1},
                                  {QStringLiteral("seed"), QString::number(seed)},
                                  {QStringLiteral("duration_ms"), timer.elapsed()}});
            return int(Ok);
        },
    };
}

} // namespace bhuctl
