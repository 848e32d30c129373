#pragma once
// One contact of a patient with the facility: an OPD visit, an LHW home visit or a
// teleconsultation. Vitals, diagnoses, prescriptions and referrals point to it by visitId.
//
// Lifecycle: waiting (token issued) → in-consultation → closed (signed by the clinician).
// An open visit is one row whose status moves forward. Once closed and signed it is a clinical
// fact: a correction is a new version (new UUID, amendsId = the corrected version's id,
// amendReason, version + 1), like every other clinical fact (see ClinicalFact.h).
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bhu {

// FHIR Encounter.class (v3-ActCode): AMB = OPD, HH = LHW home visit, VR = teleconsultation.
enum class EncounterClass { Ambulatory, HomeHealth, Virtual };
QString encounterClassCode(EncounterClass c);   // "AMB", "HH", "VR"
std::optional<EncounterClass> encounterClassFromCode(QStringView code);
QString encounterClassName(EncounterClass c);   // translated: "OPD", "Home visit", "Teleconsultation"

enum class VisitStatus { Waiting, InConsultation, Closed };
QString visitStatusCode(VisitStatus s);         // "waiting", "in-consultation", "closed"
std::optional<VisitStatus> visitStatusFromCode(QStringView code);
QString visitStatusName(VisitStatus s);         // translated

struct Visit {
    QString id;                      // client-generated UUID of this version
    QString patientId;
    QString facilityCode;
    EncounterClass encounterClass = EncounterClass::Ambulatory;
    int tokenNumber = 0;             // the day's queue number at the facility; 0 = none
    VisitStatus status = VisitStatus::Waiting;
    QString chiefComplaint;          // free text, as the patient said it
    QStringList complaintCodes;      // quick picks from reference/complaints.csv ("fever", "cough")
    QString advice;
    QDate followUpDate;              // invalid = no follow-up
    QDateTime startedAt;             // UTC
    QDateTime closedAt;              // UTC; invalid while open
    QString signedBy;                // user name of the clinician who closed the visit
    QString amendsId;                // correction chain, see ClinicalFact.h
    QString amendReason;
    QString partOfId;                // a logged teleconsultation call (class VR): the BHU visit it belongs to
    int version = 1;

    bool isOpen() const { return status != VisitStatus::Closed; }
    bool isAmendment() const { return !amendsId.isEmpty(); }
    bool operator==(const Visit&) const = default;
};

} // namespace bhu
