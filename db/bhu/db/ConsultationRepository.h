#pragma once
// Teleconsultation requests, their messages and photos (docs/telemedicine.md). Each write
// commits with its outbox entry (FHIR CommunicationRequest for a request and its status,
// Communication for a message, Binary for a photo) and its audit entry in one transaction.
// Records received from the registry (the BHU's answers, a specialist's cached inbox) are
// stored with storeReceived*(): no outbox entry, they came from there.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/Consultation.h"

namespace bhu::db {

class ConsultationRepository {
public:
    explicit ConsultationRepository(Connection& c) : m_c(c) {}

    // A new request (id generated when empty), status sent, version 1.
    Result<ConsultationRequest> createRequest(ConsultationRequest r, const Actor& who);
    // A photo of a request (id generated when empty); its bytes are stored once, here.
    Result<ConsultationPhoto> addPhoto(ConsultationPhoto p, const Actor& who);
    // A message; moves the request's status (answer → answered, question → followup,
    // reply → claimed), version + 1, both queued for sync.
    Result<ConsultationMessage> addMessage(ConsultationMessage m, const Actor& who);

    Result<ConsultationRequest> get(const QString& id);
    // The facility's requests, newest first.
    Result<QList<ConsultationRequest>> ofFacility(const QString& facilityCode);
    Result<QList<ConsultationRequest>> ofPatient(const QString& patientId);
    Result<QList<ConsultationRequest>> ofVisit(const QString& visitId);
    // A specialist's cached inbox: open requests of a specialty (unclaimed or claimed by
    // `specialist`), urgent first, then oldest first.
    Result<QList<ConsultationRequest>> inbox(const QString& specialty, const QString& specialist);
    // Requests answered, or with a specialist's follow-up question, after `since` (the "new
    // answers" notice after a sync).
    Result<QList<ConsultationRequest>> answeredSince(const QString& facilityCode, const QDateTime& since);

    Result<QList<ConsultationMessage>> messages(const QString& consultationId);   // oldest first
    Result<ConsultationMessage> message(const QString& id);
    // Photos in the order added; `withData` false leaves ConsultationPhoto::data empty.
    Result<QList<ConsultationPhoto>> photos(const QString& consultationId, bool withData);
    Result<ConsultationPhoto> photo(const QString& id);
    Result<bool> hasPhoto(const QString& id);
    // Photos whose upload is not finished, oldest first (the chunked uploader's queue).
    Result<QList<ConsultationPhoto>> photosToUpload();
    // The registry's committed offset of a photo's upload (never goes backwards).
    Status setUploadedBytes(const QString& photoId, qint64 offset);

    // From the registry: inserts or moves forward (a lower version is ignored).
    Status storeReceivedRequest(const ConsultationRequest& r);
    Status storeReceivedMessage(const ConsultationMessage& m);   // idempotent by id
    Status storeReceivedPhoto(const ConsultationPhoto& p);       // idempotent by id
    // A status change decided elsewhere (a claim made online at the registry): version + 1,
    // audited, no outbox entry.
    Result<ConsultationRequest> recordClaim(const QString& id, const QString& specialist, const QString& facility,
                                            const QDateTime& at, const Actor& who);
    // The registry released this install's claim (an escalation hands the request over): back to
    // sent, unassigned, escalated; version + 1, audited, no outbox entry.
    Result<ConsultationRequest> recordClaimReleased(const QString& id, const Actor& who);

private:
    Result<QList<ConsultationRequest>> requestQuery(const char* sql, const QStringList& args);
    Status writeRequest(const ConsultationRequest& r, bool insert);
    Status insertMessage(const ConsultationMessage& m);
    Status insertPhoto(const ConsultationPhoto& p);
    Connection& m_c;
};

} // namespace bhu::db
