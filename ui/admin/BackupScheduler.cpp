#include "BackupScheduler.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

BackupScheduler::BackupScheduler(std::shared_ptr<services::Session> session, int checkEveryMs) : m_session(std::move(session))
{
    m_timer.setInterval(checkEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(&m_watcher, &QFutureWatcher<Result<services::BackupResult>>::finished, this, [this] {
        const auto r = m_watcher.result();
        if (!r.ok()) Q_EMIT failed(r.error().message);
        else if (!r->file.isEmpty()) Q_EMIT backedUp(r->file);
    });
    m_timer.start();
    QTimer::singleShot(60 * 1000, this, &BackupScheduler::checkNow);   // soon after sign-in
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    m_watcher.waitForFinished();   // a backup in progress finishes before the session is locked
}

void BackupScheduler::checkNow()
{
    if (m_watcher.isRunning()) return;
    m_watcher.setFuture(QtConcurrent::run([s = m_session] { return services::BackupService(*s).runScheduled(); }));
}

} // namespace bhu::ui
