// Store: online backup and verified restore. The backup goes through the SQLite backup API on a
// connection of its own into a new database opened with the same key, so every page in the
// backup file is encrypted exactly like the original; the key file is copied beside it.
#include "bhu/db/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <sqlite3.h>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::Backup", s); }

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(path + QString::fromLatin1(suffix));
}

Status copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit())
        return Error::make(ErrorCode::Failed, tr("%1 could not be copied to %2. Check the space and permissions there.").arg(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status renameOver(const QString& from, const QString& to)
{
    // rename(2) replaces atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::make(ErrorCode::Failed, tr("%1 could not be moved to %2.").arg(from, to));
    return {};
}
} // namespace

Status Store::backupTo(const QString& file, const Progress& progress)
{
    if (QFileInfo::exists(file)) return Error::make(ErrorCode::Conflict, tr("%1 exists already; choose another name.").arg(file));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error::make(ErrorCode::Failed, tr("The folder %1 cannot be created.").arg(QFileInfo(file).absolutePath()));
    const QString partial = file + QStringLiteral(".partial");
    removeWithSidecars(partial);
    {
        auto source = Connection::open(path(), m_key, Connection::Mode::OpenExisting);
        if (!source.ok()) return source.error();
        auto target = Connection::open(partial, m_key, Connection::Mode::Create);
        if (!target.ok()) return target.error();
        BHU_TRY(target.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        sqlite3_backup* b = sqlite3_backup_init(target.value()->raw(), "main", source.value()->raw(), "main");
        if (!b) {
            Error e = target.value()->lastError(QStringLiteral("backup init"));
            target.value().reset();
            removeWithSidecars(partial);
            return e;
        }
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(b, 256);   // 1 MiB at a time; other connections work in between
            if (progress) progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b));
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            Error e = target.value()->lastError(QStringLiteral("backup step"));
            target.value().reset();
            removeWithSidecars(partial);
            return e;
        }
    }
    BHU_TRY(copyFile(KeySlotFile::pathFor(path()), KeySlotFile::pathFor(file)));
    BHU_TRY(renameOver(partial, file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status Store::restore(const QString& backupFile, const QString& dbPath, const QString& user, const QString& secret,
                      const std::function<Status(const Store&)>& accept)
{
    if (!QFileInfo::exists(backupFile)) return Error::make(ErrorCode::NotFound, tr("There is no backup at %1.").arg(backupFile));
    if (!QFileInfo::exists(KeySlotFile::pathFor(backupFile)))
        return Error::make(ErrorCode::NotFound, tr("The key file %1 of the backup is missing; it must be next to the backup.")
                                                    .arg(KeySlotFile::pathFor(backupFile)));
    // Work on a copy beside the target: the backup itself is never written to.
    const QString staged = dbPath + QStringLiteral(".restoring");
    removeWithSidecars(staged);
    BHU_TRY(copyFile(backupFile, staged));
    BHU_TRY(copyFile(KeySlotFile::pathFor(backupFile), KeySlotFile::pathFor(staged)));
    auto discard = [&](const Error& e) {
        removeWithSidecars(staged);
        QFile::remove(KeySlotFile::pathFor(staged));
        return e;
    };
    {
        auto opened = user.isEmpty() ? openWithRecoveryKey(staged, secret) : open(staged, user, secret);
        if (!opened.ok()) return discard(opened.error());
        if (accept)
            if (Status a = accept(*opened.value()); !a.ok()) return discard(a.error());
        if (Status v = opened.value()->verify(); !v.ok()) return discard(v.error());
    }   // closed: its WAL is checkpointed and removed
    // Only now is anything replaced. The database being replaced is kept beside it.
    const QString before = dbPath + QStringLiteral(".before-restore");
    if (QFileInfo::exists(dbPath)) {
        removeWithSidecars(before);
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString sidecar = dbPath + QString::fromLatin1(suffix);
            if (QFileInfo::exists(sidecar)) BHU_TRY(renameOver(sidecar, before + QString::fromLatin1(suffix)));
        }
        BHU_TRY(renameOver(dbPath, before));
        if (QFileInfo::exists(KeySlotFile::pathFor(dbPath))) BHU_TRY(renameOver(KeySlotFile::pathFor(dbPath), KeySlotFile::pathFor(before)));
    }
    BHU_TRY(renameOver(KeySlotFile::pathFor(staged), KeySlotFile::pathFor(dbPath)));
    return renameOver(staged, dbPath);
}

} // namespace bhu::db
