#pragma once
// Applies what the registry sends (a pulled page, or the resources of a push response) to the
// local store, idempotently:
//  - one page = one transaction, with the new cursor stored in it: an interruption repeats at
//    most one page, harmlessly;
//  - a page is first applied whole, without a savepoint per resource (the parts of a vitals
//    record with one write); if a resource cannot be stored (say an MR number already given to
//    another local patient) the page is rolled back and applied again with every resource in
//    its own savepoint: that one is recorded under Needs attention and the rest applies;
//  - a Patient with a local unsent edit (outbox pending, uploading or rejected) is never
//    overwritten: only its new server version is recorded, as the base of the next push;
//  - server versions at or below the one held are replays: no change;
//  - merge conflicts reported by the registry become Needs attention issues, and so does a
//    patient the registry merged into another (link replaced-by);
//  - the merge state (replaced-by, or its removal by an unmerge) is kept in PatientLinks, which
//    resolves the merged record to the survivor in search and history (audited per change);
//  - a national reference list (a Binary of the feed) is checked whole with the clinic's parser
//    and stored only when its version is newer (db/NationalReferenceLists, audited
//    "reference.national"); a list that does not parse is recorded under Needs attention and
//    logged (list, version, line), and the rest of the page applies;
//  - audited once per page, source "sync", with counts only (no patient data).
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/SyncTypes.h"

#include <functional>

namespace bhu::db {

class SyncApply {
public:
    explicit SyncApply(Connection& c) : m_c(c) {}

    Result<ApplyCounts> applyPage(const PulledPage& page, const Actor& who);
    // Resources returned with push outcomes (a merge, a national MR number): no cursor.
    Result<ApplyCounts> applyReturned(const QList<PulledPatient>& patients, const Actor& who);

    // A patient and its history fetched by a registry lookup (history anywhere): applied like
    // a pulled page, without a cursor; audited "sync.lookup" with counts.
    Result<ApplyCounts> applyFetched(const PulledPage& page, const Actor& who);

    Result<qint64> serverVersion(const QString& resourceType, const QString& resourceId);

private:
    Result<ApplyCounts> applyPageOnce(const PulledPage& page, const Actor& who, bool perResource);
    Status applyWithin(const PulledPage& page, ApplyCounts& n, bool returned, bool perResource);
    Status applyOne(const QString& type, const QString& id, bool perResource, ApplyCounts& n, const std::function<Status()>& write);
    Status applyVitalsGroup(const QList<const PulledClinical*>& parts, ApplyCounts& n);
    Status applyPatient(const PulledPatient& p, ApplyCounts& n, bool returned);
    Status applyClinical(const PulledClinical& c, ApplyCounts& n);
    // Doses, households, pregnancies and MCH contacts (docs/community.md): merged or added
    // through their repositories' storeReplica.
    Status applyCommunity(const PulledClinical& c, ApplyCounts& n);
    Status applyConsultation(const PulledClinical& c, ApplyCounts& n);
    Status applyLinks(const PulledPatient& p);   // MPI (db/PatientLinks)
    Status applyReferenceList(const PulledReferenceList& l, ApplyCounts& n);
    Status recordVersion(const QString& type, const QString& id, qint64 version);
    Status recordIssue(const QString& kind, const QString& type, const QString& id, const QString& reason,
                       const QString& field = {}, const QString& detail = {});
    Result<bool> hasUnsentEdit(const QString& type, const QString& id);
    Connection& m_c;
    Actor m_who;     // of the page being applied (audit of merges)
    QString m_now;   // updated_at of the server versions recorded by that page
};

} // namespace bhu::db
