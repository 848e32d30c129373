#pragma once
// One registry fetch (a lookup by number, or "same person" in the duplicate check) on the
// thread pool, so the GUI never waits for the registry (up to its 20 s timeout). The pattern of
// PatientForm's $match and the Reports screen: start() runs the network part (a
// services::RegistryFetch, with the lookup prepared — checked and audited — on the GUI thread)
// on a worker with a cancel flag; finished() comes on the GUI thread, where result() is applied
// with the session (RegistryLookupService::applyLookUp). cancel() sets the flag — the network
// side aborts the request in flight (sync::RegistryLookup polls it) — and drops the answer,
// whenever the worker returns: finished() is not emitted for a cancelled fetch.
#include "bhu/services/RegistryLookupService.h"

#include <QFutureWatcher>
#include <QObject>

namespace bhu::ui {

class RegistryFetchJob : public QObject {
    Q_OBJECT
public:
    explicit RegistryFetchJob(QObject* parent = nullptr) : QObject(parent) {}
    ~RegistryFetchJob() override { cancel(); }

    void start(const services::PreparedLookup& lookup, const services::RegistryFetch& fetch);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    const Result<db::PulledPage>& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    QFutureWatcher<Result<db::PulledPage>>* m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Result<db::PulledPage> m_result = Error::make(ErrorCode::Cancelled, {});
};

} // namespace bhu::ui
