// bhu-clinic: wiring only. Process set-up, then the AppController shows the first-run wizard
// (no database yet) or the unlock window and, once unlocked, the main window.
#include "CommandLine.h"
#include "ProcessSetup.h"
#include "Screenshots.h"
#include "bhu/ui/AppController.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

int main(int argc, char** argv)
{
    using namespace bhu::clinic;
    disableCoreDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("bhu"));
    QCoreApplication::setApplicationName(QStringLiteral("bhu-clinic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BHU_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    Options options;
    if (const int exit = parseCommandLine(arguments, &options); exit >= 0) return exit;

    // Screenshots need no display: the offscreen platform renders them.
    if (!options.screenshotsDir.isEmpty() && !haveDisplay(argc, argv)) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay(argc, argv)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "bhu::clinic",
                                   "bhu-clinic: no display found (DISPLAY is not set). Run it in a desktop session, or use "
                                   "xvfb-run -a bhu-clinic for automated checks.")
                            << Qt::endl;
        return NoDisplay;
    }

    QApplication app(argc, argv);
    setUpLanguage(options.language);
    if (!options.screenshotsDir.isEmpty()) return takeScreenshots(options.databasePath, options.user, options.screenshotsDir);

    // No database yet: the first-run wizard creates it, if its folder exists (the default
    // folder is created). A mistyped --db folder is reported instead of silently created.
    if (!QFileInfo::exists(options.databasePath)) {
        const QString folder = QFileInfo(options.databasePath).absolutePath();
        if (options.databasePathIsDefault) QDir().mkpath(folder);
        if (!QFileInfo(folder).isDir()) {
            QTextStream(stderr) << QCoreApplication::translate("bhu::clinic",
                                                               "bhu-clinic: the folder %1 does not exist, so there is no clinic database at %2. "
                                                               "Check the path, or create the database with: "
                                                               "bhuctl init --db %2 --facility CODE --facility-name NAME --admin USER")
                                       .arg(folder, options.databasePath)
                                << Qt::endl;
            return Usage;
        }
    }

    bhu::ui::AppController controller(options.databasePath);
    QObject::connect(&controller, &bhu::ui::AppController::cancelled, &app, &QCoreApplication::quit);
    if (options.quitAfterShow) {
        // Says which window it was (firstRunWizard, unlockWindow): installation checks look for it.
        QObject::connect(&controller, &bhu::ui::AppController::windowShown, &app, [](QWidget* window) {
            QTextStream(stdout) << "bhu-clinic: shown " << window->objectName() << Qt::endl;
        });
        QObject::connect(&controller, &bhu::ui::AppController::windowShown, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    controller.start();
    return app.exec();
}
