// bhuctl verify-package FILE --manifest M: checks a package brought on USB against a signed
// release manifest (bhu/services/UpdateManifest.h) before the administrator installs it.
// It verifies only; it never installs or replaces anything.
#include "Cli.h"

#include "bhu/services/UpdateManifest.h"

#include <QCoreApplication>
#include <QFile>

namespace bhuctl {

Command verifyPackageCommand()
{
    return Command{
        QStringLiteral("verify-package"),
        QCoreApplication::translate("bhuctl", "Check an update package against its signed release manifest (nothing is installed)."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("bhuctl", "The package, e.g. bhu-clinic_0.2.0-1_amd64.deb."));
            p.addOption({QStringLiteral("manifest"), QCoreApplication::translate("bhuctl", "The signed release manifest that came with it."),
                         QStringLiteral("M")});
        },
        [](QCommandLineParser& p) {
            if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("manifest")))
                return failUsage(QCoreApplication::translate("bhuctl", "usage: bhuctl verify-package FILE --manifest M"));
            QFile m(p.value(QStringLiteral("manifest")));
            if (!m.open(QIODevice::ReadOnly))
                return fail(bhu::Error::make(bhu::ErrorCode::NotFound,
                                             QCoreApplication::translate("bhuctl", "The manifest %1 cannot be read.").arg(m.fileName())));
            auto manifest = bhu::services::verifyUpdateManifest(m.readAll(), bhu::services::builtInUpdateKeys());
            if (!manifest.ok()) return fail(manifest.error());
            auto file = bhu::services::verifyUpdatePackage(manifest.value(), p.positionalArguments().constFirst());
            if (!file.ok()) return fail(file.error());
            printJson(QJsonObject{{QStringLiteral("verified"), true},
                                  {QStringLiteral("product"), manifest->product},
                                  {QStringLiteral("version"), manifest->version},
                                  {QStringLiteral("newer"), bhu::services::isNewerVersion(manifest->version, QCoreApplication::applicationVersion())},
                                  {QStringLiteral("file"), file->name},
                                  {QStringLiteral("sha256"), QString::fromLatin1(file->sha256)}});
            return int(Ok);
        },
    };
}

} // namespace bhuctl
