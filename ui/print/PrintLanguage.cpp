#include "PrintLanguage.h"

#include "bhu/ui/Language.h"

#include <QCoreApplication>
#include <QThread>
#include <QTranslator>

namespace bhu::ui {

// Answers for the thread that printed only; other threads (sync) fall through to the program's
// translators.
class PrintLanguage::Override : public QTranslator {
public:
    explicit Override(bool english) : m_english(english), m_thread(QThread::currentThread()) {}
    QTranslator& catalogue() { return m_catalogue; }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        if (QThread::currentThread() != m_thread || !sourceText) return {};
        if (!m_english) return m_catalogue.translate(context, sourceText, disambiguation, n);
        const QString own = m_catalogue.translate(context, sourceText, disambiguation, n);   // English plurals, if any
        return own.isNull() ? QString::fromUtf8(sourceText) : own;
    }

private:
    QTranslator m_catalogue;
    bool m_english;
    QThread* m_thread;
};

PrintLanguage::PrintLanguage(const QString& code)
    : m_code(code == u"ur" ? QStringLiteral("ur") : QStringLiteral("en")), m_previous(QLocale())
{
    const bool english = m_code == u"en";
    m_override = std::make_unique<Override>(english);
    m_ok = Language::instance().loadCatalogue(m_override->catalogue(), m_code) || english;
    if (!m_ok) {
        m_override.reset();
        return;
    }
    QLocale::setDefault(english ? QLocale(QLocale::English, m_previous.territory()) : QLocale(QLocale::Urdu, QLocale::Pakistan));
    QCoreApplication::installTranslator(m_override.get());
}

PrintLanguage::~PrintLanguage()
{
    if (m_override) QCoreApplication::removeTranslator(m_override.get());
    QLocale::setDefault(m_previous);
}

Qt::LayoutDirection PrintLanguage::direction() const
{
    return m_code == u"ur" ? Qt::RightToLeft : Qt::LeftToRight;
}

QString PrintLanguage::fontFamily() const
{
    return Language::instance().printFamily(m_code == u"ur");
}

QList<std::pair<QString, QString>> PrintLanguage::choices()
{
    return Language::choices();
}

} // namespace bhu::ui
