#include "bhu/db/SyncStateStore.h"

#include "bhu/db/AuditLog.h"
#include "bhu/domain/Clock.h"

#include <QJsonDocument>

namespace bhu::db {

namespace {
QDateTime parseTime(const QString& s) { return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs); }
QString orNull(const QString& s) { return s.isEmpty() ? QString() : s; }
} // namespace

Result<Enrolment> SyncStateStore::enrolment()
{
    auto st = m_c.prepare("SELECT registry_url, device_id, device_name, credential, pin_sha256, ca_pem, facility_code, "
                          "facility_number, enrolled_at FROM sync_state WHERE id = 1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    auto row = q->step();
    if (!row.ok()) return row.error();
    Enrolment e;
    if (row.value()) {
        e.registryUrl = q->text(0);
        e.deviceId = q->text(1);
        e.deviceName = q->text(2);
        e.credential = q->text(3);
        e.pinSha256 = q->text(4);
        e.caPem = q->text(5).toUtf8();
        e.facilityCode = q->text(6);
        e.facilityNumber = static_cast<int>(q->int64(7));
        e.enrolledAt = parseTime(q->text(8));
    }
    q->reset();
    return e;
}

Status SyncStateStore::saveEnrolment(const Enrolment& e, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto st = m_c.prepare("UPDATE sync_state SET registry_url=?1, device_id=?2, device_name=?3, credential=?4, pin_sha256=?5, ca_pem=?6, "
                          "facility_code=?7, facility_number=?8, enrolled_at=?9, pull_cursor='', last_error=NULL WHERE id = 1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, e.registryUrl).bind(2, e.deviceId).bind(3, orNull(e.deviceName)).bind(4, e.credential).bind(5, orNull(e.pinSha256));
    q->bind(6, e.caPem.isEmpty() ? QString() : QString::fromUtf8(e.caPem)).bind(7, orNull(e.facilityCode));
    q->bind(8, e.facilityNumber).bind(9, isoUtc(e.enrolledAt.isValid() ? e.enrolledAt : Clock::system().nowUtc()));
    BHU_TRY(q->run());
    if (e.facilityNumber >= 1 && e.facilityNumber <= 99999) {
        // Provisional numbers already issued keep the old namespace; only a fresh clinic adopts it.
        auto num = m_c.prepare("UPDATE facility SET number = ?1 WHERE (SELECT value FROM counters WHERE name = 'mr_provisional') = 0");
        if (!num.ok()) return num.error();
        num.value()->bind(1, e.facilityNumber);
        BHU_TRY(num.value()->run());
    }
    // No credential in the audit trail: the device id and the registry only.
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("sync.enrol"), QStringLiteral("Device"), e.deviceId, QString(), e.registryUrl));
    return tx.commit();
}

Result<SyncStatus> SyncStateStore::status()
{
    auto st = m_c.prepare("SELECT pull_cursor, last_attempt_at, last_success_at, last_error, last_report, bytes_sent, bytes_received "
                          "FROM sync_state WHERE id = 1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    auto row = q->step();
    if (!row.ok()) return row.error();
    SyncStatus s;
    if (row.value()) {
        s.cursor = q->text(0);
        s.lastAttemptAt = parseTime(q->text(1));
        s.lastSuccessAt = parseTime(q->text(2));
        s.lastError = q->text(3);
        s.lastReport = QJsonDocument::fromJson(q->text(4).toUtf8()).object();
        s.bytesSent = q->int64(5);
        s.bytesReceived = q->int64(6);
    }
    q->reset();
    return s;
}

Result<QString> SyncStateStore::cursor()
{
    auto s = status();
    if (!s.ok()) return s.error();
    return s->cursor;
}

Status SyncStateStore::setCursorWithin(const QString& cursor)
{
    auto st = m_c.prepare("UPDATE sync_state SET pull_cursor = ?1 WHERE id = 1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, cursor.isNull() ? QStringLiteral("") : cursor);
    return st.value()->run();
}

Status SyncStateStore::resetCursor() { return setCursorWithin(QStringLiteral("")); }

Result<QString> SyncStateStore::pendingMrRequest()
{
    auto t = m_c.queryText(QStringLiteral("SELECT coalesce(mr_request_id, '') FROM sync_state WHERE id = 1"));
    if (!t.ok()) return t.is(ErrorCode::NotFound) ? Result<QString>(QString()) : Result<QString>(t.error());
    return t.value();
}

Status SyncStateStore::setPendingMrRequest(const QString& requestId)
{
    auto st = m_c.prepare("UPDATE sync_state SET mr_request_id = ?1 WHERE id = 1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, requestId.isEmpty() ? QString() : requestId);
    return st.value()->run();
}

Status SyncStateStore::recordAttempt(const QDateTime& at)
{
    auto st = m_c.prepare("UPDATE sync_state SET last_attempt_at = ?1 WHERE id = 1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, isoUtc(at));
    return st.value()->run();
}

Status SyncStateStore::recordResult(const QDateTime& at, const QJsonObject& report, const QString& error, qint64 sent, qint64 received)
{
    auto st = m_c.prepare("UPDATE sync_state SET last_report = ?1, last_error = ?2, bytes_sent = bytes_sent + ?3, "
                          "bytes_received = bytes_received + ?4, last_success_at = CASE WHEN ?2 IS NULL THEN ?5 ELSE last_success_at END "
                          "WHERE id = 1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    st.value()->bind(2, error.isEmpty() ? QString() : error).bind(3, sent).bind(4, received).bind(5, isoUtc(at));
    return st.value()->run();
}

} // namespace bhu::db
