// Store: opening a database made by an older version. Before the first migration runs, the
// database is backed up beside itself through the online backup (db/Backup.cpp); if a migration
// then fails, the backup is copied back over the database, so it is exactly as the older version
// left it, and the message says which step failed, that nothing was lost and what to do.
#include "bhu/db/SchemaUpgrade.h"

#include "bhu/db/Migrations.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::SchemaUpgrade", s); }

// Replaces dbPath by a copy of backupFile (its sidecars removed); the backup stays.
Status putBack(const QString& backupFile, const QString& dbPath)
{
    const QString staged = dbPath + QStringLiteral(".putting-back");
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return Error::make(ErrorCode::Failed, tr("%1 could not be copied to %2.").arg(backupFile, staged));
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) QFile::remove(dbPath + QString::fromLatin1(suffix));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(dbPath).constData()) != 0)
        return Error::make(ErrorCode::Failed, tr("%1 could not be moved to %2.").arg(staged, dbPath));
    return {};
}
} // namespace

QString upgradeBackupPath(const QString& dbPath, int fromVersion)
{
    // A name not taken yet: a second start in the same second (after a failed update put the
    // database back) must not be refused because the first attempt's copy is kept.
    const QString stem = dbPath + QStringLiteral(".schema%1-%2")
                                      .arg(fromVersion)
                                      .arg(Clock::system().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = stem + QStringLiteral(".bhubak");
    for (int n = 2; QFileInfo::exists(path); ++n) path = stem + QStringLiteral("-%1.bhubak").arg(n);
    return path;
}

Status upgradeSchema(Store& store, const std::function<void()>& closeConnection)
{
    Connection& c = store.conn();
    auto from = schemaVersion(c);
    if (!from.ok()) return from.error();
    // Current or newer (migrate refuses newer ones untouched): nothing to back up. A copy being
    // restored (Store::restore's <db>.restoring) is itself a copy of a backup.
    if (from.value() >= latestSchemaVersion() || store.path().endsWith(QStringLiteral(".restoring"))) return migrate(c);

    const QString dbPath = store.path();
    const QString backup = upgradeBackupPath(dbPath, from.value());
    if (Status b = store.backupTo(backup); !b.ok())
        return Error::make(ErrorCode::Failed,
                           tr("This database is from an older version of BHU Clinic and must be updated, but the backup "
                              "taken before updating could not be written (%1). Nothing was changed. Free some space "
                              "in %2 and start the program again.")
                               .arg(b.error().message, QFileInfo(dbPath).absolutePath()),
                           b.error().detail);
    const Status migrated = migrate(c);
    if (migrated.ok()) return {};

    closeConnection();   // closed before the file is replaced
    if (Status put = putBack(backup, dbPath); !put.ok())
        return Error::make(ErrorCode::Failed,
                           tr("%1 The database could not be put back automatically (%2). Do not use it: close the "
                              "program, copy %3 over %4 (the backup taken just before the update; its key file "
                              "%3.keys is the same as the database's) and ask the district IT officer for help.")
                               .arg(migrated.error().message, put.error().message, backup, dbPath),
                           migrated.error().detail);
    return Error::make(ErrorCode::Failed,
                       tr("%1 The database was put back exactly as it was before the update, so nothing was lost; "
                          "a copy is also kept at %2. Go on with the previous version of BHU Clinic and give this "
                          "message to the district IT officer.")
                           .arg(migrated.error().message, backup),
                       migrated.error().detail);
}

} // namespace bhu::db
