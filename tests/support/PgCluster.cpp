#include "bhu/test/PgCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <pqxx/pqxx>

#include <arpa/inet.h>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bhu::test {

namespace {
std::unique_ptr<PgCluster> g_cluster;
QString g_reason;
bool g_missing = false;
std::once_flag g_once;
std::unique_ptr<QTemporaryDir> g_tmp;

QString findBinDir()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!onPath.isEmpty() && QFileInfo::exists(QFileInfo(onPath).dir().filePath(QStringLiteral("pg_ctl"))))
        return QFileInfo(onPath).absolutePath();
    for (const char* dir : {"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"}) {
        const QString d = QString::fromLatin1(dir);
        if (QFileInfo::exists(d + QStringLiteral("/initdb")) && QFileInfo::exists(d + QStringLiteral("/pg_ctl"))) return d;
    }
    return {};
}

int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) return 0;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(s);
    return port;
}

// Runs a PostgreSQL program, as `postgres` when we are root.
bool runPg(const QString& program, const QStringList& args, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0) p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        if (output) *output = program + QStringLiteral(": did not run");
        return false;
    }
    if (output) *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString shellQuote(const QString& s) { return u'\'' + QString(s).replace(u'\'', QStringLiteral("'\\''")) + u'\''; }
} // namespace

PgCluster* PgCluster::instance()
{
    std::call_once(g_once, [] {
        std::unique_ptr<PgCluster> c(new PgCluster);
        c->m_binDir = findBinDir();
        if (c->m_binDir.isEmpty()) {
            g_missing = true;
            g_reason = QStringLiteral("PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin");
            return;
        }
        QString error;
        if (!c->start(&error)) {
            g_reason = QStringLiteral("could not start a PostgreSQL test cluster: ") + error;
            return;
        }
        g_cluster = std::move(c);
        std::atexit([] { g_cluster.reset(); g_tmp.reset(); });
    });
    return g_cluster.get();
}

QString PgCluster::reason() { return g_reason; }

bool PgCluster::binariesMissing()
{
    instance();
    return g_missing;
}

bool PgCluster::start(QString* error)
{
    g_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bhu-pg-XXXXXX"));
    if (!g_tmp->isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_dir = g_tmp->path();
    if (::geteuid() == 0) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root and there is no postgres user");
            return false;
        }
        if (::chown(m_dir.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("chown of the temporary folder failed");
            return false;
        }
    }
    ::chmod(m_dir.toLocal8Bit().constData(), 0755);
    const QString data = m_dir + QStringLiteral("/data");
    QString out;
    if (!runPg(m_binDir + QStringLiteral("/initdb"),
               {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
               &out)) {
        *error = QStringLiteral("initdb failed: ") + out.right(800);
        return false;
    }
    for (int attempt = 0; attempt < 3 && !m_started; ++attempt) {
        m_port = freePort();
        const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                            " -c full_page_writes=off -c max_connections=400")
                                 .arg(m_port)
                                 .arg(m_dir);
        m_started = runPg(m_binDir + QStringLiteral("/pg_ctl"),
                          {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir + QStringLiteral("/postgres.log"), QStringLiteral("-w"),
                           QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), opts, QStringLiteral("start")},
                          &out);
    }
    if (!m_started) *error = QStringLiteral("pg_ctl start failed: ") + out.right(800);
    return m_started;
}

PgCluster::~PgCluster()
{
    if (!m_started) return;
    // At exit: no Qt event machinery needed, so a plain shell command.
    QString cmd = shellQuote(m_binDir + QStringLiteral("/pg_ctl")) + QStringLiteral(" -D ") + shellQuote(m_dir + QStringLiteral("/data")) +
                  QStringLiteral(" -m immediate -w stop >/dev/null 2>&1");
    if (::geteuid() == 0) cmd = QStringLiteral("runuser -u postgres -- ") + cmd;
    [[maybe_unused]] const int rc = std::system(cmd.toLocal8Bit().constData());
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("t%1_%2").arg(::getpid()).arg(++m_databases);
    const QString admin = QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres").arg(m_dir).arg(m_port);
    try {
        pqxx::connection c(admin.toStdString());
        pqxx::nontransaction w(c);
        w.exec("CREATE DATABASE " + name.toStdString());
    } catch (const std::exception&) {
        return {};
    }
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(m_dir).arg(m_port).arg(name);
}

} // namespace bhu::test
