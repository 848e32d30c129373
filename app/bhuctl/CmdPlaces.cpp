// bhuctl places: geography reference data (provinces built in; a facility imports the rest).
//   bhuctl places import --db PATH --builtin
//   bhuctl places import --db PATH --csv FILE      (province,district,tehsil,union_council,village[,village_ur])
//   bhuctl places list --db PATH [--parent NAME|PATH] [--level LEVEL]
#include "Cli.h"

#include "bhu/services/PlaceService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

QJsonObject placeJson(const bhu::db::Place& p, const QString& parentName)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("level"), bhu::db::placeLevelCode(p.level)},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("name_ur"), p.nameUrdu.isEmpty() ? QJsonValue() : QJsonValue(p.nameUrdu)},
                  {QStringLiteral("parent_id"), p.parentId.isEmpty() ? QJsonValue() : QJsonValue(p.parentId)},
                  {QStringLiteral("source"), p.source}};
    if (!parentName.isEmpty()) o.insert(QStringLiteral("parent"), parentName);
    return o;
}

int runImport(QCommandLineParser& p, bhu::services::Session& session)
{
    bhu::services::PlaceService places(session);
    const bool builtin = p.isSet(QStringLiteral("builtin"));
    const QString csv = p.value(QStringLiteral("csv"));
    if (builtin == !csv.isEmpty()) return failUsage(tr("usage: bhuctl places import --db PATH (--builtin | --csv FILE)"));
    bhu::Result<bhu::services::PlaceImportSummary> r = bhu::Error{};
    if (builtin) {
        r = places.importBuiltin();
    } else {
        QFile f(csv);
        if (!f.open(QIODevice::ReadOnly))
            return fail(bhu::Error::make(bhu::ErrorCode::NotFound, tr("Cannot read %1: %2").arg(csv, f.errorString())));
        r = places.importCsv(f.readAll(), QFileInfo(csv).fileName());
    }
    if (!r.ok()) return fail(r.error());
    QTextStream err(stderr);
    for (const auto& i : r->issues) err << tr("row %1: %2").arg(i.row).arg(i.message) << Qt::endl;
    printJson(r->toJson());
    return Ok;
}

int runList(QCommandLineParser& p, bhu::services::Session& session)
{
    bhu::services::PlaceService places(session);
    std::optional<bhu::db::PlaceLevel> level;
    if (p.isSet(QStringLiteral("level"))) {
        level = bhu::db::placeLevelFromCode(p.value(QStringLiteral("level")));
        if (!level) return failUsage(tr("--level must be province, district, tehsil, union_council or village."));
    }
    if (!p.isSet(QStringLiteral("parent"))) {
        auto list = places.children({}, level);
        if (!list.ok()) return fail(list.error());
        for (const auto& pl : list.value()) printJson(placeJson(pl, {}));
        return Ok;
    }
    const QString parent = p.value(QStringLiteral("parent"));
    auto parents = places.resolve(parent);
    if (!parents.ok()) return fail(parents.error());
    if (parents->isEmpty())
        return fail(bhu::Error::make(bhu::ErrorCode::NotFound,
                                     tr("No place called \"%1\". Try bhuctl places list, or a path like Punjab/Faisalabad.").arg(parent)));
    for (const auto& par : parents.value()) {
        auto list = places.children(par.id, level);
        if (!list.ok()) return fail(list.error());
        for (const auto& pl : list.value()) printJson(placeJson(pl, par.name));
    }
    return Ok;
}
} // namespace

Command placesCommand()
{
    return Command{
        QStringLiteral("places"),
        QCoreApplication::translate("bhuctl", "Geography reference data: places import | places list."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("bhuctl", "import or list"));
            p.addOption({QStringLiteral("builtin"), QCoreApplication::translate("bhuctl", "import: the provinces and regions of Pakistan.")});
            p.addOption({QStringLiteral("csv"),
                         QCoreApplication::translate("bhuctl", "import: UTF-8 CSV with province,district,tehsil,union_council,village[,village_ur]."),
                         QStringLiteral("FILE")});
            p.addOption({QStringLiteral("parent"),
                         QCoreApplication::translate("bhuctl", "list: children of the place with this name or path (Punjab/Faisalabad); "
                                                               "default: the provinces."),
                         QStringLiteral("NAME")});
            p.addOption({QStringLiteral("level"), QCoreApplication::translate("bhuctl", "list: only places of this level."), QStringLiteral("LEVEL")});
        },
        [](QCommandLineParser& p) {
            const QStringList args = p.positionalArguments();
            const QString action = args.value(0);
            if (args.size() != 1 || (action != u"import" && action != u"list"))
                return failUsage(tr("usage: bhuctl places import|list --db PATH …  (bhuctl places --help)"));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("places ") + action, &rc);
            if (!session) return rc;
            return action == u"import" ? runImport(p, *session) : runList(p, *session);
        },
    };
}

} // namespace bhuctl
