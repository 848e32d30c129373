#include "ProcessSetup.h"

#include "bhu/ui/Language.h"

#include <QSettings>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace bhu::clinic {

void disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool haveDisplay(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) return true;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0) return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

void setUpLanguage(const QString& language)
{
    // --lang, else the language last used on this computer (so that the unlock window speaks
    // it), else the system's. A user's own choice applies once they sign in.
    const QString code = language.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString() : language;
    bhu::ui::Language::instance().apply(code);
}

} // namespace bhu::clinic
