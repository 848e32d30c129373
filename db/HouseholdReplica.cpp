// HouseholdRepository: the sync side (a household pulled from the registry, the record pushed).
#include "bhu/db/HouseholdRepository.h"

#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <algorithm>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::HouseholdRepository", s); }

Result<bool> patientHeld(Connection& c, const QString& id)
{
    auto st = c.prepare("SELECT count(*) FROM patients WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    if (auto r = st.value()->step(); !r.ok()) return r.error();
    const bool held = st.value()->int64(0) > 0;
    st.value()->reset();
    return held;
}
} // namespace

Result<HouseholdRecord> HouseholdRepository::record(const QString& id)
{
    auto h = get(id);
    if (!h.ok()) return h.error();
    auto m = memberQuery("SELECT id, household_id, patient_id, relationship, joined_on, left_on, left_reason, recorded_at, recorded_by "
                         "FROM household_members WHERE household_id = ? ORDER BY joined_on, recorded_at",
                         id);
    if (!m.ok()) return m.error();
    return HouseholdRecord{h.value(), m.value()};
}

Status HouseholdRepository::endMembership(const QString& id, const QDate& on, const QString& reason)
{
    auto st = m_c.prepare("UPDATE household_members SET left_on = ?, left_reason = ? WHERE id = ? AND left_on IS NULL");
    if (!st.ok()) return st.error();
    st.value()->bind(1, on.toString(Qt::ISODate)).bind(2, reason.isEmpty() ? QString() : reason).bind(3, id);
    return st.value()->run();
}

Result<bool> HouseholdRepository::storeReplicaMember(const HouseholdMember& m, const QHash<QString, HouseholdMember>& held)
{
    if (const auto it = held.constFind(m.id); it != held.constEnd()) {
        if (!it->isCurrent() || m.isCurrent()) return false;
        BHU_TRY(endMembership(m.id, m.leftOn, m.leftReason));
        return true;
    }
    if (m.isCurrent()) {
        auto other = currentMembership(m.patientId);
        if (!other.ok()) return other.error();
        if (other.value()) {
            if (other.value()->joinedOn > m.joinedOn)
                return Error::make(ErrorCode::Conflict, tr("A person of the received household lives in another household since a later day."));
            BHU_TRY(endMembership(other.value()->id, m.joinedOn, tr("moved")));
        }
    }
    BHU_TRY(insertMember(m));
    return true;
}

Result<bool> HouseholdRepository::storeReplica(const HouseholdRecord& r)
{
    Household h = r.household;
    if (h.id.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The received household lacks its id."));
    bool changed = false;
    const QDateTime now = Clock::system().nowUtc();
    auto old = get(h.id);
    if (!old.ok() && old.error().code != ErrorCode::NotFound) return old.error();
    if (!old.ok() || h.version > old->version) {
        if (!h.createdAt.isValid()) h.createdAt = old.ok() ? old->createdAt : now;
        h.updatedAt = now;
        if (!h.headPatientId.isEmpty()) {
            auto here = patientHeld(m_c, h.headPatientId);
            if (!here.ok()) return here.error();
            if (!here.value()) h.headPatientId.clear();
        }
        BHU_TRY(write(h, !old.ok()));
        changed = true;
    }
    auto mine = record(h.id);
    if (!mine.ok()) return mine.error();
    QHash<QString, HouseholdMember> held;
    for (const HouseholdMember& m : mine->members) held.insert(m.id, m);
    // Ended memberships first: a person's old membership ends before the new one starts.
    QList<HouseholdMember> members = r.members;
    std::stable_sort(members.begin(), members.end(), [](const HouseholdMember& a, const HouseholdMember& b) {
        return !a.isCurrent() && b.isCurrent();
    });
    for (HouseholdMember m : members) {
        auto here = patientHeld(m_c, m.patientId);   // outside this facility's catchment: not ours to hold
        if (!here.ok()) return here.error();
        if (!here.value()) continue;
        m.householdId = h.id;
        if (!m.recordedAt.isValid()) m.recordedAt = now;
        auto added = storeReplicaMember(m, held);
        if (!added.ok()) return added.error();
        changed = changed || added.value();
    }
    return changed;
}

} // namespace bhu::db
