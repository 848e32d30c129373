#pragma once
// bhu-clinic --screenshots DIR: renders every main screen to PNG (offscreen, no window shown on
// a display) for review of layouts and translations; docs/screenshots/ is made with it
// (scripts/screenshots.sh). Signs in with --user and $BHU_PASSWORD on the --db database.
#include <QString>

namespace bhu::clinic {

// Writes NN-<screen>.png into dir, one per area of the main window, plus the registration form;
// prints each file's path. Returns the program's exit code.
int takeScreenshots(const QString& databasePath, const QString& user, const QString& dir);

} // namespace bhu::clinic
