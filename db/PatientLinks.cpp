#include "bhu/db/PatientLinks.h"

#include "bhu/db/AuditLog.h"
#include "bhu/domain/Clock.h"

namespace bhu::db {

Result<QString> PatientLinks::survivorOf(const QString& patientId)
{
    auto st = m_c.prepare("SELECT survivor_id FROM patient_links WHERE merged_id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, patientId);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const QString out = row.value() ? st.value()->text(0) : QString();
    st.value()->reset();
    return out;
}

Result<bool> PatientLinks::apply(const QString& patientId, const QString& survivorId, const Actor& who)
{
    auto held = survivorOf(patientId);
    if (!held.ok()) return held.error();
    if (held.value() == survivorId) return false;
    if (survivorId.isEmpty()) {
        auto del = m_c.prepare("DELETE FROM patient_links WHERE merged_id = ?");
        if (!del.ok()) return del.error();
        del.value()->bind(1, patientId);
        BHU_TRY(del.value()->run());
        BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("patient.unmerged"), QStringLiteral("patient"), patientId, patientId,
                                     QStringLiteral("survivor=") + held.value()));
        return true;
    }
    auto ins = m_c.prepare("INSERT INTO patient_links(merged_id, survivor_id, linked_at) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(merged_id) DO UPDATE SET survivor_id = excluded.survivor_id, linked_at = excluded.linked_at");
    if (!ins.ok()) return ins.error();
    ins.value()->bind(1, patientId).bind(2, survivorId).bind(3, isoUtc(Clock::system().nowUtc()));
    BHU_TRY(ins.value()->run());
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("patient.merged"), QStringLiteral("patient"), patientId, patientId,
                                 QStringLiteral("survivor=") + survivorId));
    return true;
}

Result<QString> PatientLinks::personOf(const QString& patientId)
{
    auto st = m_c.prepare("SELECT person_id FROM patient_person WHERE patient_id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, patientId);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const QString out = row.value() ? st.value()->text(0) : patientId;
    st.value()->reset();
    return out;
}

Result<QStringList> PatientLinks::mergedInto(const QString& survivorId)
{
    auto st = m_c.prepare("SELECT merged_id FROM patient_links WHERE survivor_id = ? ORDER BY linked_at, merged_id");
    if (!st.ok()) return st.error();
    st.value()->bind(1, survivorId);
    QStringList out;
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out << st.value()->text(0);
    }
    st.value()->reset();
    return out;
}

} // namespace bhu::db
