// bhuctl report: the supervisors' reports for scheduled and scripted use (docs/reports.md).
//   bhuctl report monthly --db PATH --month YYYY-MM [--template FILE] [--mapping FILE]
//                         [--lang en|ur] [--pdf F] [--csv F] [--dhis2 F]
//   bhuctl report opd-register|referral-register|lhw-summary --db PATH
//                         (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) [--pdf F] [--csv F]
// Prints one JSON line: the files written and the time taken (query + computation, and each
// output), so the command doubles as the report benchmark (docs/performance.md).
#include "Cli.h"

#include "bhu/services/ReportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }
} // namespace

Command reportCommand()
{
    return Command{
        QStringLiteral("report"),
        tr("Monthly facility report, registers and LHW summary as PDF, CSV or DHIS2 JSON (supervisor)."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("kind"), tr("monthly, opd-register, referral-register or lhw-summary."));
            p.addOption({QStringLiteral("month"), tr("The month, e.g. 2026-10."), QStringLiteral("YYYY-MM")});
            p.addOption({QStringLiteral("from"), tr("First day of the period (instead of --month)."), QStringLiteral("YYYY-MM-DD")});
            p.addOption({QStringLiteral("to"), tr("Last day of the period."), QStringLiteral("YYYY-MM-DD")});
            p.addOption({QStringLiteral("template"), tr("Report template file (default: the built-in one)."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("mapping"), tr("DHIS2 mapping file (default: the template's built-in one)."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("lang"), tr("Language of the report: en (default) or ur."), QStringLiteral("LANG")});
            p.addOption({QStringLiteral("pdf"), tr("Write the report as PDF."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("csv"), tr("Write the report as CSV."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("dhis2"), tr("Write the monthly report as a DHIS2 dataValueSet (JSON)."), QStringLiteral("FILE")});
        },
        [](QCommandLineParser& p) {
            using namespace bhu::services;
            const QStringList pos = p.positionalArguments();
            auto kind = reportKindFromCode(pos.value(0));
            if (pos.size() != 1 || !kind) return failUsage(tr("say which report: monthly, opd-register, referral-register or lhw-summary."));
            ReportRequest req;
            if (p.isSet(QStringLiteral("month"))) {
                const QDate first = QDate::fromString(p.value(QStringLiteral("month")) + u"-01", Qt::ISODate);
                if (!first.isValid()) return failUsage(tr("--month must look like 2026-10."));
                req = ReportRequest::month(first.year(), first.month(), *kind);
            } else {
                req.kind = *kind;
                req.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
                req.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
                if (!req.from.isValid() || !req.to.isValid()) return failUsage(tr("give --month YYYY-MM, or --from and --to as YYYY-MM-DD."));
            }
            const QString lang = p.value(QStringLiteral("lang"));
            if (!lang.isEmpty() && lang != u"en" && lang != u"ur") return failUsage(tr("--lang must be en or ur."));
            req.language = lang.isEmpty() ? QStringLiteral("en") : lang;
            if (p.isSet(QStringLiteral("dhis2")) && *kind != ReportKind::Monthly) return failUsage(tr("--dhis2 is for the monthly report."));
            if (p.isSet(QStringLiteral("template"))) {
                auto t = bhu::ReportTemplate::load(p.value(QStringLiteral("template")));
                if (!t.ok()) return fail(t.error());   // the message names the section and row
                req.templ = t.value();
            }
            std::optional<bhu::Dhis2Mapping> mapping;
            if (p.isSet(QStringLiteral("mapping"))) {
                auto t = req.templ ? bhu::Result<bhu::ReportTemplate>(*req.templ) : bhu::ReportTemplate::builtIn();
                if (!t.ok()) return fail(t.error());
                auto m = bhu::Dhis2Mapping::load(p.value(QStringLiteral("mapping")), t.value());
                if (!m.ok()) return fail(m.error());
                mapping = m.value();
            } else if (req.templ && p.isSet(QStringLiteral("dhis2"))) {
                return failUsage(tr("a --template of your own needs its --mapping for --dhis2."));
            }

            int rc = Ok;
            auto session = openSession(p, QStringLiteral("report"), &rc);
            if (!session) return rc;
            ReportService svc(*session);
            QElapsedTimer timer;
            timer.start();
            auto table = svc.compute(req);
            if (!table.ok()) return fail(table.error());
            QJsonObject out{{QStringLiteral("report"), table->reportId},
                            {QStringLiteral("from"), req.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), req.to.toString(Qt::ISODate)},
                            {QStringLiteral("compute_ms"), timer.elapsed()}};
            auto step = [&](const char* option, auto&& write) -> int {
                const QString file = p.value(QLatin1String(option));
                if (file.isEmpty()) return Ok;
                QElapsedTimer t;
                t.start();
                bhu::Status s = write(file);
                if (!s.ok()) return fail(s.error());
                out.insert(QLatin1String(option), file);
                out.insert(QLatin1String(option) + u"_ms", t.elapsed());
                return Ok;
            };
            if (int r = step("pdf", [&](const QString& f) { return svc.savePdf(*table, f); }); r != Ok) return r;
            if (int r = step("csv", [&](const QString& f) { return svc.saveCsv(*table, f); }); r != Ok) return r;
            if (int r = step("dhis2", [&](const QString& f) { return svc.saveDhis2(*table, f, mapping); }); r != Ok) return r;
            out.insert(QStringLiteral("total_ms"), timer.elapsed());
            printJson(out);
            return int(Ok);
        },
    };
}

} // namespace bhuctl
