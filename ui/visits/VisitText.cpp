#include "VisitText.h"

#include "DiagnosisEditor.h"
#include "PrescriptionEditor.h"
#include "bhu/domain/VitalsCheck.h"
#include "patients/PatientText.h"

#include <QLocale>

namespace bhu::ui {

QString VisitText::visitDate(const Visit& v)
{
    const QDateTime t = v.closedAt.isValid() ? v.closedAt : v.startedAt;
    return PatientText::date(t.toLocalTime().date());
}

QString VisitText::header(const Visit& v, const Patient& p)
{
    QStringList parts;
    if (v.tokenNumber > 0) parts << tr("Token %1").arg(QLocale().toString(v.tokenNumber));
    parts << p.name << PatientText::mr(p.mrNumber());
    const QString ageSex = PatientText::ageSex(p.birthDate, p.birthDateEstimated, p.sex, PatientText::today());
    if (!ageSex.isEmpty()) parts << ageSex;
    parts << visitStatusName(v.status);
    if (!v.isOpen()) parts << tr("signed by %1").arg(v.signedBy);
    return parts.join(tr(" · "));
}

QString VisitText::correction(const Visit& v)
{
    if (!v.isAmendment()) return {};
    const QDateTime when = v.closedAt.isValid() ? v.closedAt : v.startedAt;
    return tr("Corrected by %1 on %2: %3").arg(v.signedBy, PatientText::date(when.toLocalTime().date()), v.amendReason);
}

QString VisitText::diagnoses(const VisitRecord& r)
{
    QStringList out;
    for (const Diagnosis& d : r.diagnoses) out << DiagnosisEditor::describe(d);
    return out.join(tr("; "));
}

QString VisitText::prescriptions(const VisitRecord& r)
{
    QStringList out;
    for (const Prescription& p : r.prescriptions) out << PrescriptionEditor::describe(p);
    return out.join(tr("; "));
}

QString VisitText::referral(const VisitRecord& r)
{
    if (r.referrals.isEmpty()) return {};
    const Referral& f = r.referrals.constFirst();
    QString where = facilityLevelName(f.toLevel);
    if (!f.facilityName.isEmpty()) where = tr("%1, %2").arg(where, f.facilityName);
    return tr("Referred to %1 (%2): %3").arg(where, urgencyName(f.urgency), f.reason);
}

QString VisitText::vitals(const VisitRecord& r)
{
    if (!r.vitals) return {};
    const QLocale l;
    QStringList out;
    const VitalSigns& s = *r.vitals;
    if (s.systolic && s.diastolic)
        out << tr("BP %1/%2 mmHg").arg(l.toString(*s.systolic, 'g', 4), l.toString(*s.diastolic, 'g', 4));
    for (Vital v : allVitals()) {
        if (v == Vital::Systolic || v == Vital::Diastolic) continue;
        if (const auto value = vitalValue(s, v)) out << tr("%1 %2 %3").arg(vitalName(v), l.toString(*value, 'g', 5), vitalUnit(v));
    }
    if (const auto bmi = s.bmi()) out << tr("BMI %1").arg(l.toString(*bmi, 'f', 1));
    return out.join(tr(", "));
}

} // namespace bhu::ui
