#include "LanguagePanel.h"

#include "bhu/services/UserPreferences.h"
#include "bhu/ui/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace bhu::ui {

LanguagePanel::LanguagePanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Language"), parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("languagePanel"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const auto& [code, name] : Language::choices()) m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::instance().code())));
    m_urduDigits = new QCheckBox(tr("Urdu &digits (۰۱۲۳) on printed Urdu documents"), this);
    m_urduDigits->setObjectName(QStringLiteral("urduDigitsBox"));
    m_urduDigits->setToolTip(tr("Western digits (0123) are the default, as forms in Pakistan use them."));
    auto digits = services::UserPreferences(*m_session).urduDigitsInPrint();
    m_urduDigits->setChecked(digits.ok() && digits.value());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("languageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("&My language:"), this);
    label->setBuddy(m_language);
    auto* layout = new QFormLayout(this);
    layout->addRow(label, m_language);
    layout->addRow(m_urduDigits);
    layout->addRow(m_message);
    auto* hint = new QLabel(tr("Applies at once to every screen, and again each time you sign in."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(hint);
    connect(m_urduDigits, &QCheckBox::toggled, this, [this](bool on) {
        const Status st = services::UserPreferences(*m_session).setUrduDigitsInPrint(on);
        m_message->setText(st.ok() ? QString() : st.error().message);
    });
    connect(m_language, &QComboBox::activated, this, [this](int index) { choose(m_language->itemData(index).toString()); });
}

bool LanguagePanel::choose(const QString& code)
{
    if (const Status st = services::UserPreferences(*m_session).setLanguage(code); !st.ok()) {
        m_message->setText(st.error().message);
        return false;
    }
    // The unlock window of this computer speaks it too, next time.
    QSettings().setValue(QStringLiteral("ui/language"), code);
    // The main window rebuilds this screen once control is back in the event loop.
    Language::instance().apply(code);
    return true;
}

} // namespace bhu::ui
