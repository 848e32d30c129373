// bhuctl init: create the encrypted database, its key slots, the facility and the admin.
#include "Cli.h"

#include "bhu/db/Store.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/PasswordPolicy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace bhuctl {

Command initCommand()
{
    return Command{
        QStringLiteral("init"),
        QCoreApplication::translate("bhuctl", "Create a new encrypted clinic database."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("facility"), QCoreApplication::translate("bhuctl", "Facility code."), QStringLiteral("CODE")});
            p.addOption({QStringLiteral("facility-name"), QCoreApplication::translate("bhuctl", "Facility name."), QStringLiteral("NAME")});
            p.addOption({QStringLiteral("admin"), QCoreApplication::translate("bhuctl", "Administrator user name."), QStringLiteral("USER")});
            p.addOption({QStringLiteral("facility-number"),
                         QCoreApplication::translate("bhuctl", "Facility number for provisional MR numbers, 1-99999 (default: the digits of the code)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("admin-name"), QCoreApplication::translate("bhuctl", "Administrator's full name."), QStringLiteral("NAME")});
            p.addOption({QStringLiteral("demo"), QCoreApplication::translate("bhuctl", "A demonstration facility for training: marked "
                                                                                       "DEMO on every screen, never synchronised, never reported.")});
        },
        [](QCommandLineParser& p) {
            const QString db = dbPath(p);
            const QString admin = p.value(QStringLiteral("admin"));
            if (db.isEmpty() || !p.isSet(QStringLiteral("facility")) || !p.isSet(QStringLiteral("facility-name")) || admin.isEmpty())
                return failUsage(QCoreApplication::translate("bhuctl", "usage: bhuctl init --db PATH --facility CODE --facility-name NAME --admin USER"));
            int number = 0;
            if (p.isSet(QStringLiteral("facility-number"))) {
                bool ok = false;
                number = p.value(QStringLiteral("facility-number")).toInt(&ok);
                if (!ok || number < 1 || number > 99999)
                    return failUsage(QCoreApplication::translate("bhuctl", "--facility-number must be a whole number from 1 to 99999."));
            }
            QString pw = readPassword(QCoreApplication::translate("bhuctl", "New password for %1: ").arg(admin));
            if (!qEnvironmentVariableIsSet("BHU_PASSWORD")) {
                const QString again = readPassword(QCoreApplication::translate("bhuctl", "Repeat the password: "));
                if (again != pw) return failUsage(QCoreApplication::translate("bhuctl", "The two passwords differ. Nothing was created."));
            }
            // The same password rule as the first-run wizard and the Users panel.
            if (auto strong = bhu::services::checkPasswordStrength(pw, admin); !strong.ok()) return fail(strong.error());
            auto created = bhu::db::Store::create(bhu::db::CreateOptions{db, p.value(QStringLiteral("facility")),
                                                                         p.value(QStringLiteral("facility-name")), admin, pw,
                                                                         p.value(QStringLiteral("admin-name")), number});
            if (!created.ok()) return fail(created.error());
            if (p.isSet(QStringLiteral("demo"))) {   // marked before anyone works in it; `bhuctl seed` fills it
                auto session = bhu::services::Session::unlock(db, admin, pw, QStringLiteral("bhuctl init"));
                if (!session.ok()) return fail(session.error());
                if (auto marked = bhu::services::setUpDemoFacility(*session.value(), 0, 0, QDate::currentDate()); !marked.ok())
                    return fail(marked.error());
            }
            printJson(QJsonObject{{QStringLiteral("database"), QFileInfo(db).absoluteFilePath()},
                                  {QStringLiteral("key_file"), QFileInfo(bhu::db::KeySlotFile::pathFor(db)).absoluteFilePath()},
                                  {QStringLiteral("database_id"), created->databaseId},
                                  {QStringLiteral("admin"), bhu::db::KeySlotFile::normalizeUser(admin)}});
            QTextStream(stderr) << QCoreApplication::translate(
                                       "bhuctl",
                                       "Recovery key (print it and keep it in the facility safe; it is shown only once):\n  %1\n")
                                       .arg(created->recoveryKey);
            return int(Ok);
        },
    };
}

} // namespace bhuctl
