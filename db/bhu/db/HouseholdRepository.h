#pragma once
// The family register: households and memberships (docs/community.md). Every write commits with
// its outbox entry (the household travels as one FHIR Group with its members) and its audit
// entry in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/Household.h"

#include <QHash>

namespace bhu::db {

// A household with its current members, for the register view.
struct HouseholdRow {
    Household household;
    QList<HouseholdMember> members;   // current members, head first, then by join date
};

class HouseholdRepository {
public:
    explicit HouseholdRepository(Connection& c) : m_c(c) {}

    // New household (id generated when empty; createdAt/updatedAt stamped).
    Result<Household> create(Household h, const Actor& who);
    // Address, village, LHW area, phone or head changed: version + 1.
    Result<Household> update(Household h, const Actor& who);
    // Adds a patient as a current member. Conflict when the patient is already a current member
    // of a household (move them instead). A member added as head becomes the household's head.
    Result<HouseholdMember> addMember(HouseholdMember m, const Actor& who);
    // Ends the patient's current membership (leftOn, reason) and adds them to another
    // household with a new relationship, in one transaction. History stays.
    Result<HouseholdMember> moveMember(const QString& patientId, const QString& toHouseholdId, Relationship rel,
                                       const QDate& on, const QString& reason, const Actor& who);

    // Sync: a household received from the registry (recorded or changed on another computer),
    // merged into the one held, without outbox or audit entries (the caller audits counts),
    // inside the caller's transaction: the household's fields when its version is newer, every
    // membership not held yet added, a membership ended there ended here. A current
    // membership that arrives before the end of the person's older one (another household's
    // Group not pulled yet) ends the older one on its join date. A member whose patient record
    // is not on this computer (outside the facility's catchment) is left out, and so is such a
    // head. Conflict when the person joined their current household after the arriving one.
    // Returns false when nothing changed (a replay).
    Result<bool> storeReplica(const HouseholdRecord& r);
    // The household with every membership it ever had, for the outbox (FHIR Group).
    Result<HouseholdRecord> record(const QString& id);

    Result<Household> get(const QString& id);
    // Current members, head first.
    Result<QList<HouseholdMember>> members(const QString& householdId);
    // Every membership of a patient, oldest first (the history of moves).
    Result<QList<HouseholdMember>> membershipsOf(const QString& patientId);
    // The household a patient currently belongs to, if any.
    Result<std::optional<HouseholdMember>> currentMembership(const QString& patientId);
    // The register: households of an LHW area (empty = all) and village (empty = all), by
    // village then address, with their current members.
    Result<QList<HouseholdRow>> reg(const QString& lhwArea, const QString& village);
    // Distinct villages of an LHW area (empty = all), sorted.
    Result<QStringList> villages(const QString& lhwArea);
    Result<qint64> count();

private:
    Status write(const Household& h, bool insert);
    Status insertMember(const HouseholdMember& m);
    Status touch(const QString& householdId, const QDateTime& at);   // version + 1, outbox
    Result<QList<HouseholdMember>> memberQuery(const char* sql, const QString& arg);
    Result<bool> storeReplicaMember(const HouseholdMember& m, const QHash<QString, HouseholdMember>& held);
    Status endMembership(const QString& id, const QDate& on, const QString& reason);
    Connection& m_c;
};

} // namespace bhu::db
