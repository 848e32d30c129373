#include "bhu/db/Settings.h"

#include "bhu/db/AuditLog.h"

namespace bhu::db {

namespace {
const QString kPrefix = QStringLiteral("setting.");
}

Result<QString> Settings::value(const QString& key, const QString& fallback)
{
    auto st = m_c.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, kPrefix + key);
    auto r = st.value()->step();
    if (!r.ok()) return r.error();
    const QString v = r.value() ? st.value()->text(0) : fallback;
    st.value()->reset();
    return v;
}

Status Settings::setValueQuietly(const QString& key, const QString& value)
{
    auto st = m_c.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st.ok()) return st.error();
    st.value()->bind(1, kPrefix + key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return st.value()->run();
}

Status Settings::setValue(const QString& key, const QString& value, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(setValueQuietly(key, value));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("setting.change"), QStringLiteral("Setting"), key, QString(), value));
    return tx.commit();
}

} // namespace bhu::db
