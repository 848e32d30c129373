#pragma once
// The case summary a teleconsultation request starts with, built from the visit: age and sex,
// complaint, vital signs with their flags, diagnoses, current medicines and relevant history
// (diagnoses of earlier visits). Plain text the clinician edits before sending; translated
// labels, numbers via QLocale. No patient name: the specialist sees the case, the MR number
// travels separately.
#include "bhu/domain/VisitRecord.h"

namespace bhu {

// `earlier`: the patient's other visits (any order); those of the last 12 months before the
// visit give the history and the medicines of the last 30 days are listed as current.
QString buildCaseSummary(const Patient& patient, const VisitRecord& visit, const QList<VisitRecord>& earlier, const QDate& today);

} // namespace bhu
