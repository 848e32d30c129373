// bhuctl export: the whole database as FHIR R4 NDJSON (supervisor or admin).
#include "Cli.h"

#include "bhu/services/ExportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bhuctl {

Command exportCommand()
{
    return Command{
        QStringLiteral("export"),
        QCoreApplication::translate("bhuctl", "Export every patient and current clinical record as FHIR R4 NDJSON."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("fhir"),
                         QCoreApplication::translate("bhuctl", "Output file (NDJSON, one resource per line). Written next to itself, "
                                                               "then renamed: the file is complete or untouched."),
                         QStringLiteral("FILE.ndjson")});
            p.addOption({QStringLiteral("urn-uuid"), QCoreApplication::translate("bhuctl", "Refer to resources as urn:uuid:… instead of Type/id.")});
        },
        [](QCommandLineParser& p) {
            const QString out = p.value(QStringLiteral("fhir"));
            if (out.isEmpty()) return failUsage(QCoreApplication::translate("bhuctl", "--fhir FILE.ndjson is required."));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("export"), &rc);
            if (!session) return rc;
            bhu::fhir::FhirConfig cfg;
            if (p.isSet(QStringLiteral("urn-uuid"))) cfg.references = bhu::fhir::ReferenceStyle::UrnUuid;
            QElapsedTimer timer;
            timer.start();
            auto sum = bhu::services::ExportService(*session).exportFhirNdjson(out, cfg);
            if (!sum.ok()) return fail(sum.error());
            QJsonObject o = sum->toJson();
            o.insert(QStringLiteral("file"), out);
            o.insert(QStringLiteral("duration_ms"), timer.elapsed());
            printJson(o);
            return int(Ok);
        },
    };
}

} // namespace bhuctl
