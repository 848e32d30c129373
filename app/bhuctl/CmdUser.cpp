// bhuctl user: accounts and roles. Rewrites only the key file; the database is not re-encrypted.
//   bhuctl user list       --db PATH
//   bhuctl user add        --db PATH --name USER --role front_desk|lhw|clinician|supervisor|admin|specialist [--full-name NAME]
//   bhuctl user passwd     --db PATH [--user USER]          your own password
//   bhuctl user reset      --db PATH --name USER            an administrator sets a new password
//   bhuctl user deactivate --db PATH --name USER
// New passwords come from BHU_NEW_PASSWORD, else are asked twice.
#include "Cli.h"

#include "bhu/services/UserService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

int needNewPassword(QString* pw, const QString& user)
{
    *pw = readNewPassword(user);
    if (pw->isNull()) return failUsage(tr("The two passwords differ. Nothing was changed."));
    return Ok;
}

int run(QCommandLineParser& p)
{
    using namespace bhu::services;
    const QString action = p.positionalArguments().value(0);
    const QString name = p.value(QStringLiteral("name"));
    const QStringList known{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("reset"),
                            QStringLiteral("deactivate")};
    if (p.positionalArguments().size() != 1 || !known.contains(action))
        return failUsage(tr("usage: bhuctl user list|add|passwd|reset|deactivate --db PATH [--name USER] [--role ROLE]"));
    if ((action == u"add" || action == u"reset" || action == u"deactivate") && name.isEmpty())
        return failUsage(tr("--name USER is required for user %1.").arg(action));
    std::optional<bhu::Role> role;
    if (action == u"add") {
        role = bhu::roleFromCode(p.value(QStringLiteral("role")));
        if (!role) return failUsage(tr("--role must be one of front_desk, lhw, clinician, supervisor, admin, specialist."));
    }
    int rc = Ok;
    auto session = openSession(p, QStringLiteral("user ") + action, &rc);
    if (!session) return rc;
    UserService users(*session);

    if (action == u"list") {
        auto list = users.list();
        if (!list.ok()) return fail(list.error());
        for (const UserInfo& u : list.value())
            printJson(QJsonObject{{QStringLiteral("user"), u.record.username},
                                  {QStringLiteral("full_name"), u.record.fullName},
                                  {QStringLiteral("role"), bhu::roleCode(u.record.role)},
                                  {QStringLiteral("active"), u.record.active},
                                  {QStringLiteral("can_sign_in"), u.canSignIn}});
        return Ok;
    }
    if (action == u"deactivate") {
        if (auto s = users.deactivate(name); !s.ok()) return fail(s.error());
        printJson(QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("active"), false}});
        return Ok;
    }
    QString pw;
    const QString target = action == u"passwd" ? session->user().username : name;
    if (int r = needNewPassword(&pw, target); r != Ok) return r;
    bhu::Status s;
    if (action == u"add") {
        auto added = users.add(name, p.value(QStringLiteral("full-name")), *role, pw);
        if (!added.ok()) return fail(added.error());
    } else if (action == u"passwd") {
        s = users.changeOwnPassword(readPassword(tr("Current password for %1: ").arg(target)), pw);
    } else {
        s = users.resetPassword(name, pw);
    }
    if (!s.ok()) return fail(s.error());
    printJson(QJsonObject{{QStringLiteral("user"), bhu::db::KeySlotFile::normalizeUser(target)}, {QStringLiteral("done"), action}});
    return Ok;
}
} // namespace

Command userCommand()
{
    return Command{
        QStringLiteral("user"),
        QCoreApplication::translate("bhuctl", "User accounts: user list | add | passwd | reset | deactivate."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("bhuctl", "list, add, passwd, reset or deactivate"));
            p.addOption({QStringLiteral("name"), QCoreApplication::translate("bhuctl", "The account to add, reset or deactivate."), QStringLiteral("USER")});
            p.addOption({QStringLiteral("role"), QCoreApplication::translate("bhuctl", "add: front_desk, lhw, clinician, supervisor or admin."), QStringLiteral("ROLE")});
            p.addOption({QStringLiteral("full-name"), QCoreApplication::translate("bhuctl", "add: the person's full name."), QStringLiteral("NAME")});
        },
        run,
    };
}

} // namespace bhuctl
