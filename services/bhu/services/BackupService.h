#pragma once
// Encrypted backups: settings (folder such as a USB drive, every N hours — daily by default —,
// keep the newest N), "back up now", "is one due", and restore. Administrators only
// (Permission::ManageBackups). A backup is the database copied page by page through the SQLite
// backup API, still encrypted with the same key, plus a copy of the key file.
#include "bhu/services/Session.h"

namespace bhu::services {

struct BackupSettings {
    QString folder;          // empty: no scheduled backups
    int intervalHours = 24;
    int keep = 7;
};

struct BackupResult {
    QString file;
    qint64 bytes = 0;
    int removedOld = 0;
};

class BackupService {
public:
    explicit BackupService(Session& s, const Clock& clock = Clock::system()) : m_s(s), m_clock(clock) {}

    Result<BackupSettings> settings();
    Status saveSettings(const BackupSettings& b);
    // True when a folder is set and the last backup is older than the interval.
    Result<bool> isDue();
    // Backs up into folder/<facility>-<yyyyMMdd-HHmmss>.bhubak (+ .keys) and keeps the newest
    // `keep` there. Safe to run on a worker thread while others use the session.
    Result<BackupResult> backupNow(const QString& folder, int keep, const db::Progress& progress = {});
    // The scheduled backup into the configured folder, whoever is signed in (the destination
    // and count are the administrator's settings). Does nothing (ok, empty file) when not due.
    Result<BackupResult> runScheduled(const db::Progress& progress = {});
    // Verified restore (bhuctl restore; the program must not be running on that database).
    static Status restore(const QString& backupFile, const QString& dbPath, const QString& user, const QString& secret);

    static QString fileSuffix() { return QStringLiteral(".bhubak"); }

private:
    Result<BackupResult> backup(const QString& folder, int keep, const db::Progress& progress, const QString& how);
    Result<BackupSettings> readSettings();
    Session& m_s;
    const Clock& m_clock;
};

} // namespace bhu::services
