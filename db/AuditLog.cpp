#include "bhu/db/AuditLog.h"

#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace bhu::db {

namespace {
const QString& kGenesis = bhu::kAuditGenesis;
const char* const kEntryColumns = "seq, id, at, user_id, username, action, entity_type, entity_id, patient_id, source, details, prev_hash, hash";

AuditEntry readEntry(const Statement* st)
{
    AuditEntry e;
    e.seq = st->int64(0);
    e.id = st->text(1);
    e.at = st->text(2);
    e.userId = st->text(3);
    e.username = st->text(4);
    e.action = st->text(5);
    e.entityType = st->text(6);
    e.entityId = st->text(7);
    e.patientId = st->text(8);
    e.source = st->text(9);
    e.details = st->text(10);
    e.prevHash = st->text(11);
    e.hash = st->text(12);
    return e;
}
} // namespace

Status AuditLog::append(const Actor& who, const QString& action, const QString& entityType, const QString& entityId,
                        const QString& patientId, const QString& details)
{
    auto last = m_c.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last.ok()) return last.error();
    AuditEntry e;
    e.seq = 1;
    e.prevHash = kGenesis;
    {
        Statement* st = last.value();
        auto row = st->step();
        if (!row.ok()) return row.error();
        if (row.value()) {
            e.seq = st->int64(0) + 1;
            e.prevHash = st->text(1);
        }
        st->reset();
    }
    // Never reuse the number of a deleted newest entry: the head kept in meta leaves the gap
    // visible to verify() instead of hiding it under a fresh entry.
    {
        auto head = m_c.prepare("SELECT value FROM meta WHERE key = 'audit_head_seq'");
        if (!head.ok()) return head.error();
        auto hr = head.value()->step();
        if (!hr.ok()) return hr.error();
        if (hr.value()) e.seq = qMax(e.seq, head.value()->text(0).toLongLong() + 1);
        head.value()->reset();
    }
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.at = isoUtc(Clock::system().nowUtc());
    e.userId = who.userId;
    e.username = who.username;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.patientId = patientId;
    e.source = who.source;
    e.details = details;
    e.hash = computeHash(e);

    auto ins = m_c.prepare("INSERT INTO audit_log(seq, id, at, user_id, username, action, entity_type, entity_id, "
                           "patient_id, source, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!ins.ok()) return ins.error();
    Statement* st = ins.value();
    st->bind(1, e.seq).bind(2, e.id).bind(3, e.at).bind(4, e.userId).bind(5, e.username).bind(6, e.action);
    st->bind(7, e.entityType).bind(8, e.entityId).bind(9, e.patientId).bind(10, e.source).bind(11, e.details);
    st->bind(12, e.prevHash).bind(13, e.hash);
    BHU_TRY(st->run());
    auto head = m_c.prepare("INSERT INTO meta(key, value) VALUES ('audit_head_seq', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!head.ok()) return head.error();
    head.value()->bind(1, QString::number(e.seq));
    return head.value()->run();
}

Status AuditLog::record(const Actor& who, const QString& action, const QString& entityType, const QString& entityId,
                        const QString& patientId, const QString& details)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(append(who, action, entityType, entityId, patientId, details));
    return tx.commit();
}

Status AuditLog::verify()
{
    const QByteArray sql = QByteArray("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq";
    auto q = m_c.prepare(sql.constData());
    if (!q.ok()) return q.error();
    Statement* st = q.value();
    QString prev = kGenesis;
    qint64 expectedSeq = 1;
    auto fail = [&](qint64 seq, const char* why) {
        st->reset();
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("bhu::db::AuditLog",
                                                       "The audit trail has been tampered with at entry %1 (%2). "
                                                       "Keep this database as evidence and tell the district.")
                               .arg(seq)
                               .arg(QCoreApplication::translate("bhu::db::AuditLog", why)));
    };
    for (;;) {
        auto row = st->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        const AuditEntry e = readEntry(st);
        if (e.seq != expectedSeq) return fail(expectedSeq, QT_TRANSLATE_NOOP("bhu::db::AuditLog", "entry missing or reordered"));
        if (e.prevHash != prev) return fail(e.seq, QT_TRANSLATE_NOOP("bhu::db::AuditLog", "chain broken"));
        if (computeHash(e) != e.hash) return fail(e.seq, QT_TRANSLATE_NOOP("bhu::db::AuditLog", "entry edited"));
        prev = e.hash;
        ++expectedSeq;
    }
    st->reset();
    // Truncation of the newest entries is caught by the head hash kept in meta.
    auto head = m_c.prepare("SELECT value FROM meta WHERE key = 'audit_head_seq'");
    if (!head.ok()) return head.error();
    auto hr = head.value()->step();
    if (!hr.ok()) return hr.error();
    if (hr.value()) {
        const qint64 headSeq = head.value()->text(0).toLongLong();
        head.value()->reset();
        if (headSeq > expectedSeq - 1) return fail(expectedSeq, QT_TRANSLATE_NOOP("bhu::db::AuditLog", "newest entries deleted"));
    }
    head.value()->reset();
    return {};
}

Result<qint64> AuditLog::count() { return m_c.queryInt(QStringLiteral("SELECT count(*) FROM audit_log")); }

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq DESC LIMIT ?";
    auto q = m_c.prepare(sql.constData());
    if (!q.ok()) return q.error();
    Statement* st = q.value();
    st->bind(1, limit);
    QList<AuditEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        const AuditEntry e = readEntry(st);
        out.append(e);
    }
    st->reset();
    return out;
}

} // namespace bhu::db

namespace bhu::db {

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter& f)
{
#define BHU_AUDIT_QUERY(ORDER)                                                                                        \
    "SELECT seq, id, at, user_id, username, action, entity_type, entity_id, patient_id, source, details, prev_hash, hash " \
    "FROM audit_log WHERE seq > ?1 AND (?2 = '' OR username = ?2) AND (?3 = '' OR patient_id = ?3) "                   \
    "AND (?4 = '' OR action = ?4 OR substr(action, 1, length(?4) + 1) = ?4 || '.') "                                   \
    "AND (?5 = '' OR at >= ?5) AND (?6 = '' OR at < ?6) ORDER BY seq " ORDER " LIMIT ?7"
    auto q = m_c.prepare(f.oldestFirst ? BHU_AUDIT_QUERY("ASC") : BHU_AUDIT_QUERY("DESC"));
#undef BHU_AUDIT_QUERY
    if (!q.ok()) return q.error();
    Statement* st = q.value();
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    st->bind(1, f.afterSeq).bind(2, text(f.username.trimmed().toLower())).bind(3, text(f.patientId)).bind(4, text(f.action.trimmed()));
    st->bind(5, text(f.fromUtc)).bind(6, text(f.toUtc)).bind(7, f.limit > 0 ? f.limit : -1);
    QList<AuditEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(readEntry(st));
    }
    st->reset();
    return out;
}

} // namespace bhu::db
