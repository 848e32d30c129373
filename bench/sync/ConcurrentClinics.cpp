#include "ConcurrentClinics.h"

#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirMeta.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QUrl>
#include <QUuid>
#include <httplib.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace bhu::bench {

namespace {

QJsonObject putEntry(const QJsonObject& resource)
{
    const QString url = resource.value(u"resourceType").toString() + u'/' + resource.value(u"id").toString();
    return QJsonObject{{QStringLiteral("fullUrl"), url},
                       {QStringLiteral("resource"), resource},
                       {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("url"), url}}}};
}

// A day's worth for one clinic: n patients, one closed visit each with its diagnoses.
QByteArray dayBundle(const QString& code, int n, std::uint64_t seed, qint64* resources)
{
    synth::PatientGenerator pg(seed, QDate(2026, 11, 25), code);
    synth::VisitGenerator vg(seed, QDate(2026, 11, 25), code, QStringLiteral("dr"));
    QJsonArray entries;
    for (Patient p : pg.next(n)) {
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.facilityCode = code;
        QJsonObject pr = fhir::patientToFhir(p);
        fhir::setClientVersion(pr, 1);
        entries.append(putEntry(pr));
        const VisitRecord v = vg.visit(p, QDate(2026, 11, 25));
        entries.append(putEntry(fhir::visitToFhir(v.visit)));
        for (const Diagnosis& d : v.diagnoses) entries.append(putEntry(fhir::diagnosisToFhir(d)));
    }
    *resources = entries.size();
    return QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), QStringLiteral("transaction")},
                                     {QStringLiteral("entry"), entries}})
        .toJson(QJsonDocument::Compact);
}

QString parameter(const QJsonObject& params, const QString& name)
{
    for (const QJsonValue& v : params.value(u"parameter").toArray())
        if (v.toObject().value(u"name").toString() == name) return v.toObject().value(u"valueString").toString();
    return {};
}

struct ClientLog {
    std::vector<double> latenciesMs;
    int errors = 0;
    qint64 pushed = 0;
    QString firstError;
};

void runClient(const std::string& host, int port, const QString& code, const QString& token, int n, std::uint64_t seed, ClientLog& log)
{
    httplib::Client c(host, port);
    c.set_connection_timeout(60, 0);
    c.set_read_timeout(120, 0);
    c.set_write_timeout(120, 0);
    auto timed = [&](auto&& call, int expect) -> httplib::Result {
        QElapsedTimer t;
        t.start();
        httplib::Result r = call();
        log.latenciesMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r || r->status != expect) {
            ++log.errors;
            if (log.firstError.isEmpty())
                log.firstError = r ? QStringLiteral("HTTP %1: %2").arg(r->status).arg(QString::fromStdString(r->body.substr(0, 200)))
                                   : QStringLiteral("transport error %1").arg(static_cast<int>(r.error()));
        }
        return r;
    };
    const QByteArray enrol = QJsonDocument(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                                       {QStringLiteral("parameter"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("token")},
                                                                               {QStringLiteral("valueString"), token}}}}})
                                 .toJson(QJsonDocument::Compact);
    auto e = timed([&] { return c.Post("/fhir/$enroll", enrol.toStdString(), "application/fhir+json"); }, 200);
    if (!e || e->status != 200) return;
    const QString credential = parameter(QJsonDocument::fromJson(QByteArray::fromStdString(e->body)).object(), QStringLiteral("credential"));
    const httplib::Headers auth{{"Authorization", "Bearer " + credential.toStdString()}, {"Accept-Encoding", "gzip"}};
    qint64 resources = 0;
    const QByteArray bundle = dayBundle(code, n, seed, &resources);
    auto p = timed([&] { return c.Post("/fhir", auth, bundle.toStdString(), "application/fhir+json"); }, 200);
    if (p && p->status == 200) log.pushed += resources;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const std::string path = "/fhir/$changes?_count=500&cursor=" + QUrl::toPercentEncoding(cursor).toStdString();
        auto g = timed([&] { return c.Get(path.c_str(), auth); }, 200);
        if (!g || g->status != 200) return;
        const QJsonObject b = QJsonDocument::fromJson(QByteArray::fromStdString(g->body)).object();
        for (const QJsonValue& x : b.value(u"meta").toObject().value(u"extension").toArray())
            if (x.toObject().value(u"url").toString().endsWith(u"sync-cursor")) cursor = x.toObject().value(u"valueString").toString();
        bool more = false;
        for (const QJsonValue& l : b.value(u"link").toArray())
            if (l.toObject().value(u"relation").toString() == u"next") more = true;
        if (!more) break;
    }
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.at(static_cast<size_t>(q * static_cast<double>(v.size() - 1)));
}

} // namespace

QJsonObject ConcurrentResult::toJson() const
{
    return QJsonObject{{QStringLiteral("clients"), clients},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("resources_pushed"), resourcesPushed},
                       {QStringLiteral("wall_s"), wallSeconds},
                       {QStringLiteral("requests_per_s"), wallSeconds > 0 ? requests / wallSeconds : 0},
                       {QStringLiteral("resources_per_s"), wallSeconds > 0 ? static_cast<double>(resourcesPushed) / wallSeconds : 0},
                       {QStringLiteral("latency_p50_ms"), p50Ms},
                       {QStringLiteral("latency_p95_ms"), p95Ms},
                       {QStringLiteral("latency_max_ms"), maxMs},
                       {QStringLiteral("first_error"), firstError}};
}

ConcurrentResult runConcurrentClinics(const QString& host, int port, const QStringList& codes, const QStringList& tokens,
                                      int patientsPerClinic)
{
    std::vector<ClientLog> logs(static_cast<size_t>(codes.size()));
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (qsizetype i = 0; i < codes.size(); ++i)
        threads.emplace_back(runClient, host.toStdString(), port, codes.at(i), tokens.at(i), patientsPerClinic,
                             static_cast<std::uint64_t>(i + 1), std::ref(logs[static_cast<size_t>(i)]));
    for (auto& t : threads) t.join();
    ConcurrentResult r;
    r.clients = static_cast<int>(codes.size());
    r.wallSeconds = static_cast<double>(wall.elapsed()) / 1000.0;
    std::vector<double> all;
    for (const ClientLog& l : logs) {
        all.insert(all.end(), l.latenciesMs.begin(), l.latenciesMs.end());
        r.errors += l.errors;
        r.resourcesPushed += l.pushed;
        if (r.firstError.isEmpty()) r.firstError = l.firstError;
    }
    r.requests = static_cast<int>(all.size());
    r.p50Ms = percentile(all, 0.50);
    r.p95Ms = percentile(all, 0.95);
    r.maxMs = percentile(all, 1.0);
    return r;
}

} // namespace bhu::bench
