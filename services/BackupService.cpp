#include "bhu/services/BackupService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bhu::services {

namespace {
const QString kFolder = QStringLiteral("backup.folder");
const QString kInterval = QStringLiteral("backup.interval_hours");
const QString kKeep = QStringLiteral("backup.keep");
const QString kLast = QStringLiteral("backup.last_at");

QString safeName(const QString& code)
{
    QString out;
    for (QChar c : code) out += (c.isLetterOrNumber() || c == u'-') ? c : u'_';
    return out.isEmpty() ? QStringLiteral("clinic") : out;
}
} // namespace

Result<BackupSettings> BackupService::settings()
{
    BHU_TRY(m_s.require(Permission::ManageBackups));
    return readSettings();
}

Result<BackupSettings> BackupService::readSettings()
{
    const auto lock = m_s.guard();
    db::Settings st(m_s.store().conn());
    BackupSettings b;
    auto folder = st.value(kFolder);
    if (!folder.ok()) return folder.error();
    b.folder = folder.value();
    b.intervalHours = st.value(kInterval, QStringLiteral("24")).value().toInt();
    b.keep = st.value(kKeep, QStringLiteral("7")).value().toInt();
    if (b.intervalHours < 1) b.intervalHours = 24;
    if (b.keep < 1) b.keep = 7;
    return b;
}

Status BackupService::saveSettings(const BackupSettings& b)
{
    BHU_TRY(m_s.require(Permission::ManageBackups));
    if (b.intervalHours < 1 || b.keep < 1)
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::services::BackupService",
                                                                           "Back up at least every hour and keep at least one backup."));
    const auto lock = m_s.guard();
    db::Settings st(m_s.store().conn());
    BHU_TRY(st.setValue(kFolder, b.folder, m_s.actor()));
    BHU_TRY(st.setValue(kInterval, QString::number(b.intervalHours), m_s.actor()));
    return st.setValue(kKeep, QString::number(b.keep), m_s.actor());
}

Result<bool> BackupService::isDue()
{
    auto b = readSettings();
    if (!b.ok()) return b.error();
    if (b->folder.isEmpty()) return false;
    const auto lock = m_s.guard();
    auto last = db::Settings(m_s.store().conn()).value(kLast);
    if (!last.ok()) return last.error();
    const QDateTime at = QDateTime::fromString(last.value(), Qt::ISODateWithMs);
    return !at.isValid() || at.secsTo(m_clock.nowUtc()) >= qint64(b->intervalHours) * 3600;
}

Result<BackupResult> BackupService::backupNow(const QString& folder, int keep, const db::Progress& progress)
{
    BHU_TRY(m_s.require(Permission::ManageBackups));
    return backup(folder, keep, progress, QStringLiteral("manual"));
}

Result<BackupResult> BackupService::runScheduled(const db::Progress& progress)
{
    auto due = isDue();
    if (!due.ok()) return due.error();
    if (!due.value()) return BackupResult{};
    auto b = readSettings();
    if (!b.ok()) return b.error();
    return backup(b->folder, b->keep, progress, QStringLiteral("scheduled"));
}

Result<BackupResult> BackupService::backup(const QString& folder, int keep, const db::Progress& progress, const QString& how)
{
    if (folder.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::services::BackupService", "Choose a folder for the backups."));
    QString facility;
    {
        const auto lock = m_s.guard();
        facility = safeName(m_s.facility().code);
    }
    const QString name = facility + u'-' + m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + fileSuffix();
    BackupResult r;
    r.file = QDir(folder).absoluteFilePath(name);
    // The copy runs on its own connection: the session lock is not held, so work goes on.
    BHU_TRY(m_s.store().backupTo(r.file, progress));
    r.bytes = QFileInfo(r.file).size();

    // Keep the newest `keep` backups of this facility in the folder.
    QDir dir(folder);
    const QStringList old = dir.entryList({facility + QStringLiteral("-*") + fileSuffix()}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = qMax(keep, 1); i < old.size(); ++i) {
        dir.remove(old.at(i));
        dir.remove(old.at(i) + QStringLiteral(".keys"));
        ++r.removedOld;
    }
    const auto lock = m_s.guard();
    if (m_s.isLocked())   // locked while the copy ran: the file is complete, the record waits
        return r;
    BHU_TRY(db::Settings(m_s.store().conn()).setValueQuietly(kLast, isoUtc(m_clock.nowUtc())));
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("backup.create"), QStringLiteral("Backup"), name, QString(),
                        QStringLiteral("bytes=") + QString::number(r.bytes) + QStringLiteral(";") + how));
    return r;
}

Status BackupService::restore(const QString& backupFile, const QString& dbPath, const QString& user, const QString& secret)
{
    BHU_TRY(db::Store::restore(backupFile, dbPath, user, secret,
                               [](const db::Store& backup) { return check(backup.user().role, Permission::ManageBackups); }));
    // Recorded in the restored database by whoever restored it.
    auto session = user.isEmpty() ? Session::unlockWithRecoveryKey(dbPath, secret, QStringLiteral("bhuctl restore"))
                                  : Session::unlock(dbPath, user, secret, QStringLiteral("bhuctl restore"));
    if (!session.ok()) return session.error();
    return db::AuditLog(session.value()->store().conn())
        .record(session.value()->actor(), QStringLiteral("backup.restore"), QStringLiteral("Backup"), QFileInfo(backupFile).fileName());
}

} // namespace bhu::services
