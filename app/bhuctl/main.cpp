// bhuctl: the command line for facility admins and scripts. Wiring only: each sub-command
// lives in its own Cmd*.cpp over the shared services.
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstring>
#include <memory>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char** argv)
{
    // No core dumps: they would contain the database key and patient data. (Windows writes
    // no dumps unless Windows Error Reporting is set up to: see docs/windows-build.md.)
#ifdef Q_OS_UNIX
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif

    // `report` lays out documents (fonts, QPdfWriter): a GUI application without a display.
    std::unique_ptr<QCoreApplication> guiOrCore;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        guiOrCore = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        guiOrCore = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *guiOrCore;
    QCoreApplication::setApplicationName(QStringLiteral("bhuctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BHU_VERSION));
    const QStringList args = app.arguments();

    auto usage = [] {
        QTextStream out(stdout);
        out << "usage: bhuctl COMMAND [options]\n\ncommands:\n";
        for (const auto& c : bhuctl::commands()) out << "  " << c.name.leftJustified(15) << c.summary << '\n';
        out << "\nbhuctl COMMAND --help shows a command's options.\n";
    };
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h") {
        usage();
        return args.size() < 2 ? bhuctl::Usage : bhuctl::Ok;
    }
    if (args[1] == u"--version") {
        QTextStream(stdout) << "bhuctl " << BHU_VERSION << '\n';
        return bhuctl::Ok;
    }
    for (const auto& c : bhuctl::commands()) {
        if (c.name != args[1]) continue;
        QCommandLineParser p;
        p.setApplicationDescription(c.summary);
        p.addHelpOption();
        c.addOptions(p);
        QStringList rest = args;
        rest.removeAt(1);
        if (!p.parse(rest)) return bhuctl::failUsage(p.errorText());
        if (p.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << p.helpText();
            return bhuctl::Ok;
        }
        return c.run(p);
    }
    usage();
    return bhuctl::failUsage(QCoreApplication::translate("bhuctl", "unknown command '%1'").arg(args[1]));
}
