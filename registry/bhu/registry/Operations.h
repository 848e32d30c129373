#pragma once
// The registry's operations (docs/sync-protocol.md), independent of HTTP: each takes the
// authenticated caller and the decoded request and returns the status and FHIR JSON to answer.
#include "bhu/registry/Auth.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

#include <QList>
#include <QPair>

namespace bhu::registry {

inline constexpr int kMaxBundleEntries = 1000;
inline constexpr int kMaxPageSize = 1000;
inline constexpr int kDefaultPageSize = 500;

Reply enroll(Db& db, const AuthPolicy& policy, const QByteArray& body, const QString& address, const QString& requestId);
Reply mrBlock(Db& db, const Caller& caller, const QByteArray& body);
Reply push(Db& db, const Caller& caller, const QByteArray& body);
// session: leave out the changes the caller's pushes of that sync session produced.
// retentionDays > 0: a cursor whose change was received longer ago than that is answered 410
// (the clinic pulls again from the beginning; docs/sync-protocol.md, "Old cursors").
Reply changes(Db& db, const Caller& caller, const QString& cursor, const QString& count, const QString& session = QString(),
              int retentionDays = 0);
Reply readPatient(Db& db, const Caller& caller, const QString& id);
Reply searchPatients(Db& db, const Caller& caller, const QString& identifier);
Reply everything(Db& db, const Caller& caller, const QString& id);

// Teleconsultation photos in resumable chunks (docs/sync-protocol.md, "Teleconsultation"):
// POST [base]/Binary/$chunk?id=&offset=&size=&sha256=&contentType= with the bytes from `offset`,
// and GET [base]/Binary/$chunk?id= for the committed offset. Both answer Parameters {offset,
// complete}.
inline constexpr int kMaxChunkBytes = 64 * 1024;
inline constexpr long long kMaxBinaryBytes = 8LL * 1024 * 1024;
Reply binaryChunk(Db& db, const Caller& caller, const QString& id, const QString& offset, const QString& size, const QString& sha256,
                  const QString& contentType, const QByteArray& body);
Reply binaryOffset(Db& db, const Caller& caller, const QString& id);
// GET [base]/Binary/<id>: the bytes of a complete photo, as uploaded (its content type), for a
// device of the facility that uploaded it, or a granted specialist's device for a case in its
// pool or claimed by it (403 otherwise; 404 unknown or incomplete). Recorded in consult_reads.
Reply binaryRead(Db& db, const Caller& caller, const QString& id);

// Teleconsultation routing (registry/ConsultOps.cpp, docs/telemedicine.md "Routing"):
// GET [base]/$consult-inbox?specialty=S (searchset: the open requests of S unclaimed or claimed
// by this device, each followed by its Communications) and POST [base]/$consult-claim
// Parameters {id} (409 when another device claimed it). Devices need the specialty grant.
Reply consultInbox(Db& db, const Caller& caller, const QString& specialty);
Reply consultClaim(Db& db, const Caller& caller, const QByteArray& body);
// Escalation (docs/telemedicine.md "Escalation"): every urgent request of facility `facilityId`
// (0: any) and specialty `specialty` (empty: any) received `minutes` ago or earlier and still
// unanswered is escalated once (claim released, new version with `escalated` to the feed).
// Run before the inbox and feed reads; returns how many were escalated (errors are logged).
int escalateConsults(Db& db, int minutes, long long facilityId, const QString& specialty);
// Routes to hospitals (`bhu-registry route add|remove|list`): a specialty with routes is read
// only by granted devices of the routed facilities; without routes, by every granted device.
Status routeConsults(Db& db, const QString& specialty, const QString& facilityCode, bool add);
Result<QList<QPair<QString, QString>>> listConsultRoutes(Db& db, const QString& specialty);
Status allowSpecialist(Db& db, const QString& deviceId, const QString& specialty, bool allow);

} // namespace bhu::registry
