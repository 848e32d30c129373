#pragma once
// The program's language, switchable at any time without a restart. apply() installs the
// translators (ours and Qt's own strings), sets QLocale's default (dates and numbers), the
// layout direction and a font that shows the script; Qt then sends QEvent::LanguageChange to
// every widget and the windows retranslate (MainWindow rebuilds its screens).
//
// Urdu is shown in Noto Nastaliq Urdu *Regular*, loaded from its file (fontconfig would pick the
// Bold face, see docs/urdu.md). When the file is missing the system's Nastaliq, if any, is used
// and a warning is logged.
#include <QFont>
#include <QObject>
#include <QString>

class QTranslator;

namespace bhu::ui {

class Language : public QObject {
    Q_OBJECT
public:
    static Language& instance();   // one per process (the translators are process-wide)

    // Where bhu_<code>.qm and qtbase_<code>.qm are looked for (default: the program's folder).
    void setTranslationsDir(const QString& dir) { m_dir = dir; }
    // The Nastaliq Regular font file (default: kDefaultUrduFontFile). Tests inject a missing one.
    // Takes effect the next time Urdu is applied.
    void setUrduFontFile(const QString& path)
    {
        m_fontFile = path;
        m_fontTried = false;
        m_urduFamily.clear();
    }
    static const char* const kDefaultUrduFontFile;

    // "en", "ur", or empty for the system's language. Returns false (and stays in English) when
    // no translation of the language was found.
    bool apply(const QString& code);
    QString code() const { return m_code; }   // the language applied last: "en" or "ur"
    bool isRightToLeft() const;
    // Changes with every apply() that changed something: windows built for an older generation
    // rebuild on LanguageChange, others only retitle.
    int generation() const { return m_generation; }
    // The family used for Urdu text (empty when no Nastaliq font was found); the printed documents
    // use it too.
    QString urduFamily() const { return m_urduFamily; }

    // Our catalogue bhu_<code>.qm for `code` ("ur"), from the folders apply() looks in, into `t`
    // (not installed). For printing in another language than the program's (ui/print/PrintLanguage).
    bool loadCatalogue(QTranslator& t, const QString& code) const;
    // The font family for printed text in Urdu (Nastaliq Regular, loaded if need be) or in English
    // (the program's Latin font, whatever the program's language is now).
    QString printFamily(bool urdu);

    // The languages a user can choose: code and the language's own name.
    static QList<std::pair<QString, QString>> choices();

Q_SIGNALS:
    void changed(const QString& code);

private:
    Language() = default;
    void removeTranslators();
    void setScriptFont(bool urdu);
    QString loadUrduFamily();

    QString m_dir;
    QString m_fontFile = QString::fromLatin1(kDefaultUrduFontFile);
    QString m_code;
    QString m_urduFamily;
    bool m_fontTried = false;
    int m_generation = 0;
    QTranslator* m_qt = nullptr;
    QTranslator* m_ours = nullptr;
    QFont m_latinFont;
    bool m_haveLatinFont = false;
};

} // namespace bhu::ui
