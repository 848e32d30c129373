// bhuctl enroll: enrol this clinic with the registry (admin only). Spends the one-time token,
// stores the device credential and pins the registry's certificate (or the CA given).
#include "Cli.h"

#include "bhu/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }
}

Command enrollCommand()
{
    return Command{
        QStringLiteral("enroll"),
        tr("Enrol this clinic with the national registry (administrator)."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("registry"), tr("The registry's FHIR base URL, e.g. https://registry.example/fhir."), QStringLiteral("URL")});
            p.addOption({QStringLiteral("token"), tr("The one-time enrolment token from the registry operator."), QStringLiteral("T")});
            p.addOption({QStringLiteral("ca"), tr("PEM file of the CA to trust for the registry (pinned)."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("device-name"), tr("A name for this computer, shown to the registry operator."), QStringLiteral("N")});
        },
        [](QCommandLineParser& p) {
            const QString registry = p.value(QStringLiteral("registry"));
            const QString token = p.value(QStringLiteral("token"));
            if (registry.isEmpty() || token.isEmpty()) return failUsage(tr("--registry URL and --token T are required."));
            QByteArray ca;
            if (p.isSet(QStringLiteral("ca"))) {
                QFile f(p.value(QStringLiteral("ca")));
                if (!f.open(QIODevice::ReadOnly)) return failUsage(tr("Cannot read the CA file %1.").arg(f.fileName()));
                ca = f.readAll();
                if (!ca.contains("-----BEGIN CERTIFICATE-----")) return failUsage(tr("%1 is not a PEM certificate.").arg(f.fileName()));
            }
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("enroll"), &rc);
            if (!session) return rc;
            if (auto s = session->require(bhu::services::Permission::EnrolDevice); !s.ok()) return fail(s.error());
            auto lock = session->guard();
            bhu::sync::SyncEngine engine(session->store());
            auto e = engine.enroll(bhu::sync::EnrolRequest{registry, token, p.value(QStringLiteral("device-name")), ca});
            if (!e.ok()) return fail(e.error());
            printJson(QJsonObject{{QStringLiteral("enrolled"), true},
                                  {QStringLiteral("registry"), e->registryUrl},
                                  {QStringLiteral("device_id"), e->deviceId},
                                  {QStringLiteral("facility_code"), e->facilityCode},
                                  {QStringLiteral("facility_number"), e->facilityNumber},
                                  {QStringLiteral("pinned"), !e->caPem.isEmpty() ? QStringLiteral("ca") : e->pinSha256}});
            return int(Ok);
        },
    };
}

} // namespace bhuctl
