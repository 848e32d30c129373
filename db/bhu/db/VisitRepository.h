#pragma once
// Visits and their clinical facts. Drafts (open visits) are rewritten freely; close() signs
// the visit, makes it read-only (enforced by triggers) and queues it for sync; a correction is
// a new version of the whole visit. Every write commits with its audit (and, once signed,
// outbox) entries in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/VisitRecord.h"

namespace bhu::db {

class VisitRepository {
public:
    explicit VisitRepository(Connection& c) : m_c(c) {}

    // New visit in today's queue with the next token of the day (visit.id generated when empty).
    Result<Visit> start(Visit v, const QDate& day, const Actor& who);
    // A visit recorded already closed and signed, outside the queue (a logged teleconsultation
    // call): stored, queued for sync and audited as `action` (detail: no patient data), at once.
    Result<Visit> recordSigned(Visit v, const QString& action, const QString& detail, const Actor& who);
    // Saves the draft of an open visit: the visit's fields and all its facts, replacing the
    // previous draft. Conflict when the visit is closed.
    Status saveDraft(VisitRecord& r, const Actor& who);
    // Signs and closes: status closed, closedAt, signedBy; outbox entries for the visit and
    // every fact.
    Result<Visit> close(const QString& visitId, const QDateTime& at, const Actor& who);
    // A correction of a closed visit: stores `corrected` as a new closed version (new ids,
    // amends_id = amendedId, version + 1), keeps the original, queues the new version for sync.
    Result<VisitRecord> amend(const QString& amendedId, VisitRecord corrected, const QString& reason, const QDateTime& at,
                              const Actor& who);

    // Seed and import: stores already-closed visits with all their facts (ids generated when
    // empty), their outbox entries and one audit entry per visit, in one transaction (all or
    // nothing). Each visit must be closed (status, closedAt, signedBy) and its patient exist.
    Status createClosedMany(QList<VisitRecord>& records, const Actor& who);

    // Sync: a visit received from the registry (another facility's or device's), stored as it
    // is (usually closed), without outbox or audit entries (the caller audits counts). Inside
    // the caller's transaction. Returns false when the visit is already held (replay).
    Result<bool> storeReplicaVisit(const Visit& v);
    // Sync: facts received from the registry for r.visit.id; facts already held are skipped.
    // Facts of a closed visit need the sync apply guard (migration 0004; SyncApply sets it).
    // A vitals part of a record already held adds its measurement to it (one Observation per
    // measurement travels separately).
    // Returns how many facts were new.
    Result<int> storeReplicaFacts(VisitRecord r);
    // Sync: the measurements of one VitalSigns record pulled as several Observations (parts,
    // in feed order, all with the same id, visit and patient), stored with one read and one
    // write. For each part: whether it changed the stored record — the same answers and the
    // same stored record as storeReplicaFacts called part by part (db/VisitReplica.cpp).
    Result<QList<bool>> storeReplicaVitals(const QList<VitalSigns>& parts);

    Result<VisitRecord> get(const QString& visitId);
    // Current versions (not amended by another), newest first.
    Result<QList<VisitRecord>> forPatient(const QString& patientId, int limit = 500);
    // Every version of the chain a visit belongs to, oldest first.
    Result<QList<VisitRecord>> versions(const QString& visitId);
    Result<QList<QueueEntry>> queue(const QDate& day, const QString& facilityCode);
    Result<qint64> count();

private:
    Status writeVisit(const Visit& v, bool insert);
    Status writeFacts(VisitRecord& r, const QDateTime& at, const Actor& who, bool replace = true);
    Status enqueueSigned(const VisitRecord& r);
    Result<bool> mergeReplicaVitals(const VitalSigns& part);
    Status loadFacts(VisitRecord& r);
    Result<QList<QString>> visitIds(const char* sql, const QString& arg, int limit);
    Connection& m_c;
};

} // namespace bhu::db
