#include "SyncBenchEnv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <pqxx/pqxx>

namespace bhu::bench {

bool Registry::start(QString* error)
{
    test::PgCluster* pg = test::PgCluster::instance();
    if (!pg) {
        *error = test::PgCluster::reason();
        return false;
    }
    conninfo = pg->createDatabase();
    const test::RunResult m = test::run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo}, {});
    if (m.exitCode != 0) {
        *error = QString::fromUtf8(m.err);
        return false;
    }
    if (!process.start(conninfo, {QStringLiteral("--threads"), QStringLiteral("32")})) {
        *error = process.error();
        return false;
    }
    return true;
}

QString Registry::token(const QString& facilityCode)
{
    const test::RunResult r = test::run(QStringLiteral("bhu-registry"),
                                        {QStringLiteral("facility"), QStringLiteral("add"), QStringLiteral("--db"), conninfo, QStringLiteral("--code"),
                                         facilityCode, QStringLiteral("--name"), QStringLiteral("BHU ") + facilityCode},
                                        {});
    static const QRegularExpression re(QStringLiteral("(enr_\\S+)"));
    return re.match(QString::fromUtf8(r.out)).captured(1);
}

long long Registry::scalar(const std::string& sql)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::work w(c);
    return w.exec1(sql)[0].as<long long>();
}

ClinicRun bhuctl(const QStringList& args, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    const test::RunResult r = test::run(QStringLiteral("bhuctl"), args, test::kPassword, timeoutMs);
    ClinicRun out;
    out.wallMs = t.elapsed();
    out.exitCode = r.exitCode;
    out.report = QJsonDocument::fromJson(r.out).object();
    out.err = QString::fromUtf8(r.err);
    return out;
}

test::TestDb newClinic(const QString& facilityCode)
{
    return test::makeTestDb(facilityCode);
}

} // namespace bhu::bench
