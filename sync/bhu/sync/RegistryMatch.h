#pragma once
// The registry's `POST Patient/$match` (docs/matching.md, "At the front desk") for the check
// before a new registration: the draft goes up as a Parameters `resource`, the likely matches
// come back with score and match-grade. The registry records which patients it showed (lookups,
// kind `match`); it adds none of them to this facility's catchment. A short timeout: the answer
// is only worth waiting for while the receptionist waits. Blocks the calling thread for one
// request of at most `timeoutMs` — run it on a worker thread (PatientForm does).
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/Patient.h"
#include "bhu/domain/Result.h"

#include <QList>

class QNetworkAccessManager;

namespace bhu::sync {

struct RemoteMatch {
    Patient patient;      // as the registry stores it (MR numbers, facility)
    double score = 0;     // search.score, 0..1
    QString grade;        // certain | probable | possible
};

class RegistryMatch {
public:
    static constexpr int kDefaultTimeoutMs = 4000;
    static constexpr int kDefaultCount = 5;
    // `nam` may be null: one is made for the call (on the calling thread).
    explicit RegistryMatch(QNetworkAccessManager* nam = nullptr, int timeoutMs = kDefaultTimeoutMs) : m_nam(nam), m_timeoutMs(timeoutMs) {}
    // Probable and possible matches, best first. A transport failure or timeout is an Error
    // (detail "net:…"); callers before registration treat every Error as "no answer".
    Result<QList<RemoteMatch>> find(const db::Enrolment& enrolment, const Patient& draft, int count = kDefaultCount);

private:
    QNetworkAccessManager* m_nam;
    int m_timeoutMs;
};

} // namespace bhu::sync
