#include "bhu/db/NationalReferenceLists.h"

#include "bhu/db/AuditLog.h"
#include "bhu/domain/Clock.h"

namespace bhu::db {

Result<bool> NationalReferenceLists::store(const PulledReferenceList& l, int rows, const Actor& who)
{
    auto st = m_c.prepare("INSERT INTO national_reference_lists(list, version, csv, rows, published_at, received_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(list) DO UPDATE SET version = excluded.version, "
                          "csv = excluded.csv, rows = excluded.rows, published_at = excluded.published_at, "
                          "received_at = excluded.received_at WHERE excluded.version > national_reference_lists.version");
    if (!st.ok()) return st.error();
    st.value()->bind(1, l.list).bind(2, l.version).bind(3, QString::fromUtf8(l.csv)).bind(4, rows);
    st.value()->bind(5, l.publishedAt.isEmpty() ? QStringLiteral("") : l.publishedAt).bind(6, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(st.value()->run());
    if (m_c.changes() == 0) return false;
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("reference.national"), QStringLiteral("reference-list"), l.list, {},
                                 QStringLiteral("version=%1 rows=%2").arg(l.version).arg(rows)));
    return true;
}

Result<std::optional<NationalList>> NationalReferenceLists::get(const QString& list)
{
    auto st = m_c.prepare("SELECT version, csv, rows, published_at, received_at FROM national_reference_lists WHERE list = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, list);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    std::optional<NationalList> out;
    if (row.value()) {
        NationalList n;
        n.list = list;
        n.version = st.value()->int64(0);
        n.csv = st.value()->text(1).toUtf8();
        n.rows = static_cast<int>(st.value()->int64(2));
        n.publishedAt = st.value()->text(3);
        n.receivedAt = st.value()->text(4);
        out = std::move(n);
    }
    st.value()->reset();
    return out;
}

} // namespace bhu::db
