#pragma once
// The LHW's family (khandan) register: a household at an address in a village or mohalla, in an
// LHW area, with its members. Each member is a full patient record (registered through the
// ordinary registration path and its duplicate check); membership links a patient to a
// household with a relationship to the head. Moving a member (marriage) ends one membership
// (leftOn) and starts another, so the history stays.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bhu {

enum class Relationship { Head, Spouse, Son, Daughter, Father, Mother, Brother, Sister, Grandchild,
                          DaughterInLaw, SonInLaw, OtherRelative, NotRelated };
QString relationshipCode(Relationship r);    // "head", "spouse", "son", … (storage and FHIR)
std::optional<Relationship> relationshipFromCode(QStringView code);
QString relationshipName(Relationship r);    // translated
QList<Relationship> allRelationships();

struct Household {
    QString id;                 // client-generated UUID
    QString village;            // village or mohalla
    QString address;            // house, street, landmark
    QString lhwArea;            // the LHW's area (her name or code, as the facility uses it)
    QString headPatientId;      // the head's Patient.id; empty until the head is added
    QString facilityCode;
    QString phone;              // the household's shared phone (E.164), optional
    QDateTime createdAt;        // UTC
    QDateTime updatedAt;        // UTC
    int version = 1;
    bool operator==(const Household&) const = default;
};

struct HouseholdMember {
    QString id;                 // UUID of this membership
    QString householdId;
    QString patientId;
    Relationship relationship = Relationship::OtherRelative;
    QDate joinedOn;
    QDate leftOn;               // invalid while a member
    QString leftReason;         // "marriage", "moved", "death", free text
    QDateTime recordedAt;       // UTC
    QString recordedBy;
    bool isCurrent() const { return !leftOn.isValid(); }
    bool operator==(const HouseholdMember&) const = default;
};

// A household with every membership it ever had (current and ended): what travels between
// computers as one FHIR Group (sync/fhir/FhirGroup.h).
struct HouseholdRecord {
    Household household;
    QList<HouseholdMember> members;
    bool operator==(const HouseholdRecord&) const = default;
};

} // namespace bhu
