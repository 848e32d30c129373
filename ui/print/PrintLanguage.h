#pragma once
// Printing in a language the user chooses for the paper (English or Urdu), whatever the
// program's language is. While a PrintLanguage lives, tr() on the thread that made it answers in
// that language (our catalogue bhu_<code>.qm; English: the source text) and QLocale's default
// (dates, numbers) is that language's; both are restored when it goes. Build the document's text
// inside the scope; direction() and fontFamily() are for painting it.
//
// The override is a translator installed for the scope (newest translators are asked first), so
// the windows receive LanguageChange twice and retitle in the unchanged program language; they
// are not rebuilt (bhu::ui::Language's generation does not change).
#include <QLocale>
#include <QString>
#include <memory>

namespace bhu::ui {

class PrintLanguage {
public:
    // "en" or "ur"; anything else is English. ok() is false when the Urdu catalogue is missing
    // (the text then stays in the program's language).
    explicit PrintLanguage(const QString& code);
    ~PrintLanguage();
    PrintLanguage(const PrintLanguage&) = delete;
    PrintLanguage& operator=(const PrintLanguage&) = delete;

    bool ok() const { return m_ok; }
    QString code() const { return m_code; }
    Qt::LayoutDirection direction() const;
    QString fontFamily() const;

    // The languages a paper can be printed in: code and the language's own name.
    static QList<std::pair<QString, QString>> choices();

private:
    class Override;
    QString m_code;
    QLocale m_previous;
    std::unique_ptr<Override> m_override;
    bool m_ok = false;
};

} // namespace bhu::ui
