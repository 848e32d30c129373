#pragma once
// The pieces the sync benchmark drives: a registry on a throwaway PostgreSQL cluster and clinic
// databases operated through the real programs (bhu-registry, bhuctl, bhu-linksim).
#include "bhu/test/PgCluster.h"
#include "bhu/test/RegistryProcess.h"
#include "bhu/test/TestSupport.h"

#include <QJsonObject>
#include <QString>

namespace bhu::bench {

struct Registry {
    QString conninfo;
    test::RegistryProcess process;
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/fhir").arg(process.port()); }
    bool start(QString* error);
    QString token(const QString& facilityCode);   // bhu-registry facility add (new or existing)
    long long scalar(const std::string& sql);
};

struct ClinicRun {
    int exitCode = -1;
    QJsonObject report;
    qint64 wallMs = 0;
    QString err;
};

// Runs bhuctl with the test password; stdout parsed as one JSON object.
ClinicRun bhuctl(const QStringList& args, int timeoutMs = 3600 * 1000);
test::TestDb newClinic(const QString& facilityCode);

} // namespace bhu::bench
