#pragma once
// The command line of bhu-clinic. Parsed before QApplication exists, so that --help and
// --version work without a display.
#include <QString>
#include <QStringList>

namespace bhu::clinic {

enum Exit { Ok = 0, Failure = 1, Usage = 2, NoDisplay = 3 };

struct Options {
    QString databasePath;   // --db, else $BHU_DB, else <AppDataLocation>/clinic.db
    QString language;       // --lang, e.g. "ur"; empty: the system's language
    bool quitAfterShow = false;
    QString screenshotsDir;   // --screenshots DIR: render every screen to PNG and exit
    QString user;             // --user, for --screenshots (password from $BHU_PASSWORD)
    bool databasePathIsDefault = false;   // neither --db nor $BHU_DB
};

// Parses the arguments (argv[0] first). Returns -1 to go on, or the exit code when the program
// should stop (after --help, --version or a usage error, which it has printed).
int parseCommandLine(const QStringList& arguments, Options* options);

} // namespace bhu::clinic
