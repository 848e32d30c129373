#pragma once
// One signed visit as the reports see it: the current version of a visit chain (a corrected
// visit counts once, with the correction's facts), with what every report cell can ask about.
// Filled by db::ReportQueries; the register columns only when asked for.
#include "bhu/domain/Patient.h"
#include "bhu/domain/Visit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bhu {

struct ReportDiagnosis {
    QString icd10;        // empty when uncoded
    bool confirmed = false;
    QString display;      // register columns only
};

struct ReportVisit {
    QString visitId;
    QString patientId;                // the person: the record the visit's patient was merged into, or itself
    QDate date;                       // the facility's local day of the visit
    EncounterClass encounterClass = EncounterClass::Ambulatory;
    Sex sex = Sex::Unknown;           // sex and birth date of that record (the survivor's)
    QDate birthDate;                  // invalid when unknown
    bool isNew = false;               // no earlier visit of the person (under any of her records) in this database
    bool referred = false;            // the visit has at least one referral
    QString signedBy;
    QList<ReportDiagnosis> diagnoses;

    // Register columns (ReportQueries::Detail::Register).
    int token = 0;
    QString mr;
    QString name;
    QString complaint;
    QStringList treatment;            // "Paracetamol 500 mg tablet"
    QStringList referredTo;           // "DHQ Hospital Sheikhupura (emergency): reason"
};

} // namespace bhu
