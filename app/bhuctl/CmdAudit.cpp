// bhuctl audit: the audit trail (supervisors and administrators).
//   bhuctl audit verify --db PATH     the hash chain; names the first edited, deleted or reordered entry
//   bhuctl audit list   --db PATH [--user U] [--patient MR] [--action A] [--from YYYY-MM-DD --to YYYY-MM-DD]
//                       [--after-seq N] [--limit N]      one JSON object per line, newest first
//                                                        (oldest first with --after-seq)
#include "Cli.h"

#include "bhu/services/AuditService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

QJsonObject toJson(const bhu::db::AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},           {QStringLiteral("at"), e.at},
                       {QStringLiteral("user"), e.username},     {QStringLiteral("action"), e.action},
                       {QStringLiteral("entity_type"), e.entityType}, {QStringLiteral("entity_id"), e.entityId},
                       {QStringLiteral("patient_id"), e.patientId},   {QStringLiteral("source"), e.source},
                       {QStringLiteral("details"), e.details},   {QStringLiteral("hash"), e.hash}};
}

int run(QCommandLineParser& p)
{
    using namespace bhu::services;
    const QString action = p.positionalArguments().value(0);
    if (p.positionalArguments().size() != 1 || (action != u"list" && action != u"verify"))
        return failUsage(tr("usage: bhuctl audit list|verify --db PATH [--user U] [--patient MR] [--action A] [--from D --to D]"));
    AuditQuery q;
    q.user = p.value(QStringLiteral("user"));
    q.patient = p.value(QStringLiteral("patient"));
    q.action = p.value(QStringLiteral("action"));
    for (const auto& [opt, date] : {std::pair{QStringLiteral("from"), &q.from}, std::pair{QStringLiteral("to"), &q.to}}) {
        if (!p.isSet(opt)) continue;
        *date = QDate::fromString(p.value(opt), Qt::ISODate);
        if (!date->isValid()) return failUsage(tr("--%1 must be a date like 2026-11-25.").arg(opt));
    }
    if (p.isSet(QStringLiteral("limit"))) q.limit = p.value(QStringLiteral("limit")).toInt();
    int rc = Ok;
    const QString as = p.isSet(QStringLiteral("as")) ? p.value(QStringLiteral("as")) : defaultUser(dbPath(p));
    auto session = openSessionAs(dbPath(p), as, QStringLiteral("audit ") + action, &rc);
    if (!session) return rc;
    AuditService audit(*session);
    if (action == u"verify") {
        if (auto v = audit.verify(); !v.ok()) return fail(v.error());
        printJson(QJsonObject{{QStringLiteral("ok"), true}});
        return Ok;
    }
    bhu::Result<QList<bhu::db::AuditEntry>> entries = QList<bhu::db::AuditEntry>();
    if (p.isSet(QStringLiteral("after-seq"))) {
        if (auto s = session->require(Permission::ViewAudit); !s.ok()) return fail(s.error());
        const auto lock = session->guard();
        entries = bhu::db::AuditLog(session->store().conn()).after(p.value(QStringLiteral("after-seq")).toLongLong(), q.limit);
    } else {
        entries = audit.list(q);
    }
    if (!entries.ok()) return fail(entries.error());
    for (const auto& e : entries.value()) printJson(toJson(e));
    return Ok;
}
} // namespace

Command auditCommand()
{
    return Command{
        QStringLiteral("audit"),
        QCoreApplication::translate("bhuctl", "The audit trail: audit list | verify."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("db"), QCoreApplication::translate("bhuctl", "Path of the clinic database."), QStringLiteral("PATH")});
            // Here --user filters the entries; the signed-in user is --as (default: $BHU_USER, else the administrator).
            p.addOption({QStringLiteral("as"), QCoreApplication::translate("bhuctl", "Sign in as this supervisor or administrator."), QStringLiteral("USER")});
            p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("bhuctl", "list or verify"));
            p.addOption({QStringLiteral("user"), QCoreApplication::translate("bhuctl", "list: entries by this user."), QStringLiteral("U")});
            p.addOption({QStringLiteral("patient"), QCoreApplication::translate("bhuctl", "list: entries about this patient (MR number, CNIC)."), QStringLiteral("MR")});
            p.addOption({QStringLiteral("action"), QCoreApplication::translate("bhuctl", "list: this action or family (login, patient, patient.view, …)."), QStringLiteral("A")});
            p.addOption({QStringLiteral("from"), QCoreApplication::translate("bhuctl", "list: from this day (YYYY-MM-DD)."), QStringLiteral("D")});
            p.addOption({QStringLiteral("to"), QCoreApplication::translate("bhuctl", "list: to this day, inclusive."), QStringLiteral("D")});
            p.addOption({QStringLiteral("after-seq"), QCoreApplication::translate("bhuctl", "list: entries after this sequence number, oldest first (for sync)."), QStringLiteral("N")});
            p.addOption({QStringLiteral("limit"), QCoreApplication::translate("bhuctl", "list: at most N entries (default 1000)."), QStringLiteral("N")});
        },
        run,
    };
}

} // namespace bhuctl
