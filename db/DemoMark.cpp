#include "bhu/db/DemoMark.h"

#include "bhu/db/AuditLog.h"

namespace bhu::db {

bool isDemoDatabase(Connection& c)
{
    auto v = c.queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'demo'"));
    return v.ok() && !v.value().isEmpty();
}

Status markDemoDatabase(Connection& c, const Actor& who)
{
    if (isDemoDatabase(c)) return {};
    Transaction tx(c);
    BHU_TRY(tx.started());
    BHU_TRY(c.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('demo', 'training')")));
    BHU_TRY(AuditLog(c).append(who, QStringLiteral("database.demo"), QStringLiteral("Facility"), QString()));
    return tx.commit();
}

} // namespace bhu::db
