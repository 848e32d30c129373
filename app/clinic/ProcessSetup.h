#pragma once
// Process-level set-up of bhu-clinic around QApplication.
#include <QString>

class QApplication;

namespace bhu::clinic {

// No core dumps: they would hold the database key and patient data in plain text.
void disableCoreDumps();

// On X11/Wayland systems: whether a display is there to open windows on (or a platform plugin
// was chosen explicitly). Without one, QApplication would abort.
bool haveDisplay(int argc, char** argv);

// Loads bhu_<lang>.qm from the program's folder (and Qt's own translations when they exist),
// sets the layout direction and a font that can show the language's script.
void setUpLanguage(QApplication& app, const QString& language);

} // namespace bhu::clinic
