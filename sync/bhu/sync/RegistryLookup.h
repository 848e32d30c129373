#pragma once
// "History anywhere" over the network (docs/sync-protocol.md, Read and search): finds a patient
// in the national registry by MR number, CNIC or B-form (an old MR number of a merged record
// resolves to the survivor) and fetches it with its whole history ($everything), as a page the
// store applies like a pull. Who asks and why travel with both requests; the registry audits
// them and adds the patient to this facility's catchment. Blocks the calling thread for at most
// two requests of `timeoutMs` each (a local event loop per request). With a cancel flag, the
// flag is polled while waiting: once set, the request in flight is aborted and fetch() returns
// ErrorCode::Cancelled (the GUI runs fetch() on a worker thread and sets the flag on Cancel).
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/SyncTypes.h"
#include "bhu/domain/Result.h"

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace bhu::sync {

struct LookupQuery {
    QString idSystem;   // IdSystem::Mr (national, provisional or retired all resolve), Cnic or BForm
    QString value;      // digits
    QString user, reason;
};

class RegistryLookup {
public:
    // `nam` may be null: one is made for the call.
    explicit RegistryLookup(QNetworkAccessManager* nam = nullptr, int timeoutMs = 20000, std::shared_ptr<const std::atomic<bool>> cancel = {})
        : m_nam(nam), m_timeoutMs(timeoutMs), m_cancel(std::move(cancel))
    {
    }
    static constexpr int kCancelPollMs = 50;
    // NotFound when the registry holds no such patient.
    Result<db::PulledPage> fetch(const db::Enrolment& enrolment, const LookupQuery& q);

private:
    QNetworkAccessManager* m_nam;
    int m_timeoutMs;
    std::shared_ptr<const std::atomic<bool>> m_cancel;
};

} // namespace bhu::sync
