#pragma once
// The specialist's registry calls (docs/telemedicine.md "At the specialist's end"): the inbox of
// a specialty pool (GET [base]/$consult-inbox, a searchset read with the FHIR mapping of
// sync/fhir) with the bytes of every photo this install does not hold yet (GET [base]/Binary/<id>,
// SHA-256 checked), and the claim (POST [base]/$consult-claim). Over RegistryClient/RegistryJob:
// certificate pinning, request ids, timeouts and gzip as for the sync.
//
// Blocks the calling thread (a local event loop per request): call it from a worker thread in
// the app. A malformed answer (not a searchset, an unreadable request or message, a photo whose
// bytes do not match its hash, a claim answer for another id) is an Invalid error with a clear
// message and no partial result, so the caller changes nothing. `cancel` (optional), set from
// any thread, aborts the request in flight and stops before the next one (ErrorCode::Cancelled).
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/Consultation.h"
#include "bhu/domain/Result.h"

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bhu::sync {

// One case of the inbox: the request, its conversation, its photos (with their bytes, except
// those the install already holds: those have no data and are not fetched again). The request's
// assignedFacility is this facility when this device holds the registry's claim, else empty (in
// the pool; after an escalation that released this device's claim: hand-over).
struct InboxCase {
    ConsultationRequest request;
    QList<ConsultationMessage> messages;   // oldest first
    QList<ConsultationPhoto> photos;
};

class ConsultationClient {
public:
    // `nam` may be null: one is made per call (on the calling thread).
    explicit ConsultationClient(QNetworkAccessManager* nam = nullptr, int timeoutMs = 30000) : m_nam(nam), m_timeoutMs(timeoutMs) {}

    // Which photos the install already holds (their bytes are not fetched again).
    void setHeldPhoto(std::function<bool(const QString& photoId)> held) { m_held = std::move(held); }
    void setCancelFlag(std::shared_ptr<std::atomic_bool> cancel) { m_cancel = std::move(cancel); }

    Result<QList<InboxCase>> fetchInbox(const db::Enrolment& e, const QString& specialty);
    // The request as claimed: id, assigned to `specialist` at this facility, claimed now.
    // Conflict when another specialist claimed it first.
    Result<ConsultationRequest> claim(const db::Enrolment& e, const QString& consultationId, const QString& specialist);

private:
    QNetworkAccessManager* m_nam;
    int m_timeoutMs;
    std::function<bool(const QString&)> m_held;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bhu::sync
