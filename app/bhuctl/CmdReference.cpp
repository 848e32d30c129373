// bhuctl reference: the facility's own medicines list (what its store stocks).
//   bhuctl reference export --db PATH --medicines FILE.csv    the list in use, to edit
//   bhuctl reference import --db PATH --medicines FILE.csv    checked whole; admins only
//   bhuctl reference reset  --db PATH --medicines             back to the national or shipped list
//   bhuctl reference status --db PATH                         where each list in use comes from
#include "Cli.h"

#include "bhu/services/ReferenceService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

int runExport(bhu::services::ReferenceService& ref, const QString& file)
{
    auto csv = ref.medicinesCsv();
    if (!csv.ok()) return fail(csv.error());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv->size() || !out.commit())
        return fail(bhu::Error::make(bhu::ErrorCode::Failed, tr("Cannot write %1: %2").arg(file, out.errorString())));
    printJson(QJsonObject{{QStringLiteral("exported"), file},
                          {QStringLiteral("facility_list"), ref.facilityMedicinesInUse()}});
    return Ok;
}

int runImport(bhu::services::ReferenceService& ref, const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(bhu::Error::make(bhu::ErrorCode::NotFound, tr("Cannot read %1: %2").arg(file, in.errorString())));
    auto rows = ref.importMedicines(in.readAll());
    if (!rows.ok()) return fail(rows.error());
    printJson(QJsonObject{{QStringLiteral("medicines"), rows.value()}});
    return Ok;
}
int runStatus(bhu::services::ReferenceService& ref)
{
    auto lists = ref.listsInUse();
    if (!lists.ok()) return fail(lists.error());
    QJsonArray out;
    for (const bhu::services::ReferenceListInUse& u : lists.value()) {
        using Source = bhu::services::ReferenceListInUse::Source;
        QJsonObject o{{QStringLiteral("list"), u.list},
                      {QStringLiteral("source"), u.source == Source::Facility   ? QStringLiteral("facility")
                                                 : u.source == Source::National ? QStringLiteral("national")
                                                                                : QStringLiteral("shipped")}};
        if (u.source == Source::National || u.version > 0) {
            o.insert(QStringLiteral("national_version"), u.version);
            o.insert(QStringLiteral("published_at"), u.publishedAt);
            o.insert(QStringLiteral("rows"), u.rows);
        }
        out.append(o);
    }
    printJson(QJsonObject{{QStringLiteral("lists"), out}});
    return Ok;
}
} // namespace

Command referenceCommand()
{
    return Command{
        QStringLiteral("reference"),
        QCoreApplication::translate("bhuctl", "The reference lists: reference status, and the facility's medicines list: reference export | import | reset --medicines."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("bhuctl", "status, export, import or reset"));
            p.addOption({QStringLiteral("medicines"),
                         QCoreApplication::translate("bhuctl", "export/import: the medicines CSV (columns as reference/medicines.csv)."),
                         QStringLiteral("FILE")});
        },
        [](QCommandLineParser& p) -> int {
            const QStringList args = p.positionalArguments();
            const QString action = args.value(0);
            const QString file = p.value(QStringLiteral("medicines"));
            const bool needsFile = action == u"export" || action == u"import";
            if (args.size() != 1 || (!needsFile && action != u"reset" && action != u"status") || (needsFile && file.isEmpty()))
                return failUsage(tr("usage: bhuctl reference export|import --db PATH --medicines FILE, or reference reset|status --db PATH"));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("reference ") + action, &rc);
            if (!session) return rc;
            bhu::services::ReferenceService ref(*session);
            if (action == u"export") return runExport(ref, file);
            if (action == u"import") return runImport(ref, file);
            if (action == u"status") return runStatus(ref);
            if (const bhu::Status st = ref.resetMedicines(); !st.ok()) return fail(st.error());
            printJson(QJsonObject{{QStringLiteral("medicines"), ref.facilityMedicinesInUse() ? QStringLiteral("facility list") : QStringLiteral("shipped or national list")}});
            return Ok;
        },
    };
}

} // namespace bhuctl
