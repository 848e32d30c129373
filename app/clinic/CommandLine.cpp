#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace bhu::clinic {

namespace {
QString defaultDatabasePath()
{
    if (!qEnvironmentVariableIsEmpty("BHU_DB")) return qEnvironmentVariable("BHU_DB");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("clinic.db"));
}
} // namespace

int parseCommandLine(const QStringList& arguments, Options* options)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("bhu::clinic", "BHU Clinic: patient records for a Basic Health Unit."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("bhu::clinic", "Path of the clinic database (default: $BHU_DB, else %1).")
                                                          .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("bhu::clinic", "Language of the program, e.g. \"ur\" for Urdu."), QStringLiteral("CODE"));
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"), QCoreApplication::translate("bhu::clinic", "Exit once the first window is shown, after printing its name (installation checks)."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QCoreApplication::translate("bhu::clinic", "Render every main screen to PNG files in DIR (offscreen) and exit; "
                                                                                    "signs in as --user with the password in $BHU_PASSWORD."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QCoreApplication::translate("bhu::clinic", "User for --screenshots (default: admin)."),
                                  QStringLiteral("NAME"), QStringLiteral("admin"));
    p.addOptions({db, lang, quitAfterShow, screenshots, user});
    // Qt's own options (-platform, -style, …) are left for QApplication to take.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);

    QStringList ours;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (i > 0 && (a == u"-platform" || a == u"-style" || a == u"-display" || a == u"-qwindowgeometry")) {
            ++i;   // skip the option and its value
            continue;
        }
        ours << a;
    }
    QTextStream err(stderr);
    if (!p.parse(ours)) {
        err << "bhu-clinic: " << p.errorText() << '\n' << QCoreApplication::translate("bhu::clinic", "Try 'bhu-clinic --help'.") << Qt::endl;
        return Usage;
    }
    // Parsed before QApplication exists, so Qt's own options (--help-all) cannot be listed here.
    if (p.isSet(help) || p.isSet(QStringLiteral("help-all"))) {
        QTextStream(stdout) << p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("bhu-clinic")) << Qt::flush;
        return Ok;
    }
    if (p.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << "bhu-clinic: " << QCoreApplication::translate("bhu::clinic", "Unexpected argument: %1. Use --db PATH to choose the database.").arg(p.positionalArguments().constFirst())
            << Qt::endl;
        return Usage;
    }
    options->databasePath = p.isSet(db) ? p.value(db) : defaultDatabasePath();
    options->databasePathIsDefault = !p.isSet(db) && qEnvironmentVariableIsEmpty("BHU_DB");
    options->language = p.value(lang);
    options->quitAfterShow = p.isSet(quitAfterShow);
    options->screenshotsDir = p.value(screenshots);
    options->user = p.value(user);
    return -1;
}

} // namespace bhu::clinic
