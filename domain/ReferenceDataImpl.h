#pragma once
// Private: ReferenceData's storage and the CSV readers that fill it.
#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/ReferenceSearch.h"

namespace bhu {

struct ReferenceData::Data {
    QList<IcdEntry> diagnoses;
    QList<Medicine> medicines;
    QList<Complaint> complaints;
    QList<ReferenceKey> diagnosisKeys, medicineKeys, complaintKeys;
};

Result<QList<IcdEntry>> parseIcd10Csv(const QByteArray& csv);
Result<QList<Medicine>> parseMedicinesCsv(const QByteArray& csv);
Result<QList<Complaint>> parseComplaintsCsv(const QByteArray& csv);

} // namespace bhu
