#pragma once
// Canonical JSON of a patient's demographics: stored as each version's snapshot and compared
// field by field for edit history (and later for merges).
#include "bhu/domain/Patient.h"

#include <QJsonObject>

namespace bhu {

QJsonObject patientToJson(const Patient& p);
Patient patientFromJson(const QJsonObject& o);
// Names of the fields that differ between two versions (for the audit trail and history view).
QStringList changedFields(const Patient& before, const Patient& after);

} // namespace bhu
