// bhuctl sync: one full sync with the registry (MR refill, push, pull); prints the report as
// one JSON object. Any signed-in user may sync. For the administrator, the JSON also carries
// `update_available` ({version, where, notes, released}) when the registry announced a newer
// release whose signed manifest verified (docs/installing.md, "Update notice").
//
// Exit codes: 0 everything pending was acknowledged; 1 the run failed (not enrolled, registry
// unreachable or refusing; the message is on stderr, the JSON report still on stdout);
// 2 usage; 3 the run finished but records were refused or are still waiting (Needs
// attention, or a backoff not yet due), or the registry refused the audit trail;
// 4 --timeout reached (cancelled; safe to run again).
#include "Cli.h"

#include "bhu/services/UpdateService.h"
#include "bhu/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }
enum SyncExit { Incomplete = 3, TimedOut = 4 };
} // namespace

Command syncCommand()
{
    return Command{
        QStringLiteral("sync"),
        tr("Synchronise with the registry now and print what was done as JSON."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addOption({QStringLiteral("timeout"), tr("Stop after S seconds (default: no limit; each request times out after 60 s)."),
                         QStringLiteral("S")});
        },
        [](QCommandLineParser& p) {
            bool numeric = true;
            const int timeoutS = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt(&numeric) : 0;
            if (!numeric || timeoutS < 0) return failUsage(tr("--timeout takes a number of seconds."));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("sync"), &rc);
            if (!session) return rc;
            if (auto s = session->require(bhu::services::Permission::RunSync); !s.ok()) return fail(s.error());
            auto lock = session->guard();
            bhu::sync::SyncOptions opt;
            if (timeoutS > 0) opt.timeoutMs = std::min(60, timeoutS) * 1000;
            opt.verifyUpdate = bhu::services::announcedManifestVerifier();   // the release key built in
            bhu::sync::SyncEngine engine(session->store(), nullptr, opt);
            bool timedOut = false;
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &engine, [&] {
                timedOut = true;
                engine.cancel();
            });
            if (timeoutS > 0) deadline.start(timeoutS * 1000);
            const bhu::sync::SyncReport r = engine.syncOnce();
            QJsonObject json = r.toJson();
            if (bhu::services::allowed(session->role(), bhu::services::Permission::ManageUpdates)) {
                auto notice = bhu::services::UpdateService(*session).notice();
                if (notice.ok() && notice->has_value()) {
                    const bhu::db::UpdateNotice& n = notice->value();
                    json.insert(QStringLiteral("update_available"), QJsonObject{{QStringLiteral("version"), n.version},
                                                                                {QStringLiteral("where"), n.where},
                                                                                {QStringLiteral("released"), n.released},
                                                                                {QStringLiteral("notes"), n.notes}});
                }
            }
            printJson(json);
            if (!r.ok) {
                QTextStream(stderr) << "bhuctl: " << r.error << Qt::endl;
                return timedOut && r.cancelled ? int(TimedOut) : int(Failure);
            }
            if (r.auditRefused) QTextStream(stderr) << "bhuctl: " << r.error << Qt::endl;   // audit sync (issue #7)
            if (!r.complete()) {
                if (r.pendingLeft > 0 || r.rejected > 0)
                    QTextStream(stderr) << "bhuctl: "
                                    << tr("%1 record(s) still wait to be sent and %2 were refused; see Sync → Needs attention.")
                                           .arg(r.pendingLeft)
                                           .arg(r.rejected)
                                    << Qt::endl;
                return int(Incomplete);
            }
            return int(Ok);
        },
    };
}

} // namespace bhuctl
