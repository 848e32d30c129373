#include "bhu/db/SyncQueue.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Backoff.h"
#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/HouseholdRepository.h"
#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace bhu::db {

namespace {
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::SyncQueue", s); }

template <typename F>
Status forEachRow(Statement* st, F&& f)
{
    for (;;) {
        auto row = st->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        f(st);
    }
    st->reset();
    return {};
}
} // namespace

Result<int> SyncQueue::recoverUploading()
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    const QString now = isoUtc(Clock::system().nowUtc());
    // Folded: a newer pending entry of the same resource will send the current record.
    auto fold = m_c.prepare("UPDATE outbox AS p SET resource_version = max(p.resource_version, u.resource_version) "
                            "FROM outbox AS u WHERE u.state = 'uploading' AND p.state = 'pending' "
                            "AND p.resource_type = u.resource_type AND p.resource_id = u.resource_id");
    if (!fold.ok()) return fold.error();
    BHU_TRY(fold.value()->run());
    auto drop = m_c.prepare("DELETE FROM outbox WHERE state = 'uploading' AND EXISTS (SELECT 1 FROM outbox p WHERE p.state = 'pending' "
                            "AND p.resource_type = outbox.resource_type AND p.resource_id = outbox.resource_id)");
    if (!drop.ok()) return drop.error();
    BHU_TRY(drop.value()->run());
    const int folded = m_c.changes();
    auto back = m_c.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ?1 WHERE state = 'uploading'");
    if (!back.ok()) return back.error();
    back.value()->bind(1, now);
    BHU_TRY(back.value()->run());
    const int recovered = m_c.changes() + folded;
    BHU_TRY(tx.commit());
    return recovered;
}

Result<ClaimedBatch> SyncQueue::claim(int max, const QDateTime& now)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    ClaimedBatch b;
    b.requestId = newId();
    // Strictly in outbox order: a record waiting out a backoff holds back every later one, so a
    // visit or a diagnosis never overtakes the patient it belongs to (the registry would refuse
    // it for an unknown subject). Found by the registry-kill fault test.
    auto sel = m_c.prepare("SELECT seq, id, resource_type, resource_id, resource_version, op, attempts FROM outbox "
                           "WHERE state = 'pending' AND NOT (resource_type = 'Binary' AND resource_id IN "
                           "(SELECT id FROM consultation_photos WHERE uploaded_bytes < size)) AND seq < coalesce((SELECT min(seq) FROM outbox WHERE state = 'pending' "
                           "AND next_attempt_at > ?1), 9223372036854775807) ORDER BY seq LIMIT ?2");
    if (!sel.ok()) return sel.error();
    sel.value()->bind(1, isoUtc(now)).bind(2, max);
    BHU_TRY(forEachRow(sel.value(), [&](Statement* q) {
        b.items.append(OutboxItem{q->int64(0), q->text(1), q->text(2), q->text(3), static_cast<int>(q->int64(4)), q->text(5),
                                  static_cast<int>(q->int64(6)) + 1});
    }));
    if (b.items.isEmpty()) return b;
    auto mark = m_c.prepare("UPDATE outbox SET state = 'uploading', request_id = ?2, attempts = attempts + 1, updated_at = ?3 WHERE id = ?1");
    if (!mark.ok()) return mark.error();
    for (const OutboxItem& i : b.items) {
        mark.value()->bind(1, i.id).bind(2, b.requestId).bind(3, isoUtc(now));
        BHU_TRY(mark.value()->run());
    }
    BHU_TRY(loadRecords(b));
    BHU_TRY(tx.commit());
    return b;
}

bool SyncQueue::isMchContact(const OutboxItem& i)
{
    if (i.resourceType != u"Encounter") return false;
    auto st = m_c.prepare("SELECT count(*) FROM mch_contacts WHERE id = ?");
    if (!st.ok()) return false;
    st.value()->bind(1, i.resourceId);
    const auto row = st.value()->step();
    const bool found = row.ok() && row.value() && st.value()->int64(0) > 0;
    st.value()->reset();
    return found;
}

Status SyncQueue::loadRecords(ClaimedBatch& b)
{
    PatientRepository patients(m_c);
    VisitRepository visits(m_c);
    auto base = m_c.prepare("SELECT server_version FROM server_versions WHERE resource_type = 'Patient' AND resource_id = ?");
    auto factVisit = m_c.prepare("SELECT visit_id FROM clinical_facts WHERE id = ?");
    if (!base.ok()) return base.error();
    if (!factVisit.ok()) return factVisit.error();
    for (const OutboxItem& i : b.items) {
        if (i.resourceType == u"Patient") {
            auto p = patients.get(i.resourceId);
            if (!p.ok()) {
                b.missing.insert(i.id, p.error().message);
                continue;
            }
            b.patients.insert(i.resourceId, p.value());
            base.value()->bind(1, i.resourceId);
            auto row = base.value()->step();
            if (!row.ok()) return row.error();
            if (row.value()) b.patientBase.insert(i.resourceId, base.value()->int64(0));
            base.value()->reset();
            continue;
        }
        if (i.resourceType == u"Immunization") {
            auto d = ImmunisationRepository(m_c).get(i.resourceId);
            if (!d.ok()) b.missing.insert(i.id, d.error().message);
            else b.immunisations.insert(i.resourceId, d.value());
            continue;
        }
        // Households (Group), pregnancies (EpisodeOfCare) and MCH contacts (an Encounter typed
        // mch-contact): docs/community.md.
        if (i.resourceType == u"Group") {
            auto h = HouseholdRepository(m_c).record(i.resourceId);
            if (!h.ok()) b.missing.insert(i.id, h.error().message);
            else if (h->members.isEmpty()) b.missing.insert(i.id, tr("A household is sent with its first member."));
            else b.households.insert(i.resourceId, h.value());
            continue;
        }
        if (i.resourceType == u"EpisodeOfCare") {
            auto p = MaternalRepository(m_c).getPregnancy(i.resourceId);
            if (!p.ok()) b.missing.insert(i.id, p.error().message);
            else b.pregnancies.insert(i.resourceId, p.value());
            continue;
        }
        if (isMchContact(i)) {
            auto c = MaternalRepository(m_c).getContact(i.resourceId);
            if (!c.ok()) b.missing.insert(i.id, c.error().message);
            else b.mchContacts.insert(i.resourceId, c.value());
            continue;
        }
        // Teleconsultation requests and messages travel in the push like the other clinical
        // records (docs/telemedicine.md, "Registry and sync"). A photo's bytes are not in the
        // Bundle: sync/PhotoUpload sends them in chunks after the push, and its outbox entry
        // (Binary) then sends the photo's Communication (the attachment metadata).
        if (i.resourceType == u"CommunicationRequest") {
            auto r = ConsultationRepository(m_c).get(i.resourceId);
            if (!r.ok()) b.missing.insert(i.id, r.error().message);
            else b.consultations.insert(i.resourceId, r.value());
            continue;
        }
        if (i.resourceType == u"Communication") {
            auto m = ConsultationRepository(m_c).message(i.resourceId);
            if (!m.ok()) b.missing.insert(i.id, m.error().message);
            else b.consultationMessages.insert(i.resourceId, m.value());
            continue;
        }
        if (i.resourceType == u"Binary") {   // claimed only once its bytes are at the registry
            auto p = ConsultationRepository(m_c).photo(i.resourceId);
            auto r = p.ok() ? ConsultationRepository(m_c).get(p->consultationId) : Result<ConsultationRequest>(p.error());
            if (!r.ok()) {
                b.missing.insert(i.id, r.error().message);
                continue;
            }
            p->data.clear();
            b.consultationPhotos.insert(i.resourceId, p.value());
            b.patientOfPhoto.insert(i.resourceId, r->patientId);
            continue;
        }
        QString visitId = i.resourceId;
        if (i.resourceType != u"Encounter") {
            factVisit.value()->bind(1, i.resourceId);
            auto row = factVisit.value()->step();
            if (!row.ok()) return row.error();
            visitId = row.value() ? factVisit.value()->text(0) : QString();
            factVisit.value()->reset();
            if (visitId.isEmpty()) {
                b.missing.insert(i.id, tr("The clinical record no longer exists."));
                continue;
            }
            b.visitOfFact.insert(i.resourceId, visitId);
        }
        if (b.visits.contains(visitId)) continue;
        auto v = visits.get(visitId);
        if (!v.ok()) {
            b.missing.insert(i.id, v.error().message);
            continue;
        }
        b.visits.insert(visitId, v.value());
    }
    return {};
}

Status SyncQueue::complete(const QList<EntryOutcome>& outcomes, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    const QString now = isoUtc(Clock::system().nowUtc());
    auto synced = m_c.prepare("UPDATE outbox SET state = 'synced', last_error = NULL, updated_at = ?2 WHERE id = ?1 AND state = 'uploading'");
    auto rejected = m_c.prepare("UPDATE outbox SET state = 'rejected', last_error = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'uploading'");
    auto version = m_c.prepare("INSERT INTO server_versions(resource_type, resource_id, server_version, updated_at) VALUES (?1,?2,?3,?4) "
                               "ON CONFLICT(resource_type, resource_id) DO UPDATE SET "
                               "server_version = max(server_version, excluded.server_version), updated_at = excluded.updated_at");
    auto issue = m_c.prepare("INSERT INTO sync_issues(id, kind, resource_type, resource_id, outbox_id, reason, created_at) "
                             "VALUES (?1, 'rejected', ?2, ?3, ?4, ?5, ?6)");
    for (auto* s : {&synced, &rejected, &version, &issue})
        if (!s->ok()) return s->error();
    int acked = 0, refused = 0;
    for (const EntryOutcome& o : outcomes) {
        if (o.kind == EntryOutcome::Kind::Acknowledged) {
            synced.value()->bind(1, o.outboxId).bind(2, now);
            BHU_TRY(synced.value()->run());
            if (o.serverVersion > 0) {
                version.value()->bind(1, o.resourceType).bind(2, o.resourceId).bind(3, o.serverVersion).bind(4, now);
                BHU_TRY(version.value()->run());
            }
            ++acked;
        } else {
            rejected.value()->bind(1, o.outboxId).bind(2, o.reason).bind(3, now);
            BHU_TRY(rejected.value()->run());
            issue.value()->bind(1, newId()).bind(2, o.resourceType).bind(3, o.resourceId).bind(4, o.outboxId);
            issue.value()->bind(5, o.reason).bind(6, now);
            BHU_TRY(issue.value()->run());
            ++refused;
        }
    }
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.push"), QString(), QString(), QString(),
                                 QStringLiteral("acknowledged=%1 rejected=%2").arg(acked).arg(refused)));
    return tx.commit();
}

Status SyncQueue::release(const QString& requestId, const QString& error, const QDateTime& now, const std::function<double()>& random)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    QList<QPair<QString, int>> entries;
    auto sel = m_c.prepare("SELECT id, attempts FROM outbox WHERE state = 'uploading' AND request_id = ?");
    if (!sel.ok()) return sel.error();
    sel.value()->bind(1, requestId);
    BHU_TRY(forEachRow(sel.value(), [&](Statement* q) { entries.append({q->text(0), static_cast<int>(q->int64(1))}); }));
    // A resource edited while uploading already has a newer pending entry: fold into it.
    auto fold = m_c.prepare("DELETE FROM outbox WHERE id = ?1 AND EXISTS (SELECT 1 FROM outbox p, outbox u WHERE u.id = ?1 "
                            "AND p.state = 'pending' AND p.resource_type = u.resource_type AND p.resource_id = u.resource_id)");
    auto back = m_c.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?2, last_error = ?3, updated_at = ?4 WHERE id = ?1");
    if (!fold.ok()) return fold.error();
    if (!back.ok()) return back.error();
    for (const auto& [id, attempts] : entries) {
        fold.value()->bind(1, id);
        BHU_TRY(fold.value()->run());
        if (m_c.changes() > 0) continue;
        const QDateTime next = now.addMSecs(backoffMs(attempts, random ? random() : 0.5));
        back.value()->bind(1, id).bind(2, isoUtc(next)).bind(3, error).bind(4, isoUtc(now));
        BHU_TRY(back.value()->run());
    }
    return tx.commit();
}

Status SyncQueue::releaseNow(const QString& requestId)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto back = m_c.prepare("UPDATE outbox SET state = 'pending', attempts = max(attempts - 1, 0), next_attempt_at = NULL, updated_at = ?2 "
                            "WHERE state = 'uploading' AND request_id = ?1 AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.state = 'pending' "
                            "AND p.resource_type = outbox.resource_type AND p.resource_id = outbox.resource_id)");
    if (!back.ok()) return back.error();
    back.value()->bind(1, requestId).bind(2, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(back.value()->run());
    auto fold = m_c.prepare("DELETE FROM outbox WHERE state = 'uploading' AND request_id = ?1");   // a newer pending entry carries them
    if (!fold.ok()) return fold.error();
    fold.value()->bind(1, requestId);
    BHU_TRY(fold.value()->run());
    return tx.commit();
}

Result<QList<SyncIssue>> SyncQueue::openIssues()
{
    auto st = m_c.prepare("SELECT id, kind, resource_type, resource_id, outbox_id, reason, field, detail, created_at FROM sync_issues "
                          "WHERE resolved_at IS NULL ORDER BY created_at, id");
    if (!st.ok()) return st.error();
    QList<SyncIssue> out;
    BHU_TRY(forEachRow(st.value(), [&](Statement* q) {
        out.append(SyncIssue{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5), q->text(6), q->text(7),
                             QDateTime::fromString(q->text(8), Qt::ISODateWithMs)});
    }));
    return out;
}

Status SyncQueue::retry(const QString& issueId, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    const QString now = isoUtc(Clock::system().nowUtc());
    auto find = m_c.prepare("SELECT outbox_id FROM sync_issues WHERE id = ? AND resolved_at IS NULL AND kind = 'rejected'");
    if (!find.ok()) return find.error();
    find.value()->bind(1, issueId);
    auto row = find.value()->step();
    if (!row.ok()) return row.error();
    if (!row.value()) return Error::make(ErrorCode::NotFound, tr("This problem was already dealt with."));
    const QString outboxId = find.value()->text(0);
    find.value()->reset();
    // If the record was edited since, a pending entry exists: it carries the retry.
    auto back = m_c.prepare("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = NULL, updated_at = ?2 "
                            "WHERE id = ?1 AND state = 'rejected' AND NOT EXISTS (SELECT 1 FROM outbox p, outbox r WHERE r.id = ?1 "
                            "AND p.state = 'pending' AND p.resource_type = r.resource_type AND p.resource_id = r.resource_id)");
    if (!back.ok()) return back.error();
    back.value()->bind(1, outboxId).bind(2, now);
    BHU_TRY(back.value()->run());
    auto done = m_c.prepare("UPDATE sync_issues SET resolved_at = ?2 WHERE id = ?1");
    if (!done.ok()) return done.error();
    done.value()->bind(1, issueId).bind(2, now);
    BHU_TRY(done.value()->run());
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.retry"), QStringLiteral("SyncIssue"), issueId));
    return tx.commit();
}

Status SyncQueue::resolve(const QString& issueId, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto done = m_c.prepare("UPDATE sync_issues SET resolved_at = ?2 WHERE id = ?1 AND resolved_at IS NULL");
    if (!done.ok()) return done.error();
    done.value()->bind(1, issueId).bind(2, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(done.value()->run());
    if (m_c.changes() == 0) return Error::make(ErrorCode::NotFound, tr("This problem was already dealt with."));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.resolve"), QStringLiteral("SyncIssue"), issueId));
    return tx.commit();
}

Result<QMap<QString, qint64>> SyncQueue::pendingByType()
{
    auto st = m_c.prepare("SELECT resource_type, count(*) FROM outbox WHERE state IN ('pending','uploading') GROUP BY resource_type");
    if (!st.ok()) return st.error();
    QMap<QString, qint64> out;
    BHU_TRY(forEachRow(st.value(), [&](Statement* q) { out.insert(q->text(0), q->int64(1)); }));
    return out;
}

Result<qint64> SyncQueue::pendingCount()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending','uploading')"));
}

Result<qint64> SyncQueue::dueCount(const QDateTime& now)
{
    auto st = m_c.prepare("SELECT count(*) FROM outbox WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, isoUtc(now));
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const qint64 n = st.value()->int64(0);
    st.value()->reset();
    return n;
}

Result<QDateTime> SyncQueue::nextAttemptAt()
{
    auto st = m_c.prepare("SELECT count(*), min(coalesce(next_attempt_at, '')) FROM outbox WHERE state = 'pending'");
    if (!st.ok()) return st.error();
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const qint64 n = st.value()->int64(0);
    const QString t = st.value()->text(1);
    st.value()->reset();
    if (n == 0) return QDateTime();
    if (t.isEmpty()) return QDateTime::currentDateTimeUtc();
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

} // namespace bhu::db
