#include "bhu/db/ReferenceListRepository.h"

#include "bhu/db/AuditLog.h"

namespace bhu::db {

namespace {
QString key(const QString& list) { return QStringLiteral("reference.") + list; }
} // namespace

Result<std::optional<QByteArray>> ReferenceListRepository::get(const QString& list)
{
    auto st = m_c.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, key(list));
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    std::optional<QByteArray> out;
    if (row.value()) out = st.value()->text(0).toUtf8();
    st.value()->reset();
    return out;
}

Status ReferenceListRepository::put(const Actor& who, const QString& list, const QByteArray& csv, int rows)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto st = m_c.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st.ok()) return st.error();
    st.value()->bind(1, key(list)).bind(2, QString::fromUtf8(csv));
    BHU_TRY(st.value()->run());
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("reference.import"), QStringLiteral("reference-list"), list, {},
                                 QStringLiteral("rows=%1").arg(rows)));
    return tx.commit();
}

Status ReferenceListRepository::reset(const Actor& who, const QString& list)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto st = m_c.prepare("DELETE FROM meta WHERE key = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, key(list));
    BHU_TRY(st.value()->run());
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("reference.reset"), QStringLiteral("reference-list"), list));
    return tx.commit();
}

} // namespace bhu::db
