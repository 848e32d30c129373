#include "ProcessSetup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

// Qt takes the layout direction from this string's translation ("RTL" in right-to-left
// languages); Qt ships no Urdu translation of its own, so ours carries it.
[[maybe_unused]] static const char* const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

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

void setUpLanguage(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) QLocale::setDefault(locale);

    // Qt's own strings (buttons, dialogs): Qt's translation when it ships one, else ours
    // (Qt has no Urdu: translations/qtbase_ur.ts, built next to the program).
    // Ours lie beside the program (build tree, Windows) or in ../share/bhu-clinic/translations
    // (the Debian package).
    const QString beside = QCoreApplication::applicationDirPath();
    const QString shared = beside + QStringLiteral("/../share/bhu-clinic/translations");
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), beside) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), shared))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("bhu"), QStringLiteral("_"), beside) ||
        ours->load(locale, QStringLiteral("bhu"), QStringLiteral("_"), shared))
        QCoreApplication::installTranslator(ours);

    if (locale.textDirection() == Qt::RightToLeft) QGuiApplication::setLayoutDirection(Qt::RightToLeft);

    if (locale.language() == QLocale::Urdu) {
        // Nastaliq is how Urdu is read. Its Bold file reports the same weight as the Regular
        // one, so ask for the Regular style by name (see docs/platform-notes.md).
        const QString nastaliq = QStringLiteral("Noto Nastaliq Urdu");
        if (QFontDatabase::families().contains(nastaliq)) {
            QFont font = QApplication::font();
            font.setFamily(nastaliq);
            font.setStyleName(QStringLiteral("Regular"));
            font.setPointSizeF(font.pointSizeF() * 1.2);   // Nastaliq reads small at Latin sizes
            QApplication::setFont(font);
        }
    }
}

} // namespace bhu::clinic
