#pragma once
// Scheduled backups while the program runs: every few minutes it asks BackupService whether a
// backup is due (daily by default) and, if so, makes it on the thread pool. Lives as long as
// the signed-in session (AppController).
#include "bhu/services/BackupService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace bhu::ui {

class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(std::shared_ptr<services::Session> session, int checkEveryMs = 10 * 60 * 1000);
    ~BackupScheduler() override;
    void checkNow();

Q_SIGNALS:
    void backedUp(const QString& file);
    void failed(const QString& message);

private:
    std::shared_ptr<services::Session> m_session;
    QTimer m_timer;
    QFutureWatcher<Result<services::BackupResult>> m_watcher;
};

} // namespace bhu::ui
