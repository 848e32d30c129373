#pragma once
// Synthetic closed OPD visits for synthetic patients: dates over the 12 months before `today`
// with a seasonal mix (diarrhoea, dysentery and typhoid in Jun–Sep; respiratory infections and
// pneumonia in Nov–Feb; malaria and dengue in Sep–Nov), chronic hypertension and diabetes in
// adults over 40, ANC (Z34.9) and family planning for women 18–40; vitals plausible for age and
// sex (weight by age, MUAC at 6–59 months, some abnormal values); 1–2 ICD-10 diagnoses from the
// reference list; 1–3 medicines from the reference list that fit the diagnosis; ~3% referrals.
// Deterministic for a seed, a date and the sequence of patients (ids are generated from the
// seed too). Used by `bhuctl seed`, the tests and the benchmarks.
#include "bhu/domain/VisitRecord.h"
#include "bhu/synth/Rng.h"

#include <QDate>

namespace bhu::synth {

class VisitGenerator {
public:
    VisitGenerator(std::uint64_t seed, QDate today, QString facilityCode, QString clinician = QStringLiteral("seed"));
    // k closed visits of one patient, on distinct days when possible, oldest first; never before
    // the patient's birth date nor after `today`.
    QList<VisitRecord> forPatient(const Patient& p, int k);
    // One closed visit of the patient on a given day.
    VisitRecord visit(const Patient& p, QDate day);

private:
    QString uuid();
    QString pickDiagnosis(const Patient& p, QDate day, int ageMonths, const QString& exclude);
    VitalSigns vitals(const Patient& p, int ageMonths, const QStringList& codes);
    QList<Prescription> prescriptions(const QStringList& codes, int ageMonths);
    Rng m_rng;
    QDate m_today;
    QString m_facility;
    QString m_clinician;
};

} // namespace bhu::synth
