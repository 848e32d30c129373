#include "bhu/db/Tombstones.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/db/Withdrawn.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>

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

Status Tombstones::withdraw(const QString& resourceType, const QString& resourceId, const QString& reason, const Actor& who,
                            const QString& patientId)
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
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("record.withdraw"), resourceType, resourceId, patientId));
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

Result<Tombstone> Tombstones::get(const QString& resourceType, const QString& resourceId)
{
    auto st = m_c.prepare("SELECT origin, reason, withdrawn_by, withdrawn_at FROM tombstones WHERE resource_type = ? AND resource_id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, resourceType).bind(2, resourceId);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    if (!row.value())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("bhu::db::Tombstones", "This record is not withdrawn."));
    Tombstone t;
    t.origin = st.value()->text(0);
    t.reason = st.value()->text(1);
    t.withdrawnBy = st.value()->text(2);
    t.withdrawnAt = QDateTime::fromString(st.value()->text(3), Qt::ISODate);
    st.value()->reset();
    return t;
}

namespace {
Result<qint64> countFor(Connection& c, const char* sql, const QString& patientId)
{
    auto st = c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, patientId);
    if (auto r = st.value()->step(); !r.ok()) return r.error();
    const qint64 n = st.value()->int64(0);
    st.value()->reset();
    return n;
}
} // namespace

Result<qint64> Tombstones::visitsNotWithdrawn(const QString& patientId)
{
    return countFor(m_c,
                    "SELECT count(*) FROM visits v WHERE (v.patient_id = ?1 OR v.patient_id IN "
                    "(SELECT merged_id FROM patient_links WHERE survivor_id = ?1)) AND" BHU_VISIT_NOT_WITHDRAWN("v.id"),
                    patientId);
}

Result<qint64> Tombstones::communityRecordsNotWithdrawn(const QString& patientId)
{
    return countFor(m_c,
                    "SELECT (SELECT count(*) FROM immunisations x WHERE x.patient_id = ?1 AND" BHU_NOT_WITHDRAWN("Immunization", "x.id") ")"
                    " + (SELECT count(*) FROM pregnancies x WHERE x.patient_id = ?1 AND" BHU_NOT_WITHDRAWN("EpisodeOfCare", "x.id") ")"
                    " + (SELECT count(*) FROM mch_contacts x WHERE x.patient_id = ?1 AND" BHU_NOT_WITHDRAWN("Encounter", "x.id") ")"
                    " + (SELECT count(*) FROM household_members x WHERE x.patient_id = ?1 AND x.left_on IS NULL)",
                    patientId);
}

} // namespace bhu::db
