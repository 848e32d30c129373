// bhu-bench-sync: sync performance against the real bhu-registry on a throwaway PostgreSQL
// cluster, through the real bhuctl. Prints one JSON object per scenario (docs/performance.md):
//   push         a clinic with N patients and K visits each pushes everything (resources/s, bytes
//                per resource on the wire, gzip)
//   pull         a fresh second computer of the same facility pulls all of it (resources/s)
//   day-2g       a BHU's day (100 patients, 100 visits) through bhu-linksim at 40 kbit/s, 300 ms
//   tele-2g      a teleconsultation by one sync run through bhu-linksim at 40 kbit/s, 300 ms: the
//                request's text first, then three 12-MP photos compressed and uploaded in chunks
//                (docs/telemedicine.md)
//   concurrent   C clinics sync at once (enrol, push a small day, pull): throughput, p95, errors
// Usage: bhu-bench-sync [--patients N] [--visits-per-patient K] [--clients C] [--only NAME]
#include "ConcurrentClinics.h"
#include "SyncBenchEnv.h"
#include "TelePhotos.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

using namespace bhu;
using namespace bhu::bench;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
void print(const QString& scenario, QJsonObject o)
{
    o.insert(QStringLiteral("scenario"), scenario);
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}
int fail(const QString& what)
{
    QTextStream(stderr) << "bhu-bench-sync: " << what << Qt::endl;
    return 1;
}
double perSecond(double n, qint64 ms) { return ms > 0 ? n * 1000.0 / static_cast<double>(ms) : 0; }

bool enroll(const test::TestDb& db, const QString& url, const QString& token, QString* err)
{
    const ClinicRun r = bhuctl({QStringLiteral("enroll"), QStringLiteral("--db"), db.path, QStringLiteral("--registry"), url, QStringLiteral("--token"), token});
    if (r.exitCode != 0) *err = r.err;
    return r.exitCode == 0;
}

// bhu-linksim between a clinic and the registry: 40 kbit/s, 300 ms one way (a 2G link). The
// registry's base URL through the link, or empty when it did not start.
QString startSlowLink(QProcess& link, int registryPort)
{
    link.start(test::binPath(QStringLiteral("bhu-linksim")),
               {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(registryPort),
                QStringLiteral("--kbps"), QStringLiteral("40"), QStringLiteral("--latency-ms"), QStringLiteral("300")});
    if (!link.waitForStarted(10000) || !link.waitForReadyRead(10000)) return {};
    const auto m = QRegularExpression(QStringLiteral(":(\\d+)")).match(QString::fromUtf8(link.readLine()));
    return m.hasMatch() ? QStringLiteral("http://127.0.0.1:%1/fhir").arg(m.captured(1)) : QString();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("patients"), QStringLiteral("Patients of the push/pull clinic."), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("visits-per-patient"), QStringLiteral("Visits per patient."), QStringLiteral("K"), QStringLiteral("4")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent clinics."), QStringLiteral("C"), QStringLiteral("200")});
    p.addOption({QStringLiteral("only"), QStringLiteral("Run one scenario: push-pull, day-2g, tele-2g or concurrent."), QStringLiteral("NAME")});
    p.process(app);
    const QString only = p.value(QStringLiteral("only"));
    auto wanted = [&](const QString& s) { return only.isEmpty() || only == s; };

    Registry reg;
    QString err;
    if (!reg.start(&err)) return fail(QStringLiteral("registry: ") + err);

    if (wanted(QStringLiteral("push-pull"))) {
        const QString code = QStringLiteral("BENCH-PUSH");
        test::TestDb clinic = newClinic(code);
        const ClinicRun seed = bhuctl({QStringLiteral("seed"), QStringLiteral("--db"), clinic.path, QStringLiteral("--patients"),
                                       p.value(QStringLiteral("patients")), QStringLiteral("--visits-per-patient"),
                                       p.value(QStringLiteral("visits-per-patient"))});
        if (seed.exitCode != 0) return fail(QStringLiteral("seed: ") + seed.err);
        if (!enroll(clinic, reg.baseUrl(), reg.token(code), &err)) return fail(QStringLiteral("enroll: ") + err);
        const ClinicRun push = bhuctl({QStringLiteral("sync"), QStringLiteral("--db"), clinic.path});
        if (push.exitCode != 0) return fail(QStringLiteral("push sync: ") + push.err);
        const long long resources = reg.scalar("SELECT count(*) FROM resources");
        const qint64 pushMs = push.report.value(u"push_ms").toInteger(push.report.value(u"duration_ms").toInteger());
        print(QStringLiteral("push"),
              QJsonObject{{QStringLiteral("patients"), p.value(QStringLiteral("patients")).toInt()},
                          {QStringLiteral("visits"), p.value(QStringLiteral("patients")).toInt() * p.value(QStringLiteral("visits-per-patient")).toInt()},
                          {QStringLiteral("resources"), resources},
                          {QStringLiteral("outbox_entries"), push.report.value(u"pushed")},
                          {QStringLiteral("push_ms"), pushMs},
                          {QStringLiteral("sync_wall_ms"), push.wallMs},
                          {QStringLiteral("resources_per_s"), perSecond(static_cast<double>(resources), pushMs)},
                          {QStringLiteral("bytes_sent"), push.report.value(u"bytes_sent")},
                          {QStringLiteral("bytes_per_resource"), resources > 0 ? push.report.value(u"bytes_sent").toDouble() / static_cast<double>(resources) : 0},
                          {QStringLiteral("report"), push.report}});

        test::TestDb fresh = newClinic(code);
        if (!enroll(fresh, reg.baseUrl(), reg.token(code), &err)) return fail(QStringLiteral("enroll 2: ") + err);
        const ClinicRun pull = bhuctl({QStringLiteral("sync"), QStringLiteral("--db"), fresh.path});
        if (pull.exitCode != 0) return fail(QStringLiteral("pull sync: ") + pull.err);
        const qint64 pullMs = pull.report.value(u"pull_ms").toInteger(pull.report.value(u"duration_ms").toInteger());
        const double pulled = pull.report.value(u"pulled").toDouble();
        print(QStringLiteral("pull"), QJsonObject{{QStringLiteral("resources"), pulled},
                                                  {QStringLiteral("pull_ms"), pullMs},
                                                  {QStringLiteral("sync_wall_ms"), pull.wallMs},
                                                  {QStringLiteral("resources_per_s"), perSecond(pulled, pullMs)},
                                                  {QStringLiteral("bytes_received"), pull.report.value(u"bytes_received")},
                                                  {QStringLiteral("bytes_per_resource"), pulled > 0 ? pull.report.value(u"bytes_received").toDouble() / pulled : 0},
                                                  {QStringLiteral("report"), pull.report}});
    }

    if (wanted(QStringLiteral("day-2g"))) {
        const QString code = QStringLiteral("BENCH-2G");
        test::TestDb clinic = newClinic(code);
        const ClinicRun seed = bhuctl({QStringLiteral("seed"), QStringLiteral("--db"), clinic.path, QStringLiteral("--patients"), QStringLiteral("100"),
                                       QStringLiteral("--visits-per-patient"), QStringLiteral("1")});
        if (seed.exitCode != 0) return fail(QStringLiteral("seed: ") + seed.err);
        QProcess link;
        const QString url = startSlowLink(link, reg.process.port());
        if (url.isEmpty()) return fail(QStringLiteral("bhu-linksim did not start"));
        if (!enroll(clinic, url, reg.token(code), &err)) return fail(QStringLiteral("enroll over 2G: ") + err);
        const ClinicRun day = bhuctl({QStringLiteral("sync"), QStringLiteral("--db"), clinic.path});
        link.terminate();
        link.waitForFinished(5000);
        if (day.exitCode != 0) return fail(QStringLiteral("2G sync: ") + day.err);
        print(QStringLiteral("day-2g"), QJsonObject{{QStringLiteral("patients"), 100},
                                                    {QStringLiteral("visits"), 100},
                                                    {QStringLiteral("link"), QStringLiteral("40 kbit/s, 300 ms one way")},
                                                    {QStringLiteral("sync_wall_ms"), day.wallMs},
                                                    {QStringLiteral("target_ms"), 180000},
                                                    {QStringLiteral("report"), day.report}});
    }

    if (wanted(QStringLiteral("tele-2g"))) {
        const QString code = QStringLiteral("BENCH-TELE");
        test::TestDb clinic = newClinic(code);
        const ClinicRun seed = bhuctl({QStringLiteral("seed"), QStringLiteral("--db"), clinic.path, QStringLiteral("--patients"), QStringLiteral("1"),
                                       QStringLiteral("--visits-per-patient"), QStringLiteral("1")});
        if (seed.exitCode != 0) return fail(QStringLiteral("seed: ") + seed.err);
        QProcess link;
        const QString url = startSlowLink(link, reg.process.port());
        if (url.isEmpty()) return fail(QStringLiteral("bhu-linksim did not start"));
        if (!enroll(clinic, url, reg.token(code), &err)) return fail(QStringLiteral("enroll over 2G: ") + err);
        QJsonObject tele{{QStringLiteral("photos"), 3}, {QStringLiteral("camera"), QStringLiteral("4000x3000 (12 MP)")},
                         {QStringLiteral("link"), QStringLiteral("40 kbit/s, 300 ms one way")}, {QStringLiteral("target_ms"), 120000}};
        const bool ok = runTelePhotos(clinic, tele, &err);
        link.terminate();
        link.waitForFinished(5000);
        if (!ok) return fail(QStringLiteral("tele-2g: ") + err);
        print(QStringLiteral("tele-2g"), tele);
    }

    if (wanted(QStringLiteral("concurrent"))) {
        const int clients = p.value(QStringLiteral("clients")).toInt();
        QStringList codes, tokens;
        for (int i = 0; i < clients; ++i) {
            codes << QStringLiteral("BENCH-C%1").arg(i, 3, 10, QLatin1Char('0'));
            tokens << reg.token(codes.constLast());
        }
        const ConcurrentResult r = runConcurrentClinics(QStringLiteral("127.0.0.1"), reg.process.port(), codes, tokens, 5);
        print(QStringLiteral("concurrent"), r.toJson());
    }
    return 0;
}
