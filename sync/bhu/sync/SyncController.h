#pragma once
// SyncController: sync for the app, off the GUI thread. The API for a Sync screen:
//
//   auto store = session.store().openSibling();          // under session.guard(); own handle
//   auto* sync = new SyncController(std::move(store.value()), {}, this);
//   connect(sync, &SyncController::stateChanged, …);     // Idle / Syncing / Waiting / Offline
//   connect(sync, &SyncController::progress, …);         // phase "mr"|"push"|"pull", done, total
//   connect(sync, &SyncController::finished, …);         // SyncReport: counts, error, pendingLeft
//   sync->start();                                       // timer + network reachability
//   sync->syncNow();                                     // the "Sync now" button
//   sync->cancel();                                      // the "Cancel" button
//   sync->enroll({url, token, deviceName, caPem});       // Admin → Registry; → enrolled(ok, message)
//
// Needs attention, pending counts and the last result are read from the store on the GUI
// thread with db::SyncQueue (openIssues, retry, resolve, pendingByType) and
// db::SyncStateStore (status: last success/attempt/error, last report, bytes).
//
// Scheduling: a run every `interval`; after a failed run the next one waits with exponential
// backoff (minRetry · 2^failures, capped at maxRetry, ±25 %); when QNetworkInformation
// reports the link back (Online) a run starts at once. Without a QNetworkInformation backend
// the timer alone drives it. Only one run at a time; syncNow() during a run is ignored.
#include "bhu/db/Store.h"
#include "bhu/sync/SyncEngine.h"
#include "bhu/sync/SyncReport.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

namespace bhu::sync {

class SyncWorker;

struct SyncControllerOptions {
    int intervalMs = 15 * 60 * 1000;
    int minRetryMs = 30 * 1000;
    int maxRetryMs = 30 * 60 * 1000;
    bool watchNetwork = true;
    SyncOptions engine;
};

class SyncController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing, Waiting, Offline };
    Q_ENUM(State)

    using Options = SyncControllerOptions;

    // `syncStore`: a handle of its own (Store::openSibling); it moves to the worker thread.
    explicit SyncController(std::unique_ptr<db::Store> syncStore, Options options = {}, QObject* parent = nullptr);
    SyncController(std::unique_ptr<db::Store> syncStore, QObject* parent) : SyncController(std::move(syncStore), Options{}, parent) {}
    ~SyncController() override;

    void start();      // schedules runs (timer, reachability); a first run starts now
    void stop();       // no more scheduled runs; a run in progress finishes
    void syncNow();
    void cancel();
    // Enrolment on the worker thread (never a network wait on the GUI thread); the answer comes
    // as enrolled(). Admin only (the store's user).
    void enroll(const EnrolRequest& request);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Syncing; }
    const SyncReport& lastReport() const { return m_last; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    void stateChanged(bhu::sync::SyncController::State state);
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const bhu::sync::SyncReport& report);
    void enrolled(bool ok, const QString& message);   // message: the error, translated; empty on success

private:
    void onFinished(const SyncReport& r);
    void setState(State s);
    void scheduleNext();
    Options m_opt;
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QTimer m_timer;
    State m_state = State::Idle;
    SyncReport m_last;
    int m_failures = 0;
    bool m_started = false;
};

// Lives on the controller's thread; owns the engine and its store handle.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(std::unique_ptr<db::Store> store, SyncOptions options);
    ~SyncWorker() override;
    void run();
    void cancel();
    void enroll(const EnrolRequest& request);

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const bhu::sync::SyncReport& report);
    void enrolled(bool ok, const QString& message);

private:
    SyncEngine& engine();
    std::unique_ptr<db::Store> m_store;
    SyncOptions m_opt;
    SyncEngine* m_engine = nullptr;
};

} // namespace bhu::sync
