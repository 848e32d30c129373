#pragma once
// Process-level set-up of bhu-clinic around QApplication.
#include <QString>

namespace bhu::clinic {

// No core dumps: they would hold the database key and patient data in plain text.
void disableCoreDumps();

// On X11/Wayland systems: whether a display is there to open windows on (or a platform plugin
// was chosen explicitly). Without one, QApplication would abort.
bool haveDisplay(int argc, char** argv);

// The language before anyone signs in (bhu::ui::Language: translations from the program's
// folder, layout direction, Nastaliq for Urdu).
void setUpLanguage(const QString& language);

} // namespace bhu::clinic
