#pragma once
// A whole visit as the clinician records it and the history shows it: the visit and its facts.
#include "bhu/domain/Diagnosis.h"
#include "bhu/domain/Patient.h"
#include "bhu/domain/Prescription.h"
#include "bhu/domain/Referral.h"
#include "bhu/domain/Visit.h"
#include "bhu/domain/VitalSigns.h"

#include <optional>

namespace bhu {

struct VisitRecord {
    Visit visit;
    std::optional<VitalSigns> vitals;
    QList<Diagnosis> diagnoses;
    QList<Prescription> prescriptions;
    QList<Referral> referrals;
};

// A line of today's queue: the visit with who the patient is.
struct QueueEntry {
    Visit visit;
    QString patientName;
    QString mr;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    bool birthDateEstimated = false;
};

} // namespace bhu
