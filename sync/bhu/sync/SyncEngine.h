#pragma once
// The clinic-side sync engine (docs/sync-engine.md, docs/sync-protocol.md).
//
// One run (syncOnce):
//   0. the registry's signed update manifest, when it changed (sync/UpdateCheck; never fails the run);
//   1. entries left `uploading` by a crash are made pending again (resent: idempotent);
//   2. MR pool refill: fewer than 200 free numbers → ask the registry for 1,000;
//   3. push: due outbox entries in transaction Bundles of ≤ 500 entries, until none is due;
//      per entry 2xx → synced, 4xx → rejected (Needs attention); a failed batch → pending
//      again with exponential backoff; resources the registry returned are applied;
//   4. pull: the $changes feed page by page (each page + its cursor in one transaction) until
//      there is no next link; 410 → forget the cursor and pull from the beginning.
// Everything is persisted as it happens, so a run interrupted anywhere (cancel, crash, lost
// link) resumes on the next run without losing or duplicating anything.
//
// Threading: the engine uses its own db::Store handle (Store::openSibling) and its own
// QNetworkAccessManager, all on the thread it lives on. syncOnce() blocks that thread while it
// runs (each request waits in a local event loop), so run it on a worker thread — the app uses
// SyncController. cancel() may be called from any thread.
#include "bhu/db/Store.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/Clock.h"
#include "bhu/sync/SyncReport.h"
#include "bhu/sync/UpdateCheck.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace bhu::sync {

class RegistryClient;

struct SyncOptions {
    int batchSize = 500;        // outbox entries per transaction Bundle (≤ 1,000 by protocol)
    int pageSize = 1000;        // _count of a $changes page
    int timeoutMs = 60000;      // per request
    int mrRefillBelow = 200;
    int mrRefillCount = 1000;
    std::function<double()> random;   // [0,1) for backoff jitter; default QRandomGenerator
    const Clock* clock = nullptr;     // "now" for due entries and backoff; default the system clock
    // The update notice (sync/UpdateCheck): set by the wiring to
    // services::announcedManifestVerifier() (the release key built into the program); empty:
    // the registry's manifest is not asked for.
    UpdateVerifier verifyUpdate;
    QString programVersion;           // the running version; default QCoreApplication::applicationVersion()
};

struct EnrolRequest {
    QString registryUrl;   // the FHIR base, e.g. https://registry.example:8443/fhir
    QString token;         // one-time enrolment token from the registry operator
    QString deviceName;
    QByteArray caPem;      // optional CA to trust (and pin) instead of the system CAs
};

class SyncEngine : public QObject {
    Q_OBJECT
public:
    // `nam` may be null: the engine then makes its own (tests pass a fake registry).
    SyncEngine(db::Store& store, QNetworkAccessManager* nam = nullptr, SyncOptions options = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Admin only. Spends the token, stores device id, credential, facility and the pinned
    // certificate (or CA). Re-enrolling replaces the earlier enrolment.
    Result<db::Enrolment> enroll(const EnrolRequest& request);

    SyncReport syncOnce();
    void cancel();   // thread-safe; the run stops at the next step and reports cancelled

Q_SIGNALS:
    // phase: "mr", "push", "pull"; done/total are outbox entries (push) or resources (pull;
    // total unknown = 0).
    void progress(const QString& phase, qint64 done, qint64 total);

private:
    Status run(RegistryClient& client, const db::Enrolment& enrolment, SyncReport& report);
    Status refillMr(RegistryClient& client, SyncReport& report);
    Status pushAll(RegistryClient& client, const db::Enrolment& enrolment, SyncReport& report);
    Status pullAll(RegistryClient& client, SyncReport& report);
    Status checkCancel() const;
    double random() const;
    QDateTime now() const;

    db::Store& m_store;
    QNetworkAccessManager* m_nam;
    SyncOptions m_opt;
    std::atomic<bool> m_cancel{false};
    RegistryClient* m_client = nullptr;
    // A random id per run, named by its pushes (sync-session) and its pulls: the registry leaves
    // out of the pull what this run's pushes stored (docs/sync-protocol.md, Pull).
    QString m_session;
};

} // namespace bhu::sync
