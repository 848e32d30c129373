// bhu-bench-match-http: POST Patient/$match latency with N patients in the registry
// (docs/performance.md, "Matching").
//   bhu-bench-match-http [--patients 1000000] [--queries 1000]
// Starts a throwaway PostgreSQL cluster (bhu::pgtest) and the real bhu-registry, loads N
// synthetic patients (bhu::synth::MatchSetGenerator: households, duplicates, namesakes) with
// COPY into resources and match_keys — as push would store them — then sends `queries` held-out
// records (never loaded; some have duplicates in the registry) to $match over HTTP, one at a
// time on a keep-alive connection. Prints one JSON object (load time, p50/p95/p99/max ms,
// candidates returned).
#include "bhu/fhir/FhirPatient.h"
#include "bhu/match/BlockingKeys.h"
#include "bhu/synth/MatchSetGenerator.h"
#include "bhu/test/PgCluster.h"
#include "bhu/test/RegistryProcess.h"
#include "bhu/test/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <httplib.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <cstdio>

using namespace bhu;

namespace {

QString arg(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int fail(const QString& m)
{
    std::fprintf(stderr, "bhu-bench-match-http: %s\n", qPrintable(m));
    return 1;
}

std::string compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(); }

QJsonObject parameters(const Patient& p)
{
    QJsonObject resource = fhir::patientToFhir(p);
    resource.remove(QStringLiteral("id"));
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                       {QStringLiteral("parameter"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("resource")}, {QStringLiteral("resource"), resource}},
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("count")}, {QStringLiteral("valueInteger"), 10}}}}};
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(std::min<double>(double(v.size()) - 1, q * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int patients = arg(args, QStringLiteral("--patients"), QStringLiteral("1000000")).toInt();
    const int queries = arg(args, QStringLiteral("--queries"), QStringLiteral("1000")).toInt();
    constexpr int kChunk = 50000;

    test::PgCluster* pg = test::PgCluster::instance();
    if (!pg) return fail(test::PgCluster::reason());
    const QString conninfo = pg->createDatabase();
    const test::RunResult m = test::run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo}, {});
    if (m.exitCode != 0) return fail(QString::fromUtf8(m.err));
    const test::RunResult f = test::run(QStringLiteral("bhu-registry"),
                                        {QStringLiteral("facility"), QStringLiteral("add"), QStringLiteral("--db"), conninfo,
                                         QStringLiteral("--code"), QStringLiteral("BENCH"), QStringLiteral("--name"), QStringLiteral("Bench")},
                                        {});
    const QString token = QRegularExpression(QStringLiteral("(enr_\\S+)")).match(QString::fromUtf8(f.out)).captured(1);
    test::RegistryProcess server;
    if (!server.start(conninfo, {QStringLiteral("--threads"), QStringLiteral("8")})) return fail(server.error());
    httplib::Client http(server.host().toStdString(), server.port());
    http.set_keep_alive(true);
    http.set_tcp_nodelay(true);
    http.set_read_timeout(60, 0);
    const QJsonObject enrol{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                            {QStringLiteral("parameter"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("token")}, {QStringLiteral("valueString"), token}}}}};
    auto er = http.Post("/fhir/$enroll", compact(enrol), "application/fhir+json");
    if (!er || er->status != 200) return fail(QStringLiteral("enrolment failed"));
    QString credential, deviceId;
    for (const QJsonValue& v : QJsonDocument::fromJson(QByteArray::fromStdString(er->body)).object().value(u"parameter").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name").toString() == u"credential") credential = p.value(u"valueString").toString();
        if (p.value(u"name").toString() == u"deviceId") deviceId = p.value(u"valueString").toString();
    }

    // Load: COPY resources and match_keys in chunks; the key indexes are rebuilt at the end.
    QElapsedTimer load;
    load.start();
    std::vector<Patient> held;
    long long loaded = 0, keyRows = 0;
    {
        pqxx::connection c(conninfo.toStdString());
        long long facilityId = 0;
        {
            pqxx::work w(c);
            facilityId = w.exec1("SELECT id FROM facilities WHERE code = 'BENCH'")[0].as<long long>();
            w.exec("ALTER TABLE match_keys DROP CONSTRAINT match_keys_pkey");
            w.exec("DROP INDEX match_keys_patient");
            w.commit();
        }
        for (int chunk = 0; loaded < patients; ++chunk) {
            synth::MatchSetGenerator gen(1000 + static_cast<std::uint64_t>(chunk), QDate(2026, 1, 1));
            const QList<synth::MatchSetRecord> records = gen.generate(kChunk);
            using ResourceRow = std::tuple<std::string, std::string, std::string, long long, int, int, std::string, std::string, std::string>;
            std::vector<ResourceRow> resourceRows;
            std::vector<std::tuple<std::string, std::string>> keyRowsOfChunk;
            for (qsizetype i = 0; i < records.size() && loaded < patients; ++i) {
                Patient p = records.at(i).patient;
                p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                p.facilityCode = QStringLiteral("BENCH");
                if (records.at(i).ageYears >= 0 && !p.birthDate.isValid()) {
                    p.birthDate = QDate(2026 - records.at(i).ageYears, 1, 1);
                    p.birthDateEstimated = true;
                }
                if (i % 97 == 96 && static_cast<int>(held.size()) < queries) {
                    held.push_back(p);   // a new registration: not in the registry
                    continue;
                }
                const std::string id = p.id.toStdString();
                resourceRows.emplace_back(std::string("Patient"), id, id, facilityId, 1, 1, deviceId.toStdString(),
                                          compact(fhir::patientToFhir(p)), std::string("bench"));
                for (const QString& k : match::blockingKeys(match::recordFromPatient(p))) keyRowsOfChunk.emplace_back(k.toStdString(), id);
                ++loaded;
            }
            keyRows += static_cast<long long>(keyRowsOfChunk.size());
            pqxx::work w(c);
            {
                pqxx::stream_to res(w, "resources",
                                    std::vector<std::string>{"type", "id", "patient_id", "facility_id", "server_version", "client_version",
                                                             "origin_device", "content", "content_sha256"});
                for (const auto& row : resourceRows) res << row;
                res.complete();
            }
            {
                pqxx::stream_to keys(w, "match_keys", std::vector<std::string>{"key", "patient_id"});
                for (const auto& row : keyRowsOfChunk) keys << row;
                keys.complete();
            }
            w.commit();
            std::fprintf(stderr, "loaded %lld patients (%lld s)\n", loaded, static_cast<long long>(load.elapsed() / 1000));
        }
        pqxx::work w(c);
        w.exec("ALTER TABLE match_keys ADD PRIMARY KEY (key, patient_id)");
        w.exec("CREATE INDEX match_keys_patient ON match_keys (patient_id)");
        w.commit();
        pqxx::work a(c);
        a.exec("ANALYZE");
        a.commit();
    }
    const double loadSeconds = double(load.elapsed()) / 1000.0;

    // Queries over HTTP.
    httplib::Headers headers{{"Authorization", "Bearer " + credential.toStdString()}};
    std::vector<double> ms;
    long long returned = 0, certain = 0, probable = 0;
    for (const Patient& p : held) {
        const std::string body = compact(parameters(p));
        QElapsedTimer t;
        t.start();
        auto r = http.Post("/fhir/Patient/$match", headers, body, "application/fhir+json");
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r || r->status != 200) return fail(QStringLiteral("$match failed: %1").arg(r ? r->status : -1));
        const QJsonArray entries = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object().value(u"entry").toArray();
        returned += entries.size();
        for (const QJsonValue& e : entries) {
            const QString g = e.toObject().value(u"search").toObject().value(u"extension").toArray().at(0).toObject().value(u"valueCode").toString();
            certain += g == u"certain";
            probable += g == u"probable";
        }
    }
    // The server's own time per request (its log line's ms=): the rest is HTTP and the client.
    std::vector<double> serverMs;
    static const QRegularExpression msRe(QStringLiteral("Patient/\\$match status=200 ms=(\\d+)"));
    for (auto it = msRe.globalMatch(QString::fromUtf8(server.log())); it.hasNext();) serverMs.push_back(it.next().captured(1).toDouble());
    server.stop();
    std::fprintf(stderr, "server-side ms: p50 %.0f p95 %.0f\n", percentile(serverMs, 0.5), percentile(serverMs, 0.95));
    std::printf("{\"patients\":%lld,\"match_key_rows\":%lld,\"load_s\":%.1f,\"queries\":%zu,\"p50_ms\":%.2f,\"p95_ms\":%.2f,"
                "\"p99_ms\":%.2f,\"max_ms\":%.2f,\"candidates_returned\":%lld,\"certain\":%lld,\"probable\":%lld}\n",
                loaded, keyRows, loadSeconds, ms.size(), percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99),
                percentile(ms, 1.0), returned, certain, probable);
    return 0;
}
