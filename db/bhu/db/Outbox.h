#pragma once
// The store-and-forward queue. Explicit states: pending → uploading → synced | rejected | conflict.
// Enqueue runs inside the writer's transaction. A resource edited again while its entry is
// still pending keeps one pending entry (with the newest version); edited while uploading,
// it gets a new pending entry.
#include "bhu/db/Connection.h"

namespace bhu::db {

struct OutboxCounts {
    qint64 pending = 0, uploading = 0, synced = 0, rejected = 0, conflict = 0;
};

class Outbox {
public:
    explicit Outbox(Connection& c) : m_c(c) {}
    Status enqueue(const QString& resourceType, const QString& resourceId, int resourceVersion, const QString& op = QStringLiteral("upsert"));
    Result<OutboxCounts> counts();

private:
    Connection& m_c;
};

} // namespace bhu::db
