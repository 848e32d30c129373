#include "bhu/db/Migrations.h"

#include "migrations/MigrationList.h"

#include <QCoreApplication>

namespace bhu::db {

const QList<Migration>& allMigrations()
{
    static const QList<Migration> list = migrations::list();
    return list;
}

int latestSchemaVersion() { return allMigrations().isEmpty() ? 0 : allMigrations().last().version; }

Result<int> schemaVersion(Connection& c)
{
    auto v = c.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!v.ok()) return v.error();
    return static_cast<int>(v.value());
}

Status migrate(Connection& c, int target)
{
    if (target < 0) target = latestSchemaVersion();
    auto current = schemaVersion(c);
    if (!current.ok()) return current.error();
    if (current.value() > latestSchemaVersion())
        return Error::make(ErrorCode::TooNew,
                           QCoreApplication::translate("bhu::db::migrate",
                                                       "This database was made by a newer version of BHU Clinic (schema %1; this program knows up to %2). "
                                                       "Install the newer version; the database was not changed.")
                               .arg(current.value())
                               .arg(latestSchemaVersion()));
    for (const Migration& m : allMigrations()) {
        if (m.version <= current.value() || m.version > target) continue;
        Transaction tx(c);
        BHU_TRY(tx.started());
        BHU_TRY(c.exec(QString::fromUtf8(m.sql)));
        BHU_TRY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)));
        BHU_TRY(tx.commit());
    }
    return {};
}

} // namespace bhu::db
