#include "bhu/sync/SyncController.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace bhu::sync {

SyncWorker::SyncWorker(std::unique_ptr<db::Store> store, SyncOptions options) : m_store(std::move(store)), m_opt(std::move(options)) {}

SyncWorker::~SyncWorker() = default;

SyncEngine& SyncWorker::engine()
{
    if (!m_engine) {   // created here, on the worker thread, with its network manager
        m_engine = new SyncEngine(*m_store, nullptr, m_opt, this);
        connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
    }
    return *m_engine;
}

void SyncWorker::run() { Q_EMIT finished(engine().syncOnce()); }

void SyncWorker::enroll(const EnrolRequest& request)
{
    auto e = engine().enroll(request);
    Q_EMIT enrolled(e.ok(), e.ok() ? QString() : e.error().message);
}

void SyncWorker::cancel()
{
    if (m_engine) m_engine->cancel();
}

SyncController::SyncController(std::unique_ptr<db::Store> syncStore, Options options, QObject* parent)
    : QObject(parent), m_opt(std::move(options))
{
    qRegisterMetaType<bhu::sync::SyncReport>();
    m_worker = new SyncWorker(std::move(syncStore), m_opt.engine);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::enrolled, this, &SyncController::enrolled);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_thread.setObjectName(QStringLiteral("bhu-sync"));
    m_thread.start();
}

SyncController::~SyncController()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start()
{
    m_started = true;
    if (m_opt.watchNetwork && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online) {
                        if (m_state == State::Offline || m_state == State::Waiting) syncNow();
                    } else if (r == QNetworkInformation::Reachability::Disconnected && m_state != State::Syncing) {
                        setState(State::Offline);
                    }
                },
                Qt::UniqueConnection);
    }
    syncNow();
}

void SyncController::stop()
{
    m_started = false;
    m_timer.stop();
}

void SyncController::syncNow()
{
    if (m_state == State::Syncing) return;
    m_timer.stop();
    setState(State::Syncing);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncController::enroll(const EnrolRequest& request)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->enroll(request); }, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    m_worker->cancel();   // thread-safe: an atomic flag and a queued abort
}

void SyncController::onFinished(const SyncReport& r)
{
    m_last = r;
    m_failures = r.ok ? 0 : m_failures + 1;
    setState(r.ok ? State::Idle : State::Waiting);
    Q_EMIT finished(r);
    scheduleNext();
}

void SyncController::scheduleNext()
{
    if (!m_started) return;
    qint64 delay = m_opt.intervalMs;
    if (m_failures > 0) {
        const qint64 plain = std::min<qint64>(m_opt.maxRetryMs, qint64(m_opt.minRetryMs) << std::min(m_failures - 1, 16));
        delay = static_cast<qint64>(static_cast<double>(plain) * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble()));
    }
    m_timer.start(static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void SyncController::setState(State s)
{
    if (s == m_state) return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace bhu::sync
