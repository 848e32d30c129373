#include "bhu/domain/ConsultationSummary.h"

#include "bhu/domain/Age.h"
#include "bhu/domain/VitalsCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ConsultationSummary", s); }

QString sexText(Sex s)
{
    switch (s) {
    case Sex::Male: return tr("male");
    case Sex::Female: return tr("female");
    case Sex::Other: return tr("other");
    case Sex::Unknown: break;
    }
    return tr("sex not recorded");
}

QString ageText(const Patient& p, const QDate& today)
{
    auto a = ageOn(p.birthDate, today);
    if (!a.ok()) return tr("age unknown");
    const QString est = p.birthDateEstimated ? tr(" (estimated)") : QString();
    if (a->years >= 2) return tr("%1 years").arg(a->years) + est;
    return tr("%1 months").arg(a->years * 12 + a->months) + est;
}

QString diagnosisText(const Diagnosis& d)
{
    return d.icd10.isEmpty() ? d.display : QStringLiteral("%1 (%2)").arg(d.display, d.icd10);
}

QString prescriptionText(const Prescription& p)
{
    QStringList parts{p.medicineText()};
    if (!p.dose.isEmpty()) parts << p.dose;
    if (!p.frequency.isEmpty()) parts << p.frequency;
    if (p.durationDays > 0) parts << QCoreApplication::translate("bhu::ConsultationSummary", "%n day(s)", nullptr, p.durationDays);
    return parts.join(QLatin1Char(' '));
}

QString vitalsText(const VitalSigns& v, std::optional<int> months)
{
    const QLocale loc;
    QStringList lines;
    for (Vital k : allVitals()) {
        const auto val = vitalValue(v, k);
        if (!val) continue;
        lines << QStringLiteral("  %1: %2 %3").arg(vitalName(k), loc.toString(*val, 'g', 4), vitalUnit(k));
    }
    for (const VitalFlag& f : checkVitals(v, months).flags) lines << QStringLiteral("  ! %1").arg(f.message);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString buildCaseSummary(const Patient& patient, const VisitRecord& visit, const QList<VisitRecord>& earlier, const QDate& today)
{
    QStringList out;
    out << tr("Patient: %1, %2").arg(ageText(patient, today), sexText(patient.sex));
    QString complaint = visit.visit.chiefComplaint.trimmed();
    if (complaint.isEmpty()) complaint = visit.visit.complaintCodes.join(QStringLiteral(", "));
    out << tr("Complaint: %1").arg(complaint.isEmpty() ? tr("not recorded") : complaint);
    if (visit.vitals && !visit.vitals->isEmpty()) {
        out << tr("Vital signs:");
        out << vitalsText(*visit.vitals, ageInMonths(patient.birthDate, today));
    }
    if (!visit.diagnoses.isEmpty()) {
        QStringList d;
        for (const Diagnosis& x : visit.diagnoses) d << diagnosisText(x);
        out << tr("Diagnoses at this visit: %1").arg(d.join(QStringLiteral("; ")));
    }
    const QDateTime at = visit.visit.startedAt.isValid() ? visit.visit.startedAt : QDateTime(today, QTime(12, 0), Qt::UTC);
    QStringList meds, history;
    for (const Prescription& p : visit.prescriptions) meds << prescriptionText(p);
    for (const VisitRecord& e : earlier) {
        if (e.visit.id == visit.visit.id || !e.visit.startedAt.isValid() || e.visit.startedAt > at) continue;
        const qint64 days = e.visit.startedAt.daysTo(at);
        if (days <= 30)
            for (const Prescription& p : e.prescriptions) meds << prescriptionText(p);
        if (days <= 365)
            for (const Diagnosis& d : e.diagnoses)
                history << tr("%1: %2").arg(QLocale().toString(e.visit.startedAt.toLocalTime().date(), QLocale::ShortFormat), diagnosisText(d));
    }
    meds.removeDuplicates();
    out << tr("Current medicines: %1").arg(meds.isEmpty() ? tr("none recorded") : meds.join(QStringLiteral("; ")));
    out << tr("Relevant history: %1").arg(history.isEmpty() ? tr("no diagnoses in the last 12 months") : history.join(QStringLiteral("; ")));
    return out.join(QLatin1Char('\n'));
}

} // namespace bhu
