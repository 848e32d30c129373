// bhuctl recover --db PATH [--admin USER]: when no administrator can sign in, the recovery key
// (BHU_RECOVERY_KEY, else asked) sets a new password (BHU_NEW_PASSWORD, else asked twice) for an
// administrator account.
#include "Cli.h"

#include "bhu/services/UserService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bhuctl {

Command recoverCommand()
{
    return Command{
        QStringLiteral("recover"),
        QCoreApplication::translate("bhuctl", "Use the recovery key to set a new administrator password."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("db"), QCoreApplication::translate("bhuctl", "Path of the clinic database."), QStringLiteral("PATH")});
            p.addOption({QStringLiteral("admin"), QCoreApplication::translate("bhuctl", "Administrator account (default: the first one)."),
                         QStringLiteral("USER")});
        },
        [](QCommandLineParser& p) -> int {
            if (dbPath(p).isEmpty()) return failUsage(QCoreApplication::translate("bhuctl", "usage: bhuctl recover --db PATH [--admin USER]"));
            const QString admin = p.isSet(QStringLiteral("admin")) ? p.value(QStringLiteral("admin")) : defaultUser(dbPath(p));
            const QString key = readSecret("BHU_RECOVERY_KEY", QCoreApplication::translate("bhuctl", "Recovery key: "));
            const QString pw = readNewPassword(admin);
            if (pw.isNull()) return failUsage(QCoreApplication::translate("bhuctl", "The two passwords differ. Nothing was changed."));
            auto s = bhu::services::UserService::recoverAdmin(dbPath(p), key, admin, pw, QStringLiteral("bhuctl recover"));
            if (!s.ok()) return fail(s.error());
            printJson(QJsonObject{{QStringLiteral("user"), bhu::db::KeySlotFile::normalizeUser(admin)}, {QStringLiteral("recovered"), true}});
            return Ok;
        },
    };
}

} // namespace bhuctl
