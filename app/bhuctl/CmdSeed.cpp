// bhuctl seed: realistic synthetic patients for training, tests and benchmarks.
#include "Cli.h"

#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"

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
            bhu::services::PatientService patients(*session);
            bhu::services::SeedService seeder(*session);
            auto added = seeder.addSynthetic(n, k, seed, today);
            if (!added.ok()) return fail(added.error());
            const qint64 visitsAdded = added->visitsAdded;
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
