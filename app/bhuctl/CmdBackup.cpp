// bhuctl backup --db PATH --to DIR [--keep N]: an online, encrypted backup (SQLite backup API,
// same key) with its key file, into DIR; keeps the newest N there (default: the setting, 7).
// bhuctl restore --from FILE --db PATH [--user USER | --recovery-key]: verifies the backup
// (opens it, integrity, encryption, audit chain) before replacing the database; the old one is
// kept as PATH.before-restore. bhu-clinic must not be running on PATH.
#include "Cli.h"

#include "bhu/services/BackupService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }
} // namespace

Command backupCommand()
{
    return Command{
        QStringLiteral("backup"),
        QCoreApplication::translate("bhuctl", "Back up the database, still encrypted, into a folder (--to DIR)."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("to"), QCoreApplication::translate("bhuctl", "Folder for the backup, e.g. a USB drive."), QStringLiteral("DIR")});
            p.addOption({QStringLiteral("keep"), QCoreApplication::translate("bhuctl", "Keep the newest N backups there."), QStringLiteral("N")});
        },
        [](QCommandLineParser& p) -> int {
            if (dbPath(p).isEmpty() || !p.isSet(QStringLiteral("to")))
                return failUsage(tr("usage: bhuctl backup --db PATH --to DIR [--keep N]"));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("backup"), &rc);
            if (!session) return rc;
            bhu::services::BackupService backups(*session);
            int keep = 7;
            if (auto s = backups.settings(); s.ok()) keep = s->keep;
            else return fail(s.error());
            if (p.isSet(QStringLiteral("keep"))) keep = qMax(1, p.value(QStringLiteral("keep")).toInt());
            auto r = backups.backupNow(p.value(QStringLiteral("to")), keep);
            if (!r.ok()) return fail(r.error());
            printJson(QJsonObject{{QStringLiteral("backup"), r->file},
                                  {QStringLiteral("key_file"), QString(r->file + QStringLiteral(".keys"))},
                                  {QStringLiteral("bytes"), r->bytes},
                                  {QStringLiteral("removed_old"), r->removedOld}});
            return Ok;
        },
    };
}

Command restoreCommand()
{
    return Command{
        QStringLiteral("restore"),
        QCoreApplication::translate("bhuctl", "Restore a backup (--from FILE) after verifying it."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("from"), QCoreApplication::translate("bhuctl", "The backup file (its .keys file beside it)."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("recovery-key"),
                         QCoreApplication::translate("bhuctl", "Open the backup with the recovery key ($BHU_RECOVERY_KEY, else asked) instead of a password.")});
        },
        [](QCommandLineParser& p) -> int {
            if (dbPath(p).isEmpty() || !p.isSet(QStringLiteral("from")))
                return failUsage(tr("usage: bhuctl restore --from FILE --db PATH [--user USER | --recovery-key]"));
            const QString from = p.value(QStringLiteral("from"));
            QString user, secret;
            if (p.isSet(QStringLiteral("recovery-key"))) {
                secret = readSecret("BHU_RECOVERY_KEY", tr("Recovery key of the backup: "));
            } else {
                user = p.isSet(QStringLiteral("user")) ? p.value(QStringLiteral("user")) : defaultUser(from);
                secret = readPassword(tr("Password for %1 in the backup: ").arg(user));
            }
            if (auto s = bhu::services::BackupService::restore(from, dbPath(p), user, secret); !s.ok()) return fail(s.error());
            printJson(QJsonObject{{QStringLiteral("restored"), from},
                                  {QStringLiteral("database"), dbPath(p)},
                                  {QStringLiteral("previous"), QString(dbPath(p) + QStringLiteral(".before-restore"))}});
            return Ok;
        },
    };
}

} // namespace bhuctl
