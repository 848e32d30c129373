#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0001;
extern const Migration m0002;
extern const Migration m0003;
extern const Migration m0004;   // patient links, review queue (MPI)
extern const Migration m0005;   // audit trails
extern const Migration m0006;   // teleconsultation: binaries (photos)
extern const Migration m0007;   // tombstones
extern const Migration m0008;   // catchment rows a merge added (unmerge narrows them)
extern const Migration m0009;   // teleconsultation routing: specialist grants, claims, reads
extern const Migration m0010;   // teleconsultation: photo reads, escalation, routes to hospitals
extern const Migration m0011;   // reference lists published to every facility
extern const Migration m0012;   // name frequencies for the matcher; blocking keys version 2

const std::vector<Migration>& migrationList()
{
    static const std::vector<Migration> list{m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012};
    return list;
}

namespace {
constexpr long long kMigrationLock = 0x6268755f6d696772;   // "bhu_migr"

int appliedVersion(pqxx::work& w)
{
    w.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL,"
           " applied_at timestamptz NOT NULL DEFAULT now())");
    return w.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
}
} // namespace

Result<int> schemaVersion(Db& db)
{
    auto v = db.transact([](pqxx::work& w) { return appliedVersion(w); });
    if (!v.ok()) return v.error();
    if (v.value() > migrationList().back().version)
        return Error::make(ErrorCode::TooNew, QStringLiteral("The registry database was made by a newer bhu-registry."),
                           QStringLiteral("schema version %1").arg(v.value()));
    return v.value();
}

Result<int> migrate(Db& db)
{
    auto current = schemaVersion(db);
    if (!current.ok()) return current.error();
    int applied = 0;
    for (const Migration& m : migrationList()) {
        auto r = db.transact([&m](pqxx::work& w) {
            w.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
            (void)appliedVersion(w);   // creates schema_migrations on a fresh database
            // Each version on its own: a database that has a later migration still gets an
            // earlier one it lacks (branches merged in another order than they were numbered).
            if (!w.exec_params("SELECT 1 FROM schema_migrations WHERE version = $1", m.version).empty()) return 0;
            w.exec(m.sql);
            w.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.version, std::string(m.name));
            return 1;
        });
        if (!r.ok()) return r.error();
        applied += r.value();
    }
    return applied;
}

} // namespace bhu::registry
