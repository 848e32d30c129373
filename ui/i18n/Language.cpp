#include "bhu/ui/Language.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// Qt takes the layout direction from this string's translation ("RTL" in right-to-left
// languages); Qt ships no Urdu translation of its own, so ours carries it.
[[maybe_unused]] static const char* const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

namespace bhu::ui {

const char* const Language::kDefaultUrduFontFile = "/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf";

namespace {
const QString kNastaliq = QStringLiteral("Noto Nastaliq Urdu");
constexpr qreal kNastaliqScale = 1.2;   // Nastaliq reads small at Latin point sizes
}

Language& Language::instance()
{
    static Language* language = new Language;   // lives as long as the process
    return *language;
}

QList<std::pair<QString, QString>> Language::choices()
{
    // Each language in its own script, so that anyone finds theirs (not translated on purpose).
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ur"), QStringLiteral("اردو")}};
}

bool Language::isRightToLeft() const
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

void Language::removeTranslators()
{
    for (QTranslator** t : {&m_qt, &m_ours}) {
        if (!*t) continue;
        QCoreApplication::removeTranslator(*t);
        delete *t;
        *t = nullptr;
    }
}

bool Language::apply(const QString& code)
{
    const QLocale system = QLocale::system();
    QLocale locale = code.isEmpty() ? system : QLocale(code);
    if (locale.language() != QLocale::Urdu) locale = QLocale(QLocale::English, system.territory());
    else locale = QLocale(QLocale::Urdu, QLocale::Pakistan);   // Western digits, as forms in Pakistan use
    const QString applied = locale.language() == QLocale::Urdu ? QStringLiteral("ur") : QStringLiteral("en");
    if (applied == m_code && m_generation > 0) return true;

    const QString dir = m_dir.isEmpty() ? QCoreApplication::applicationDirPath() : m_dir;
    auto* ours = new QTranslator;
    auto* qt = new QTranslator;
    bool ok = true;
    if (applied != QStringLiteral("en")) {
        const QString shared = dir + QStringLiteral("/../share/bhu-clinic/translations");
        ok = loadCatalogue(*ours, applied);
        // Qt's own strings: Qt's translation when it ships one, else ours (Qt has no Urdu).
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir) && m_dir.isEmpty())
                (void)qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), shared);
    }
    if (!ok) {
        qWarning("bhu: no translation bhu_%s.qm in %s; the program stays in English", qUtf8Printable(applied), qUtf8Printable(dir));
        delete ours;
        delete qt;
        if (m_generation == 0) apply(QStringLiteral("en"));
        return false;
    }
    removeTranslators();
    QLocale::setDefault(locale);
    // Fonts and direction first, so that windows rebuilt on LanguageChange see them.
    setScriptFont(applied == QStringLiteral("ur"));
    QGuiApplication::setLayoutDirection(locale.textDirection());
    if (!qt->isEmpty()) {
        m_qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    if (!ours->isEmpty()) {
        m_ours = ours;
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
    }
    m_code = applied;
    ++m_generation;
    // English with no translator to remove sends no LanguageChange: send one, so that every
    // window retranslates the same way whatever the language was before.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &change);
    Q_EMIT changed(m_code);
    return true;
}

bool Language::loadCatalogue(QTranslator& t, const QString& code) const
{
    const QString dir = m_dir.isEmpty() ? QCoreApplication::applicationDirPath() : m_dir;
    const QLocale locale = code == u"ur" ? QLocale(QLocale::Urdu, QLocale::Pakistan) : QLocale(code);
    // Beside the program (build tree, Windows), else ../share/bhu-clinic/translations (the
    // Debian package).
    const QString shared = dir + QStringLiteral("/../share/bhu-clinic/translations");
    return t.load(locale, QStringLiteral("bhu"), QStringLiteral("_"), dir) ||
           (m_dir.isEmpty() && t.load(locale, QStringLiteral("bhu"), QStringLiteral("_"), shared));
}

QString Language::printFamily(bool urdu)
{
    if (urdu) return loadUrduFamily();
    return m_haveLatinFont ? m_latinFont.family() : QApplication::font().family();
}

QString Language::loadUrduFamily()
{
    if (m_fontTried) return m_urduFamily;
    m_fontTried = true;
    if (QFileInfo::exists(m_fontFile)) {
        const int id = QFontDatabase::addApplicationFont(m_fontFile);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty()) return m_urduFamily = families.constFirst();
    }
    if (QFontDatabase::families().contains(kNastaliq)) {
        qWarning("bhu: the Urdu font file %s could not be loaded; using the system's %s (it may pick the Bold face)",
                 qUtf8Printable(m_fontFile), qUtf8Printable(kNastaliq));
        return m_urduFamily = kNastaliq;
    }
    qWarning("bhu: no Nastaliq font: %s is missing and no \"%s\" is installed; Urdu is shown in a fallback font "
             "(install fonts-noto-core)",
             qUtf8Printable(m_fontFile), qUtf8Printable(kNastaliq));
    return m_urduFamily = QString();
}

void Language::setScriptFont(bool urdu)
{
    if (!m_haveLatinFont) {
        m_latinFont = QApplication::font();
        m_haveLatinFont = true;
    }
    if (!urdu) {
        QApplication::setFont(m_latinFont);
        return;
    }
    const QString family = loadUrduFamily();
    if (family.isEmpty()) {
        QApplication::setFont(m_latinFont);
        return;
    }
    QFont font = m_latinFont;
    font.setFamilies({family, m_latinFont.family()});   // Latin letters and digits from the usual font
    font.setStyleName(QStringLiteral("Regular"));
    font.setPointSizeF(m_latinFont.pointSizeF() * kNastaliqScale);
    QApplication::setFont(font);
}

} // namespace bhu::ui
