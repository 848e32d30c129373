#include "bhu/db/SyncApply.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/HouseholdRepository.h"
#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/db/NationalReferenceLists.h"
#include "bhu/db/PatientLinks.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/Tombstones.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/Clock.h"
#include "bhu/domain/ReferenceLists.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::SyncApply", s); }
const QString kPatient = QStringLiteral("Patient");

Q_LOGGING_CATEGORY(lcApply, "bhu.sync.apply")

QString countsText(const ApplyCounts& n)
{
    return QStringLiteral("applied=%1 unchanged=%2 kept_local=%3 conflicts=%4 invalid=%5")
        .arg(n.applied)
        .arg(n.unchanged)
        .arg(n.keptLocal)
        .arg(n.conflicts)
        .arg(n.invalid);
}
} // namespace

Result<qint64> SyncApply::serverVersion(const QString& resourceType, const QString& resourceId)
{
    auto st = m_c.prepare("SELECT server_version FROM server_versions WHERE resource_type = ? AND resource_id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceType).bind(2, resourceId);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const qint64 v = row.value() ? st.value()->int64(0) : 0;
    st.value()->reset();
    return v;
}

Status SyncApply::recordVersion(const QString& type, const QString& id, qint64 version)
{
    if (version <= 0) return {};
    auto st = m_c.prepare("INSERT INTO server_versions(resource_type, resource_id, server_version, updated_at) VALUES (?1,?2,?3,?4) "
                          "ON CONFLICT(resource_type, resource_id) DO UPDATE SET "
                          "server_version = max(server_version, excluded.server_version), updated_at = excluded.updated_at");
    if (!st.ok()) return st.error();
    st.value()->bind(1, type).bind(2, id).bind(3, version).bind(4, m_now.isEmpty() ? isoUtc(Clock::system().nowUtc()) : m_now);
    return st.value()->run();
}

Status SyncApply::recordIssue(const QString& kind, const QString& type, const QString& id, const QString& reason, const QString& field,
                              const QString& detail)
{
    auto st = m_c.prepare("INSERT OR IGNORE INTO sync_issues(id, kind, resource_type, resource_id, reason, field, detail, created_at) "
                          "VALUES (?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, kind).bind(3, type).bind(4, id).bind(5, reason);
    st.value()->bind(6, field.isEmpty() ? QString() : field).bind(7, detail.isEmpty() ? QString() : detail);
    st.value()->bind(8, isoUtc(Clock::system().nowUtc()));
    return st.value()->run();
}

Result<bool> SyncApply::hasUnsentEdit(const QString& type, const QString& id)
{
    auto st = m_c.prepare("SELECT count(*) FROM outbox WHERE resource_type = ? AND resource_id = ? "
                          "AND state IN ('pending','uploading','rejected')");
    if (!st.ok()) return st.error();
    st.value()->bind(1, type).bind(2, id);
    if (auto r = st.value()->step(); !r.ok()) return r.error();
    const bool unsent = st.value()->int64(0) > 0;
    st.value()->reset();
    return unsent;
}

Status SyncApply::applyPatient(const PulledPatient& p, ApplyCounts& n, bool returned)
{
    const QString& id = p.patient.id;
    for (const MergeConflict& c : p.conflicts) {
        BHU_TRY(recordIssue(QStringLiteral("merge-conflict"), kPatient, id,
                            tr("Two facilities changed %1 at the same time; the registry kept the later change. Check the value.").arg(c.field),
                            c.field, c.losingValue + QStringLiteral(" (") + c.facility + QLatin1Char(')')));
        if (m_c.changes() > 0) ++n.conflicts;
    }
    if (!p.replacedBy.isEmpty()) {   // a registry merge: listed for staff (resolved through PatientLinks below)
        BHU_TRY(recordIssue(QStringLiteral("merged"), kPatient, id,
                            tr("The registry merged this patient into another record. Use the other record from now on."),
                            QStringLiteral("replaced-by"), p.replacedBy));
    }
    auto held = serverVersion(kPatient, id);
    if (!held.ok()) return held.error();
    // A returned resource carries the version our push just recorded: compare content instead.
    if (!returned && p.serverVersion > 0 && p.serverVersion <= held.value()) {
        ++n.unchanged;
        return {};
    }
    auto unsent = hasUnsentEdit(kPatient, id);
    if (!unsent.ok()) return unsent.error();
    if (unsent.value()) {   // the local edit wins locally; it is pushed with ifMatch = this version
        BHU_TRY(recordVersion(kPatient, id, p.serverVersion));
        ++n.keptLocal;
        return {};
    }
    auto changed = PatientRepository(m_c).storeReplica(p.patient);
    if (!changed.ok()) return changed.error();
    BHU_TRY(recordVersion(kPatient, id, p.serverVersion));
    ++(changed.value() ? n.applied : n.unchanged);
    return {};
}

Status SyncApply::applyCommunity(const PulledClinical& c, ApplyCounts& n)
{
    Result<bool> stored = false;
    if (c.immunisation) stored = ImmunisationRepository(m_c).storeReplica(*c.immunisation);
    else if (c.household) stored = HouseholdRepository(m_c).storeReplica(*c.household);
    else if (c.pregnancy) stored = MaternalRepository(m_c).storeReplicaPregnancy(*c.pregnancy);
    else if (c.mchContact) stored = MaternalRepository(m_c).storeReplicaContact(*c.mchContact);
    if (!stored.ok()) return stored.error();
    BHU_TRY(recordVersion(c.resourceType, c.resourceId, c.serverVersion));
    ++(stored.value() ? n.applied : n.unchanged);
    return {};
}

// Teleconsultation requests and answers (docs/telemedicine.md): idempotent by id. A message
// of a request this computer does not hold is counted unchanged (not this device's case).
Status SyncApply::applyConsultation(const PulledClinical& c, ApplyCounts& n)
{
    ConsultationRepository cons(m_c);
    bool stored = false;
    if (c.consultation) {
        auto old = cons.get(c.consultation->id);
        BHU_TRY(cons.storeReceivedRequest(*c.consultation));
        stored = !old.ok() || old->version < c.consultation->version;
    } else if (cons.get(c.consultationMessage->consultationId).ok()) {
        auto old = cons.message(c.consultationMessage->id);
        BHU_TRY(cons.storeReceivedMessage(*c.consultationMessage));
        stored = !old.ok();
    }
    BHU_TRY(recordVersion(c.resourceType, c.resourceId, c.serverVersion));
    ++(stored ? n.applied : n.unchanged);
    return {};
}

Status SyncApply::applyClinical(const PulledClinical& c, ApplyCounts& n)
{
    if (c.immunisation || c.household || c.pregnancy || c.mchContact) return applyCommunity(c, n);
    if (c.consultation || c.consultationMessage) return applyConsultation(c, n);
    VisitRepository visits(m_c);
    bool changed = false;
    if (c.visit) {
        auto v = visits.storeReplicaVisit(*c.visit);
        if (!v.ok()) return v.error();
        changed = v.value();
    }
    VisitRecord facts;
    facts.visit.id = c.visitId;
    facts.visit.patientId = c.patientId;
    facts.vitals = c.vitals;
    facts.diagnoses = c.diagnoses;
    facts.prescriptions = c.prescriptions;
    facts.referrals = c.referrals;
    if (facts.vitals || !facts.diagnoses.isEmpty() || !facts.prescriptions.isEmpty() || !facts.referrals.isEmpty()) {
        auto added = visits.storeReplicaFacts(facts);
        if (!added.ok()) return added.error();
        changed = changed || added.value() > 0;
    }
    BHU_TRY(recordVersion(c.resourceType, c.resourceId, c.serverVersion));
    ++(changed ? n.applied : n.unchanged);
    return {};
}

// Runs one resource's writes; in the per-resource mode inside a savepoint, so that one that
// cannot be stored (Conflict) is set aside as pull-invalid and the rest of the page applies. In
// the whole-page mode a Conflict is returned as it is: applyPage rolls the page back and
// applies it again resource by resource.
Status SyncApply::applyOne(const QString& type, const QString& id, bool perResource, ApplyCounts& n, const std::function<Status()>& write)
{
    Status s;
    if (!perResource) {
        s = write();
    } else {
        Transaction sp(m_c);
        BHU_TRY(sp.started());
        s = write();
        if (s.ok()) BHU_TRY(sp.commit());
    }
    if (s.ok() || !perResource || s.error().code != ErrorCode::Conflict) return s;
    BHU_TRY(recordIssue(QStringLiteral("pull-invalid"), type, id, tr("The record could not be stored: %1").arg(s.error().message)));
    ++n.invalid;
    return {};
}

// The parts of one vitals record on this page (one Observation per measurement): stored with
// one read and one write at the first part's place. Only in the whole-page mode.
Status SyncApply::applyVitalsGroup(const QList<const PulledClinical*>& parts, ApplyCounts& n)
{
    QList<VitalSigns> records;
    for (const PulledClinical* c : parts) records.append(*c->vitals);
    auto changed = VisitRepository(m_c).storeReplicaVitals(records);
    if (!changed.ok()) return changed.error();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        BHU_TRY(recordVersion(parts[i]->resourceType, parts[i]->resourceId, parts[i]->serverVersion));
        ++(changed.value()[i] ? n.applied : n.unchanged);
    }
    return {};
}

namespace {
bool vitalsOnly(const PulledClinical& c)
{
    return c.vitals && !c.vitals->id.isEmpty() && !c.visit && c.diagnoses.isEmpty() && c.prescriptions.isEmpty() &&
           c.referrals.isEmpty() && !c.immunisation && !c.household && !c.pregnancy && !c.mchContact && !c.consultation && !c.consultationMessage;
}
} // namespace

Status SyncApply::applyWithin(const PulledPage& page, ApplyCounts& n, bool returned, bool perResource)
{
    m_now = isoUtc(Clock::system().nowUtc());
    for (const PulledInvalid& i : page.invalid) {
        BHU_TRY(recordIssue(QStringLiteral("pull-invalid"), i.resourceType, i.resourceId, i.reason));
        ++n.invalid;
    }
    for (const PulledPatient& p : page.patients) {
        BHU_TRY(applyOne(kPatient, p.patient.id, perResource, n, [&] {
            const Status s = applyPatient(p, n, returned);
            return s.ok() ? applyLinks(p) : s;   // MPI merge / unmerge (db/PatientLinks)
        }));
    }
    if (!page.clinical.isEmpty()) BHU_TRY(m_c.exec(QStringLiteral("INSERT OR IGNORE INTO sync_apply_guard(id) VALUES (1)")));
    // Whole-page mode: the measurements of a vitals record, grouped by record id.
    QHash<QString, QList<const PulledClinical*>> vitals;
    if (!perResource)
        for (const PulledClinical& c : page.clinical)
            if (vitalsOnly(c)) vitals[c.vitals->id].append(&c);
    for (const PulledClinical& c : page.clinical) {
        if (!perResource && vitalsOnly(c)) {
            const auto group = vitals.constFind(c.vitals->id);
            if (group->first() == &c) BHU_TRY(applyVitalsGroup(*group, n));
            continue;
        }
        BHU_TRY(applyOne(c.resourceType, c.resourceId, perResource, n, [&] { return applyClinical(c, n); }));
    }
    // The guard never outlives this transaction (migration 0004).
    if (!page.clinical.isEmpty()) BHU_TRY(m_c.exec(QStringLiteral("DELETE FROM sync_apply_guard")));
    // Tombstones win: recorded whatever the local state of the record (docs/sync-protocol.md).
    for (const PulledTombstone& t : page.tombstones) {
        auto added = Tombstones(m_c).receive(t.resourceType, t.resourceId);
        if (!added.ok()) return added.error();
        BHU_TRY(recordVersion(t.resourceType, t.resourceId, t.serverVersion));
        ++(added.value() ? n.applied : n.unchanged);
    }
    for (const PulledReferenceList& l : page.referenceLists) {
        Transaction sp(m_c);
        BHU_TRY(sp.started());
        BHU_TRY(applyReferenceList(l, n));
        BHU_TRY(sp.commit());
    }
    return {};
}

// A national reference list: checked whole with the clinic's parser first; a list that does not
// parse is refused (Needs attention, a warning naming list, version and line — reference lists
// hold no patient data) and the held version stays. Newer versions only (NationalReferenceLists).
Status SyncApply::applyReferenceList(const PulledReferenceList& l, ApplyCounts& n)
{
    auto held = serverVersion(QStringLiteral("Binary"), l.resourceId);
    if (!held.ok()) return held.error();
    if (l.version <= held.value()) {   // a replay (full resync) or an older version: not even parsed
        ++n.unchanged;
        return {};
    }
    auto rows = checkReferenceList(l.list, l.csv);
    if (!rows.ok()) {
        qCWarning(lcApply) << "reference list refused:" << l.list << "version" << l.version << rows.error().message;
        BHU_TRY(recordIssue(QStringLiteral("pull-invalid"), QStringLiteral("Binary"), l.resourceId,
                            tr("The national %1 list (version %2) could not be read and was not used: %3")
                                .arg(l.list)
                                .arg(l.version)
                                .arg(rows.error().message)));
        ++n.invalid;
        return {};
    }
    auto stored = NationalReferenceLists(m_c).store(l, rows.value(), m_who);
    if (!stored.ok()) return stored.error();
    BHU_TRY(recordVersion(QStringLiteral("Binary"), l.resourceId, l.version));
    if (stored.value()) {
        ++n.applied;
        ++n.referenceLists;
    } else {
        ++n.unchanged;
    }
    return {};
}

Status SyncApply::applyLinks(const PulledPatient& p)
{
    auto changed = PatientLinks(m_c).apply(p.patient.id, p.replacedBy, m_who);
    if (!changed.ok()) return changed.error();
    return {};
}

Result<ApplyCounts> SyncApply::applyPage(const PulledPage& page, const Actor& who)
{
    // Fast path: the whole page without a savepoint per resource. A resource that cannot be
    // stored (Conflict) rolls it back; then it is applied again resource by resource, that
    // one set aside under Needs attention.
    auto n = applyPageOnce(page, who, false);
    if (!n.ok() && n.error().code == ErrorCode::Conflict) n = applyPageOnce(page, who, true);
    return n;
}

Result<ApplyCounts> SyncApply::applyPageOnce(const PulledPage& page, const Actor& who, bool perResource)
{
    m_who = who;
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    ApplyCounts n;
    BHU_TRY(applyWithin(page, n, false, perResource));
    BHU_TRY(SyncStateStore(m_c).setCursorWithin(page.cursor));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.pull"), QString(), QString(), QString(), countsText(n)));
    BHU_TRY(tx.commit());
    return n;
}

Result<ApplyCounts> SyncApply::applyReturned(const QList<PulledPatient>& patients, const Actor& who)
{
    ApplyCounts n;
    if (patients.isEmpty()) return n;
    m_who = who;
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    PulledPage page;
    page.patients = patients;
    BHU_TRY(applyWithin(page, n, true, true));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.returned"), QString(), QString(), QString(), countsText(n)));
    BHU_TRY(tx.commit());
    return n;
}

Result<ApplyCounts> SyncApply::applyFetched(const PulledPage& page, const Actor& who)
{
    m_who = who;
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    ApplyCounts n;
    BHU_TRY(applyWithin(page, n, false, true));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.lookup"), QString(), QString(), QString(), countsText(n)));
    BHU_TRY(tx.commit());
    return n;
}

} // namespace bhu::db
