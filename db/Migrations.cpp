#include "bhu/db/Migrations.h"

#include "migrations/MigrationList.h"

#include <QCoreApplication>

namespace bhu::db {

namespace {
QList<Migration>& registered()
{
    static QList<Migration> list = migrations::list();
    return list;
}
int g_failVersion = 0;
} // namespace

const QList<Migration>& allMigrations() { return registered(); }

namespace testhooks {
void addMigration(const Migration& m) { registered().append(m); }
void failMigration(int version) { g_failVersion = version; }
void reset()
{
    registered() = migrations::list();
    g_failVersion = 0;
}
} // namespace testhooks

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
        Status s = tx.started();
        if (s.ok()) s = c.exec(QString::fromUtf8(m.sql));
        if (s.ok() && m.version == g_failVersion)
            s = Error::make(ErrorCode::Failed, QString(), QStringLiteral("forced failure (test hook)"));
        if (s.ok()) s = c.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (s.ok()) s = tx.commit();
        if (!s.ok())   // the transaction rolls back as it goes out of scope
            return Error::make(ErrorCode::Failed,
                               QCoreApplication::translate("bhu::db::migrate", "Updating the database to schema version %1 (%2) failed.")
                                   .arg(m.version)
                                   .arg(QString::fromUtf8(m.name)),
                               QStringLiteral("migration %1 %2: %3").arg(m.version).arg(QString::fromUtf8(m.name), s.error().detail));
    }
    return {};
}

} // namespace bhu::db
