#pragma once
// How a visit reads on screen and on paper: the form's header, the correction note and the
// lines of the patient's visit timeline. Dates and numbers through QLocale.
#include "bhu/domain/VisitRecord.h"

#include <QCoreApplication>

namespace bhu::ui {

class VisitText {
    Q_DECLARE_TR_FUNCTIONS(VisitText)
public:
    static QString header(const Visit& v, const Patient& p);   // "Token 3 · Name · MR · 34 y · M · In consultation"
    static QString correction(const Visit& v);                 // "Corrected by dr on 25/11/26: reason"; "" if not
    static QString diagnoses(const VisitRecord& r);            // "J18.9 Pneumonia; fever (uncoded)"
    static QString prescriptions(const VisitRecord& r);        // "Amoxicillin 250 mg …; Paracetamol …"
    static QString referral(const VisitRecord& r);             // "Referred to DHQ (urgent): reason"
    static QString vitals(const VisitRecord& r);               // "BP 120/80 mmHg, pulse 80 /min, …"
    static QString visitDate(const Visit& v);                  // local date of the visit
};

} // namespace bhu::ui
