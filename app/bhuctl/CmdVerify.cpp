// bhuctl verify: SQLite and SQLCipher integrity, foreign keys, audit chain.
#include "Cli.h"

#include "bhu/db/Store.h"

#include <QCoreApplication>

namespace bhuctl {

Command verifyCommand()
{
    return Command{
        QStringLiteral("verify"),
        QCoreApplication::translate("bhuctl", "Check integrity, encryption, references and the audit chain."),
        [](QCommandLineParser& p) { addDbOptions(p); },
        [](QCommandLineParser& p) {
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("verify"), &rc);
            if (!session) return rc;
            auto v = session->store().verify();
            if (!v.ok()) return fail(v.error());
            printJson(QJsonObject{{QStringLiteral("ok"), true}});
            return int(Ok);
        },
    };
}

} // namespace bhuctl
