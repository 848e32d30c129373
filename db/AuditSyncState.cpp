#include "bhu/db/AuditSyncState.h"

namespace bhu::db {

Result<QString> AuditSyncState::value(const char* key)
{
    auto st = m_c.prepare("SELECT value FROM meta WHERE key = ?");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, QString::fromLatin1(key));
    auto row = q->step();
    if (!row.ok()) return row.error();
    const QString v = row.value() ? q->text(0) : QString();
    q->reset();
    return v;
}

Result<qint64> AuditSyncState::sentThrough(const QString& deviceId)
{
    auto device = value("audit_sync_device");
    if (!device.ok()) return device.error();
    if (device.value() != deviceId) return qint64(0);
    auto seq = value("audit_sync_seq");
    if (!seq.ok()) return seq.error();
    return seq.value().toLongLong();
}

Status AuditSyncState::setSentThrough(const QString& deviceId, qint64 seq)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto st = m_c.prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st.ok()) return st.error();
    st.value()->bind(1, QStringLiteral("audit_sync_device")).bind(2, deviceId);
    BHU_TRY(st.value()->run());
    st.value()->bind(1, QStringLiteral("audit_sync_seq")).bind(2, QString::number(seq));
    BHU_TRY(st.value()->run());
    return tx.commit();
}

} // namespace bhu::db
