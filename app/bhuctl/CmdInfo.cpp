// bhuctl info: versions, schema and counts as JSON.
#include "Cli.h"

#include "bhu/db/Store.h"

#include <QCoreApplication>

namespace bhuctl {

Command infoCommand()
{
    return Command{
        QStringLiteral("info"),
        QCoreApplication::translate("bhuctl", "Print versions, schema and counts as JSON."),
        [](QCommandLineParser& p) { addDbOptions(p); },
        [](QCommandLineParser& p) {
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("info"), &rc);
            if (!session) return rc;
            auto info = session->store().info();
            if (!info.ok()) return fail(info.error());
            printJson(info.value());
            return int(Ok);
        },
    };
}

} // namespace bhuctl
