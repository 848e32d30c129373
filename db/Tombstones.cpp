#include "bhu/db/Tombstones.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/Clock.h"

namespace bhu::db {

namespace {
const char* const kInsert =
    "INSERT OR IGNORE INTO tombstones(resource_type, resource_id, origin, reason, withdrawn_by, withdrawn_at) VALUES (?,?,?,?,?,?)";

// A withdrawn patient leaves the searches, the lists and the counts (patients.deleted, which
// PatientRepository::storeReplica already treats as "tombstones win"). Visits and facts are
// read-only rows: the tombstone row is their mark.
Status markPatient(Connection& c, const QString& resourceType, const QString& resourceId)
{
    if (resourceType != u"Patient") return {};
    auto st = c.prepare("UPDATE patients SET deleted = 1 WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceId);
    return st.value()->run();
}
} // namespace

Status Tombstones::withdraw(const QString& resourceType, const QString& resourceId, const QString& reason, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto st = m_c.prepare(kInsert);
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceType).bind(2, resourceId).bind(3, QStringLiteral("local")).bind(4, reason).bind(5, who.username);
    st.value()->bind(6, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(st.value()->run());
    if (m_c.changes() == 0) return {};   // already withdrawn
    BHU_TRY(markPatient(m_c, resourceType, resourceId));
    BHU_TRY(Outbox(m_c).enqueue(resourceType, resourceId, 0, QStringLiteral("delete")));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("record.withdraw"), resourceType, resourceId));
    return tx.commit();
}

Result<bool> Tombstones::receive(const QString& resourceType, const QString& resourceId)
{
    auto st = m_c.prepare(kInsert);
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceType).bind(2, resourceId).bind(3, QStringLiteral("registry")).bind(4, QString()).bind(5, QString());
    st.value()->bind(6, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(st.value()->run());
    if (m_c.changes() == 0) return false;
    BHU_TRY(markPatient(m_c, resourceType, resourceId));
    return true;
}

Result<bool> Tombstones::isWithdrawn(const QString& resourceType, const QString& resourceId)
{
    auto st = m_c.prepare("SELECT count(*) FROM tombstones WHERE resource_type = ? AND resource_id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceType).bind(2, resourceId);
    if (auto r = st.value()->step(); !r.ok()) return r.error();
    const bool withdrawn = st.value()->int64(0) > 0;
    st.value()->reset();
    return withdrawn;
}

} // namespace bhu::db
