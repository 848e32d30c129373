// bhu-registry: the national registry service. Wiring only (docs/registry.md):
//   bhu-registry migrate --db CONNINFO
//   bhu-registry serve --db CONNINFO --listen HOST:PORT (--cert FILE --key FILE | --allow-http)
//                      [--threads N] [--auth-failures N --auth-window SECONDS] [--update-manifest FILE]
//                      [--cursor-retention-days N] [--consult-escalate-minutes N]
//                      [--name-frequency-hours N]
//   bhu-registry facility add --db CONNINFO --code C --name N [--number F]
//   bhu-registry device revoke --db CONNINFO --device ID
//   bhu-registry audit verify --db CONNINFO --facility CODE
//   bhu-registry match --csv IN.csv --out-pairs PAIRS.csv --out-review REVIEW.csv (no database; CmdMatch.cpp)
//   bhu-registry device allow-review|deny-review --db CONNINFO --device ID
//   bhu-registry merge --db CONNINFO --survivor MR --merged MR
//   bhu-registry unmerge --db CONNINFO --merged MR
//   bhu-registry reference publish --db CONNINFO --list NAME --file F.csv (CmdReference.cpp)
//   bhu-registry reference list --db CONNINFO
// CONNINFO may come from the environment variable BHU_REGISTRY_DB instead. Every command also
// takes --config FILE (name = value lines, bhu/registry/ConfigFile.h); the command line wins.
#include "CmdMatch.h"
#include "CmdReference.h"
#include "bhu/registry/Admin.h"
#include "bhu/registry/AuditStore.h"
#include "bhu/registry/ConfigFile.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/HttpServer.h"
#include "bhu/registry/MatchIndex.h"
#include "bhu/registry/NameFrequencyRefresh.h"
#include "bhu/registry/MatchSource.h"
#include "bhu/registry/Operations.h"
#include "bhu/registry/Migrations.h"
#include "bhu/registry/UpdateManifestOp.h"
#include "MpiCommands.h"
#include "RouteCommands.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

using namespace bhu;
using namespace bhu::registry;

namespace {

const char* const kUsage =
    "usage:\n"
    "  bhu-registry migrate --db CONNINFO\n"
    "  bhu-registry serve --db CONNINFO --listen HOST:PORT (--cert FILE --key FILE | --allow-http)\n"
    "                     [--threads N] [--auth-failures N] [--auth-window SECONDS]\n"
    "                     [--cursor-retention-days N] [--consult-escalate-minutes N]\n"
    "                     [--name-frequency-hours N]\n"
    "                     [--auto-link identifiers|matcher] [--update-manifest FILE]\n"
    "  bhu-registry facility add --db CONNINFO --code CODE --name NAME [--number N]\n"
    "  bhu-registry device revoke --db CONNINFO --device ID\n"
    "  bhu-registry audit verify --db CONNINFO --facility CODE\n"
    "  bhu-registry match --csv IN.csv --out-pairs PAIRS.csv --out-review REVIEW.csv [--threads N] [--today YYYY-MM-DD]\n"
    "  bhu-registry device allow-review|deny-review --db CONNINFO --device ID\n"
    "  bhu-registry device allow-specialist|deny-specialist --db CONNINFO --device ID --specialty S\n"
    "  bhu-registry route add|remove --db CONNINFO --specialty S --facility CODE\n"
    "  bhu-registry route list --db CONNINFO [--specialty S]\n"
    "  bhu-registry merge --db CONNINFO --survivor MR --merged MR\n"
    "  bhu-registry unmerge --db CONNINFO --merged MR\n"
    "  bhu-registry reference publish --db CONNINFO --list medicines|icd10|complaints|epi-schedule --file F.csv\n"
    "  bhu-registry reference list --db CONNINFO\n"
    "CONNINFO (a libpq connection string) may also be given in BHU_REGISTRY_DB.\n"
    "Every command takes --config FILE: one 'name = value' per line, names as the options above\n"
    "without dashes (db, listen, cert, key, allow-http, threads, auth-failures, auth-window,\n"
    "cursor-retention-days, consult-escalate-minutes, name-frequency-hours, update-manifest).\n";

struct Args {
    QStringList words;              // the command words
    QMap<QString, QString> options; // --name value
    QStringList flags;              // --name without value
    QString error;
};

Args parseArgs(const QStringList& argv)
{
    static const QStringList kFlags{QStringLiteral("--allow-http")};
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& w = argv.at(i);
        if (!w.startsWith(QStringLiteral("--"))) {
            a.words << w;
        } else if (kFlags.contains(w)) {
            a.flags << w;
        } else if (i + 1 < argv.size()) {
            a.options.insert(w, argv.at(++i));
        } else {
            a.error = w + QStringLiteral(" needs a value");
        }
    }
    return a;
}

// Settings from --config FILE fill in what the command line did not give.
QString applyConfigFile(Args& a)
{
    const QString path = a.options.value(QStringLiteral("--config"));
    if (path.isEmpty()) return {};
    auto file = readConfigFile(path);
    if (!file.ok()) return file.error().message;
    for (auto it = file->cbegin(); it != file->cend(); ++it) {
        if (it.key() == u"--allow-http") {
            const QString v = it.value().toLower();
            if (v != u"true" && v != u"false") return path + QStringLiteral(": allow-http is true or false");
            if (v == u"true" && !a.flags.contains(it.key())) a.flags << it.key();
        } else if (!a.options.contains(it.key())) {
            a.options.insert(it.key(), it.value());
        }
    }
    return {};
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(message));
    return 1;
}

QString conninfo(const Args& a)
{
    const QString db = a.options.value(QStringLiteral("--db"));
    return db.isEmpty() ? qEnvironmentVariable("BHU_REGISTRY_DB") : db;
}

int cmdMigrate(Db& db)
{
    auto r = migrate(db);
    if (!r.ok()) return fail(r.error().message + QStringLiteral(" (") + r.error().detail + u')');
    std::printf("applied %d migration(s); schema version %d\n", r.value(), migrationList().back().version);
    auto indexed = backfillMatchKeys(db);   // patients stored before the match index (docs/matching.md)
    if (!indexed.ok()) return fail(indexed.error().message + QStringLiteral(" (") + indexed.error().detail + u')');
    if (indexed.value() > 0) std::printf("indexed %d patient(s) for matching\n", indexed.value());
    auto counted = refreshNameFrequencies(db);   // value-specific name weights (docs/matching.md)
    if (!counted.ok()) return fail(counted.error().message + QStringLiteral(" (") + counted.error().detail + u')');
    std::printf("name frequencies of %lld patient(s)\n", static_cast<long long>(counted.value()));
    return 0;
}

int cmdFacilityAdd(Db& db, const Args& a)
{
    bool ok = true;
    const QString numberText = a.options.value(QStringLiteral("--number"));
    const int number = numberText.isEmpty() ? 0 : numberText.toInt(&ok);
    if (!ok) return fail(QStringLiteral("--number must be an integer"));
    auto r = addFacility(db, a.options.value(QStringLiteral("--code")), a.options.value(QStringLiteral("--name")), number);
    if (!r.ok()) return fail(r.error().message);
    std::printf("facility number %d\nenrolment token (valid until %s, shown once):\n%s\n", r.value().facilityNumber,
                qPrintable(r.value().expiresAt), qPrintable(r.value().token));
    return 0;
}

int cmdDeviceRevoke(Db& db, const Args& a)
{
    auto r = revokeDevice(db, a.options.value(QStringLiteral("--device")));
    if (!r.ok()) return fail(r.error().message);
    std::printf("device revoked\n");
    return 0;
}

// Exit 0: every device's chain is intact; 3: a chain is broken (named); 1: could not check.
int cmdAuditVerify(Db& db, const Args& a)
{
    const QString code = a.options.value(QStringLiteral("--facility"));
    if (code.isEmpty()) return fail(QStringLiteral("give --facility CODE"));
    auto r = verifyFacilityAudit(db, code);
    if (!r.ok()) return fail(r.error().message);
    bool intact = true;
    std::printf("facility %s: %d device(s)\n", qPrintable(code), static_cast<int>(r.value().size()));
    for (const DeviceChainCheck& c : r.value()) {
        if (c.brokenAt) {
            intact = false;
            std::printf("device %s (%s): BROKEN at entry %lld (%s); %lld entries intact before it; %lld refused resend(s)\n",
                        qPrintable(c.deviceId), qPrintable(c.deviceName), *c.brokenAt, qPrintable(c.why), c.entries, c.refusals);
        } else {
            std::printf("device %s (%s): %lld entries, chain intact; %lld refused resend(s)\n", qPrintable(c.deviceId),
                        qPrintable(c.deviceName), c.entries, c.refusals);
        }
    }
    return intact ? 0 : 3;
}

int cmdServe(Db& db, const Args& a)
{
    ServerConfig cfg;
    const QString listen = a.options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = colon > 0;
    if (ok) {
        cfg.host = listen.left(colon);
        cfg.port = listen.mid(colon + 1).toInt(&ok);
    }
    if (!ok || cfg.port < 0 || cfg.port > 65535) return fail(QStringLiteral("--listen must be HOST:PORT"));
    cfg.certFile = a.options.value(QStringLiteral("--cert"));
    cfg.keyFile = a.options.value(QStringLiteral("--key"));
    cfg.allowHttp = a.flags.contains(QStringLiteral("--allow-http"));
    if (cfg.certFile.isEmpty() != cfg.keyFile.isEmpty()) return fail(QStringLiteral("--cert and --key go together"));
    auto intOption = [&](const char* name, int& target) {
        const QString v = a.options.value(QString::fromLatin1(name));
        if (v.isEmpty()) return true;
        bool good = false;
        const int n = v.toInt(&good);
        if (good && n > 0) target = n;
        return good && n > 0;
    };
    if (!intOption("--threads", cfg.threads) || !intOption("--auth-failures", cfg.auth.maxFailures) ||
        !intOption("--auth-window", cfg.auth.windowSeconds) || !intOption("--cursor-retention-days", cfg.cursorRetentionDays))
        return fail(QStringLiteral("--threads, --auth-failures, --auth-window and --cursor-retention-days take positive integers"));

    // Urgent teleconsultations unclaimed or unanswered this long are escalated (0: at once).
    if (const QString v = a.options.value(QStringLiteral("--consult-escalate-minutes")); !v.isEmpty()) {
        bool good = false;
        cfg.consultEscalateMinutes = v.toInt(&good);
        if (!good || cfg.consultEscalateMinutes < 0) return fail(QStringLiteral("--consult-escalate-minutes takes a number of minutes (0 or more)"));
    }

    // The matcher's name frequencies are recounted this often while serving (0: never).
    int nameFrequencyHours = 24;
    if (const QString v = a.options.value(QStringLiteral("--name-frequency-hours")); !v.isEmpty()) {
        bool good = false;
        nameFrequencyHours = v.toInt(&good);
        if (!good || nameFrequencyHours < 0) return fail(QStringLiteral("--name-frequency-hours takes a number of hours (0: never)"));
    }

    // The signed release manifest announced to the clinics (docs/installing.md, "Update notice").
    cfg.updateManifestFile = a.options.value(QStringLiteral("--update-manifest"));
    // A missing file announces nothing (it may be put there later); a file that is not a signed
    // manifest is a mistake to fix before serving.
    if (!cfg.updateManifestFile.isEmpty()) {
        if (auto s = checkUpdateManifestFile(cfg.updateManifestFile); !s.ok()) {
            if (!s.is(ErrorCode::NotFound)) return fail(s.error().message);
            std::fprintf(stderr, "bhu-registry: %s Nothing is announced until it exists.\n", qPrintable(s.error().message));
        }
    }

    const QString autoLink = a.options.value(QStringLiteral("--auto-link"));
    if (autoLink == u"identifiers") setMatchSource(std::make_shared<IdentifierMatchSource>());
    else if (autoLink == u"matcher") setMatchSource(std::make_shared<ProbabilisticMatchSource>());
    else if (!autoLink.isEmpty()) return fail(QStringLiteral("--auto-link takes: identifiers, matcher"));

    auto version = schemaVersion(db);
    if (!version.ok()) return fail(version.error().message + QStringLiteral(" (") + version.error().detail + u')');
    if (version.value() != migrationList().back().version)
        return fail(QStringLiteral("the database schema is not current: run bhu-registry migrate"));

    HttpServer server(db, cfg);
    auto port = server.bind();
    if (!port.ok()) return fail(port.error().message);

    // SIGINT/SIGTERM stop the server from a dedicated thread (no work in a signal handler).
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread signals([&server, set] {
        int sig = 0;
        sigwait(&set, &sig);
        server.stop();
    });
    signals.detach();

    const bool tls = !cfg.certFile.isEmpty();
    std::printf("listening on %s://%s:%d/fhir\n", tls ? "https" : "http", qPrintable(cfg.host), port.value());
    std::fflush(stdout);
    NameFrequencyRefresh names(db, std::chrono::hours(nameFrequencyHours));
    const bool ran = server.run();
    std::fprintf(stderr, "bhu-registry: stopped\n");
    return ran ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Args a = parseArgs(QCoreApplication::arguments());
    if (!a.error.isEmpty()) return fail(a.error);
    if (const QString bad = applyConfigFile(a); !bad.isEmpty()) return fail(bad);
    const QString command = a.words.join(u' ');
    if (command == u"match") return cmdMatch(a.options);
    const QStringList known{QStringLiteral("migrate"), QStringLiteral("serve"), QStringLiteral("facility add"),
                            QStringLiteral("device revoke"), QStringLiteral("audit verify"), QStringLiteral("device allow-review"),
                            QStringLiteral("device deny-review"), QStringLiteral("merge"), QStringLiteral("unmerge"),
                            QStringLiteral("device allow-specialist"), QStringLiteral("device deny-specialist"),
                            QStringLiteral("reference publish"), QStringLiteral("reference list"),
                            QStringLiteral("route add"), QStringLiteral("route remove"), QStringLiteral("route list")};
    if (!known.contains(command)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString info = conninfo(a);
    if (info.isEmpty()) return fail(QStringLiteral("give --db CONNINFO or set BHU_REGISTRY_DB"));
    int threads = 32;
    if (a.options.contains(QStringLiteral("--threads"))) threads = std::max(1, a.options.value(QStringLiteral("--threads")).toInt());
    Db db(info.toStdString(), command == u"serve" ? threads : 1);
    if (auto s = db.check(); !s.ok()) return fail(QStringLiteral("cannot reach the database (") + s.error().detail + u')');
    if (command == u"migrate") return cmdMigrate(db);
    if (command == u"facility add") return cmdFacilityAdd(db, a);
    if (command == u"device revoke") return cmdDeviceRevoke(db, a);
    if (command == u"audit verify") return cmdAuditVerify(db, a);
    const QString device = a.options.value(QStringLiteral("--device"));
    if (command == u"device allow-review") return cli::allowReview(db, device, true);
    if (command == u"device deny-review") return cli::allowReview(db, device, false);
    if (command == u"device allow-specialist" || command == u"device deny-specialist") {
        const bool allow = command == u"device allow-specialist";
        const Status s = registry::allowSpecialist(db, device, a.options.value(QStringLiteral("--specialty")), allow);
        if (!s.ok()) return fail(s.error().message);
        std::printf(allow ? "device may read and claim the specialty's consultations\n" : "device may no longer read the specialty's consultations\n");
        return 0;
    }
    if (command.startsWith(u"route "))
        return cli::route(db, a.words.value(1), a.options.value(QStringLiteral("--specialty")), a.options.value(QStringLiteral("--facility")));
    if (command == u"merge")
        return cli::merge(db, a.options.value(QStringLiteral("--survivor")), a.options.value(QStringLiteral("--merged")));
    if (command == u"unmerge") return cli::unmerge(db, a.options.value(QStringLiteral("--merged")));
    if (command == u"reference publish")
        return cli::referencePublish(db, a.options.value(QStringLiteral("--list")), a.options.value(QStringLiteral("--file")));
    if (command == u"reference list") return cli::referenceList(db);
    return cmdServe(db, a);
}
