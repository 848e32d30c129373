// bhuctl rekey --db PATH [--user ADMIN]: re-encrypt the database with a new random key. The
// new recovery key is printed first (stderr), before anything changes; other users' passwords
// must then be reset (listed in the JSON output).
#include "Cli.h"

#include "bhu/services/KeyService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace bhuctl {

Command rekeyCommand()
{
    return Command{
        QStringLiteral("rekey"),
        QCoreApplication::translate("bhuctl", "Re-encrypt the database with a new key (prints a new recovery key)."),
        [](QCommandLineParser& p) { addDbOptions(p); },
        [](QCommandLineParser& p) -> int {
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("rekey"), &rc);
            if (!session) return rc;
            const QString recovery = bhu::db::Store::generateRecoveryKey();
            QTextStream err(stderr);
            err << QCoreApplication::translate("bhuctl",
                                               "New recovery key (print it and keep it in the facility safe; the old one stops working):\n  %1\n")
                       .arg(recovery)
                << Qt::flush;
            auto dropped = bhu::services::KeyService(*session).rotate(
                readPassword(QCoreApplication::translate("bhuctl", "Password again, for the new key: ")), recovery, [&err](qint64 done, qint64 total) {
                    err << QCoreApplication::translate("bhuctl", "key rotation: step %1 of %2").arg(done).arg(total) << '\n' << Qt::flush;
                });
            if (!dropped.ok()) return fail(dropped.error());
            printJson(QJsonObject{{QStringLiteral("rekeyed"), true},
                                  {QStringLiteral("reset_passwords_of"), QJsonArray::fromStringList(dropped.value())}});
            return Ok;
        },
    };
}

} // namespace bhuctl
