#pragma once
// Front-desk use cases: find, check for duplicates, register, edit, open. Role checks and
// audit of every view live here; SQL lives in db/.
#include "bhu/domain/Patient.h"
#include "bhu/domain/PatientSearch.h"
#include "bhu/services/Session.h"

namespace bhu::services {

// A problem with one form field: shown next to that field.
struct FieldIssue {
    QString field;        // "name", "cnic", "phone", "birth_date", "guardian_cnic", "sex", …
    QString message;      // translated: what is wrong and what to do
    bool warning = false; // true: may save after confirming; false: must fix
};

struct RegisterOptions {
    bool confirmedNotDuplicate = false;   // the user saw the duplicate check and chose "new patient"
    QString cnicOverrideBy;               // supervisor user name who allowed a shared CNIC (audited)
    QString cnicOverridePassword;         // that supervisor's password
};

class PatientService {
public:
    explicit PatientService(Session& s) : m_s(s) {}

    // Normalises (CNIC digits, phone E.164, trims) and validates per domain.md. Errors block
    // saving; warnings need confirmation. Does not touch the database.
    QList<FieldIssue> validate(Patient& p) const;

    Result<SearchResult> search(const SearchQuery& q);
    Result<QList<DuplicateCandidate>> findDuplicates(const Patient& draft);

    // Validates, refuses hard errors (Invalid, message lists them), runs the duplicate check
    // unless confirmed (Conflict when candidates exist), refuses a CNIC already on another
    // patient unless a supervisor overrides, issues an MR number (national from the pool, else
    // provisional) and saves with outbox and audit in one transaction.
    Result<Patient> registerPatient(Patient p, const RegisterOptions& o = {});
    Status registerMany(QList<Patient>& patients);   // seed: one transaction, no duplicate check
    // Seed only: a block of synthetic national MR numbers (first digit 8, never issued by the registry).
    Status reserveSyntheticMrNumbers(int count);
    Result<Patient> update(Patient p);
    Result<Patient> open(const QString& id);         // audited view
    Result<QList<PatientVersion>> history(const QString& id);   // demographic versions, oldest first
    Result<qint64> count();
    // Audited: a card or token slip was printed or saved as PDF.
    Status recordPrint(const QString& patientId, const QString& what);

private:
    Session& m_s;
};

} // namespace bhu::services
