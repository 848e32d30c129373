#pragma once
// The patient facts that go on paper, already as text.
#include "bhu/domain/Patient.h"

#include <QDate>
#include <QString>

namespace bhu::ui {

struct PrintedPatient {
    QString patientId;
    QString facilityName;
    QString mr;            // 12 digits
    QString name, nameUrdu;
    QString guardian;      // "S/O Akbar"
    QString sex;           // "Male"
    QString age;           // "34 y (est.)"

    static PrintedPatient from(const Patient& p, const QString& facilityName, const QDate& today);
};

} // namespace bhu::ui
