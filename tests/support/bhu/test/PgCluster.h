#pragma once
// A throwaway PostgreSQL cluster for integration tests: initdb into a temporary folder, started
// on a free port with its unix socket in that folder (fsync off), one fresh database per test,
// stopped and removed when the test program exits. As root, initdb and pg_ctl run as the
// `postgres` user (initdb refuses root).
#include <QString>

namespace bhu::test {

class PgCluster {
public:
    // The process-wide cluster, started on first use; nullptr when it cannot run (see reason()).
    static PgCluster* instance();
    // Why instance() is null: "PostgreSQL binaries (initdb, pg_ctl) not found" or a start error.
    static QString reason();
    // True when the binaries are missing (the only case tests may skip).
    static bool binariesMissing();

    // A new empty database; returns its libpq connection string.
    QString createDatabase();
    int port() const { return m_port; }
    QString socketDir() const { return m_dir; }

    ~PgCluster();

private:
    PgCluster() = default;
    bool start(QString* error);
    QString m_binDir, m_dir;
    int m_port = 0;
    bool m_started = false;
    int m_databases = 0;
};

} // namespace bhu::test
