#pragma once
// Patient use cases with role checks and audit of every view.
#include "bhu/services/Session.h"
#include "bhu/domain/Patient.h"

namespace bhu::services {

class PatientService {
public:
    explicit PatientService(Session& s) : m_s(s) {}
    Result<Patient> registerPatient(Patient p);
    Status registerMany(QList<Patient>& patients);   // seed and import: one transaction
    Result<Patient> update(Patient p);
    Result<Patient> open(const QString& id);         // audited view
    Result<qint64> count();

private:
    Session& m_s;
};

} // namespace bhu::services
