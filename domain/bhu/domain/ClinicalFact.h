#pragma once
// What every clinical fact recorded in a visit carries (vital signs, diagnoses, prescriptions,
// referrals): its own UUID, the patient and visit it belongs to, who recorded it and when, and
// the correction chain.
//
// Clinical facts are append-only (architecture.md). A correction is a NEW fact with a new UUID,
// version = amended.version + 1, amendsId = the UUID of the version it corrects and a reason;
// the amended version is kept unchanged. The current version of a chain is the one that no
// other version amends.
#include <QDateTime>
#include <QString>

namespace bhu {

struct ClinicalFact {
    QString id;            // client-generated UUID of this version
    QString patientId;     // Patient.id
    QString visitId;       // Visit.id
    int version = 1;       // 1 for the first version of a chain
    QString amendsId;      // the version this one corrects; empty for version 1
    QString amendReason;   // why it was corrected (expected with every amendsId)
    QDateTime recordedAt;  // UTC
    QString recordedBy;    // user name of the clinician

    bool isAmendment() const { return !amendsId.isEmpty(); }
    bool operator==(const ClinicalFact&) const = default;
};

} // namespace bhu
