#include "PrintedPatient.h"

#include "patients/PatientText.h"

namespace bhu::ui {

PrintedPatient PrintedPatient::from(const Patient& p, const QString& facilityName, const QDate& today)
{
    PrintedPatient out;
    out.patientId = p.id;
    out.facilityName = facilityName;
    out.mr = p.mrNumber();
    out.name = p.name;
    out.nameUrdu = p.nameUrdu;
    out.guardian = PatientText::guardian(p.relation, p.guardianName);
    out.sex = p.sex == Sex::Unknown ? QString() : PatientText::sexName(p.sex);
    out.age = PatientText::age(p.birthDate, p.birthDateEstimated, today);
    return out;
}

} // namespace bhu::ui
