#pragma once
// The LHW's family register (docs/community.md): households per LHW area and village, members
// with their relationship, moves between households. Members are registered as patients first,
// through PatientService::registerPatient and its duplicate check; this service links them.
// Roles: KeepFamilyRegister to change, ViewPatient to read (docs/security.md).
#include "bhu/db/HouseholdRepository.h"
#include "bhu/domain/Patient.h"
#include "bhu/services/Session.h"

namespace bhu::services {

// A member with the patient's details, for the register view.
struct RegisterMember {
    HouseholdMember member;
    Patient patient;
};
struct RegisterHousehold {
    Household household;
    QList<RegisterMember> members;   // head first
};

class HouseholdService {
public:
    explicit HouseholdService(Session& s) : m_s(s) {}

    // New household in this facility; the LHW area defaults to the signed-in LHW's user name.
    Result<Household> createHousehold(Household h);
    Result<Household> updateHousehold(const Household& h);
    // Adds a registered patient to a household. Conflict when they already belong to one.
    Result<HouseholdMember> addMember(const QString& householdId, const QString& patientId, Relationship rel);
    // Moves a patient to another household (marriage, …), keeping the old membership as history.
    Result<HouseholdMember> moveMember(const QString& patientId, const QString& toHouseholdId, Relationship rel,
                                       const QDate& on, const QString& reason);

    Result<RegisterHousehold> household(const QString& id);
    // The family register of an LHW area (empty = all) and village (empty = all). Audited as one view.
    Result<QList<RegisterHousehold>> familyRegister(const QString& lhwArea, const QString& village);
    Result<QStringList> villages(const QString& lhwArea);
    Result<QList<HouseholdMember>> memberships(const QString& patientId);   // oldest first

private:
    Result<RegisterHousehold> withPatients(const db::HouseholdRow& row);
    Session& m_s;
};

} // namespace bhu::services
