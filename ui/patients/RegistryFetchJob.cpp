#include "RegistryFetchJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

void RegistryFetchJob::start(const services::PreparedLookup& lookup, const services::RegistryFetch& fetch)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher = new QFutureWatcher<Result<db::PulledPage>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, watcher = m_watcher] {
        if (watcher != m_watcher) return;   // a cancelled fetch that came back late
        m_result = watcher->result();
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished();
    });
    // The worker holds copies only: nothing of this object is touched after cancel().
    services::CancelFlag flag = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([fetch, lookup, flag] {
        return fetch(lookup.enrolment, lookup.idSystem, lookup.digits, lookup.user, lookup.reason, flag);
    }));
}

void RegistryFetchJob::cancel()
{
    if (!m_watcher) return;
    m_cancel->store(true);
    QFutureWatcher<Result<db::PulledPage>>* watcher = m_watcher;
    m_watcher = nullptr;
    watcher->disconnect(this);
    // The watcher goes once the worker has returned (an abort takes a poll interval; a fake
    // in a test may hold longer): deleting it earlier would only stop the watching.
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    if (watcher->isFinished()) watcher->deleteLater();
    m_result = Error::make(ErrorCode::Cancelled, {});
}

} // namespace bhu::ui
