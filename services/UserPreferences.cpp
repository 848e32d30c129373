#include "bhu/services/UserPreferences.h"

#include "bhu/db/Settings.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::UserPreferences", s); }
const QStringList kLanguages{QString(), QStringLiteral("en"), QStringLiteral("ur")};
} // namespace

QString UserPreferences::key(const char* name) const
{
    // The recovery-key session has no user id: it shares one key, never a real user's.
    const QString who = m_s.user().id.isEmpty() ? QStringLiteral("recovery") : m_s.user().id;
    return QStringLiteral("user.") + who + u'.' + QString::fromLatin1(name);
}

Result<QString> UserPreferences::language()
{
    const auto lock = m_s.guard();
    auto v = db::Settings(m_s.store().conn()).value(key("language"));
    if (!v.ok()) return v.error();
    return kLanguages.contains(v.value()) ? v.value() : QString();
}

Status UserPreferences::setLanguage(const QString& code)
{
    if (!kLanguages.contains(code))
        return Error::make(ErrorCode::Invalid, tr("This language is not available. Choose English or Urdu."), code);
    const auto lock = m_s.guard();
    return db::Settings(m_s.store().conn()).setValue(key("language"), code, m_s.actor());
}

Result<bool> UserPreferences::urduDigitsInPrint()
{
    const auto lock = m_s.guard();
    auto v = db::Settings(m_s.store().conn()).value(key("print_urdu_digits"), QStringLiteral("0"));
    if (!v.ok()) return v.error();
    return v.value() == u"1";
}

Status UserPreferences::setUrduDigitsInPrint(bool on)
{
    const auto lock = m_s.guard();
    return db::Settings(m_s.store().conn()).setValue(key("print_urdu_digits"), on ? QStringLiteral("1") : QStringLiteral("0"), m_s.actor());
}

} // namespace bhu::services
