#pragma once
// Synthetic Pakistani patients, generated household by household: a father with a CNIC, his
// wife (W/O), their children (S/O, D/O), sometimes a grandparent; shared phones; ages partly
// estimated; spelling variants; Urdu script for many. Deterministic for a seed and a date.
// The one generator used by `bhuctl seed`, the tests and the benchmarks.
#include "bhu/domain/Patient.h"
#include "bhu/synth/Rng.h"

#include <QDate>

namespace bhu::synth {

class PatientGenerator {
public:
    PatientGenerator(std::uint64_t seed, QDate today, QString facilityCode);
    // The next n patients (households are not split across calls: any remainder is kept).
    QList<Patient> next(int n);

private:
    QList<Patient> household();
    Patient person(Sex sex, int ageYears, const QString& family, bool adult);
    QString cnic(Sex sex);
    QString phone();
    QString spell(const QString& canonical);
    QDate birthDate(int ageYears, bool* estimated);

    Rng m_rng;
    QDate m_today;
    QString m_facility;
    QList<Patient> m_pending;
    qint64 m_serial = 0;
};

} // namespace bhu::synth
