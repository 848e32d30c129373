#include "bhu/db/Outbox.h"

#include "bhu/domain/Clock.h"

#include <QUuid>

namespace bhu::db {

Status Outbox::enqueue(const QString& resourceType, const QString& resourceId, int resourceVersion, const QString& op)
{
    auto st = m_c.prepare(
        "INSERT INTO outbox(id, resource_type, resource_id, resource_version, op, state, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?6) "
        "ON CONFLICT(resource_type, resource_id) WHERE state = 'pending' DO UPDATE SET "
        "resource_version = max(resource_version, excluded.resource_version), "
        "op = CASE WHEN op = 'delete' THEN 'delete' ELSE excluded.op END, updated_at = excluded.updated_at");
    if (!st.ok()) return st.error();
    st.value()->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, resourceType).bind(3, resourceId);
    st.value()->bind(4, resourceVersion).bind(5, op).bind(6, isoUtc(Clock::system().nowUtc()));
    return st.value()->run();
}

Result<OutboxCounts> Outbox::counts()
{
    auto st = m_c.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    if (!st.ok()) return st.error();
    OutboxCounts c;
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        const QString s = st.value()->text(0);
        const qint64 n = st.value()->int64(1);
        if (s == u"pending") c.pending = n;
        else if (s == u"uploading") c.uploading = n;
        else if (s == u"synced") c.synced = n;
        else if (s == u"rejected") c.rejected = n;
        else if (s == u"conflict") c.conflict = n;
    }
    st.value()->reset();
    return c;
}

} // namespace bhu::db
