// bhuctl verify-package FILE [--manifest M]: checks a package brought on USB against a signed
// release manifest (bhu/services/UpdateManifest.h, checkPackage: the same check as Admin →
// Verify a package from USB…) before the administrator installs it. Without --manifest, the
// *.manifest files next to the package are tried. It verifies only; it never installs anything.
#include "Cli.h"

#include "bhu/services/UpdateManifest.h"

#include <QCoreApplication>

namespace bhuctl {

Command verifyPackageCommand()
{
    return Command{
        QStringLiteral("verify-package"),
        QCoreApplication::translate("bhuctl", "Check an update package against its signed release manifest (nothing is installed)."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("bhuctl", "The package, e.g. bhu-clinic_0.2.0-1_amd64.deb."));
            p.addOption({QStringLiteral("manifest"),
                         QCoreApplication::translate("bhuctl", "The signed release manifest that came with it (default: the *.manifest "
                                                               "files next to the package)."),
                         QStringLiteral("M")});
        },
        [](QCommandLineParser& p) {
            if (p.positionalArguments().size() != 1)
                return failUsage(QCoreApplication::translate("bhuctl", "usage: bhuctl verify-package FILE [--manifest M]"));
            auto check = bhu::services::checkPackage(p.positionalArguments().constFirst(), p.value(QStringLiteral("manifest")),
                                                     bhu::services::builtInUpdateKeys(), QCoreApplication::applicationVersion());
            if (!check.ok()) return fail(check.error());
            const auto& manifest = check->manifest;
            const auto& file = check->file;
            printJson(QJsonObject{{QStringLiteral("verified"), true},
                                  {QStringLiteral("product"), manifest.product},
                                  {QStringLiteral("version"), manifest.version},
                                  {QStringLiteral("newer"), check->newer},
                                  {QStringLiteral("file"), file.name},
                                  {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
            return int(Ok);
        },
    };
}

} // namespace bhuctl
