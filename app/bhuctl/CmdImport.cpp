// bhuctl import patients: a legacy register (Excel saved as CSV UTF-8) → patients. docs/import.md.
//   bhuctl import patients --db PATH --csv FILE [--mapping FILE.json] [--errors OUT.csv]
// Prints a JSON summary {rows, imported, skipped_existing, rejected, possible_duplicates, …}.
// Rejected rows and possible duplicates go to the --errors CSV (original columns + row, error),
// else to stderr as "row N: …".
#include "Cli.h"

#include "bhu/services/ImportService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

bhu::Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return bhu::Error::make(bhu::ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}
} // namespace

Command importCommand()
{
    return Command{
        QStringLiteral("import"),
        QCoreApplication::translate("bhuctl", "Import a legacy register: import patients --csv FILE."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("what"), QCoreApplication::translate("bhuctl", "patients"));
            p.addOption({QStringLiteral("csv"), QCoreApplication::translate("bhuctl", "The register as CSV (UTF-8; Excel: CSV UTF-8)."),
                         QStringLiteral("FILE")});
            p.addOption({QStringLiteral("mapping"),
                         QCoreApplication::translate("bhuctl", "JSON file mapping our fields to the CSV's column names."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("errors"),
                         QCoreApplication::translate("bhuctl", "Write rejected rows and possible duplicates to this CSV."),
                         QStringLiteral("OUT.csv")});
        },
        [](QCommandLineParser& p) {
            if (p.positionalArguments() != QStringList{QStringLiteral("patients")} || !p.isSet(QStringLiteral("csv")))
                return failUsage(tr("usage: bhuctl import patients --db PATH --csv FILE [--mapping FILE] [--errors OUT.csv]"));
            auto csv = readFile(p.value(QStringLiteral("csv")));
            if (!csv.ok()) return fail(csv.error());
            bhu::services::ImportMapping mapping;
            if (p.isSet(QStringLiteral("mapping"))) {
                auto json = readFile(p.value(QStringLiteral("mapping")));
                if (!json.ok()) return fail(json.error());
                auto m = bhu::services::ImportMapping::fromJson(json.value());
                if (!m.ok()) return fail(m.error());
                mapping = m.value();
            }
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("import patients"), &rc);
            if (!session) return rc;

            auto r = bhu::services::ImportService(*session).importPatients(csv.value(), mapping);
            if (!r.ok()) return fail(r.error());
            QJsonObject out = r->toJson();
            out.insert(QStringLiteral("columns"), QJsonArray::fromStringList(r->columnsUsed));
            if (p.isSet(QStringLiteral("errors"))) {
                const QString path = p.value(QStringLiteral("errors"));
                QSaveFile f(path);
                if (!f.open(QIODevice::WriteOnly) || f.write(r->errorCsv()) < 0 || !f.commit())
                    return fail(bhu::Error::make(bhu::ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, f.errorString())));
                out.insert(QStringLiteral("errors_file"), QFileInfo(path).absoluteFilePath());
            } else {
                QTextStream err(stderr);
                for (const auto& i : r->issues) err << tr("row %1: %2").arg(i.row).arg(i.message) << Qt::endl;
            }
            printJson(out);
            return int(Ok);
        },
    };
}

} // namespace bhuctl
