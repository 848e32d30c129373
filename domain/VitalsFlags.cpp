#include "VitalsFlags.h"

#include <QCoreApplication>

namespace bhu {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::VitalsCheck", s);
}

QString n(double x)
{
    return formatVitalNumber(x);
}

QString bpText(const VitalSigns& s)
{
    const QString dash = QStringLiteral("–");
    return (s.systolic ? n(*s.systolic) : dash) + u'/' + (s.diastolic ? n(*s.diastolic) : dash);
}

void bloodPressure(const VitalSigns& s, std::optional<int> age, QList<VitalFlag>& out)
{
    const double sys = s.systolic.value_or(0);
    const double dia = s.diastolic.value_or(0);
    const Vital which = s.systolic ? Vital::Systolic : Vital::Diastolic;
    if (sys >= 180 || dia >= 110) {
        out.append({which, VitalSeverity::Critical, QStringLiteral("bp.crisis"),
                    tr("Blood pressure %1 mmHg: hypertensive crisis (180/110 or above). Recheck after 5 minutes' rest; "
                       "if it stays this high, refer urgently.")
                        .arg(bpText(s))});
    } else if (sys >= 140 || dia >= 90) {
        out.append({which, VitalSeverity::Warning, QStringLiteral("bp.high"),
                    tr("Blood pressure %1 mmHg is high (140/90 or above).").arg(bpText(s))});
    } else if (s.systolic && sys < 90 && (!age || *age >= 12 * 12)) {
        out.append({Vital::Systolic, VitalSeverity::Warning, QStringLiteral("bp.low"),
                    tr("Blood pressure %1 mmHg is low (systolic below 90). Look for shock, dehydration or bleeding.")
                        .arg(bpText(s))});
    }
}

void oxygen(double v, QList<VitalFlag>& out)
{
    if (v < 90) {
        out.append({Vital::Spo2, VitalSeverity::Critical, QStringLiteral("spo2.very_low"),
                    tr("SpO2 %1 % is below 90 %: severe hypoxaemia. Give oxygen and refer.").arg(n(v))});
    } else if (v < 92) {
        out.append({Vital::Spo2, VitalSeverity::Warning, QStringLiteral("spo2.low"),
                    tr("SpO2 %1 % is low (below 92 %).").arg(n(v))});
    }
}

void temperature(double v, QList<VitalFlag>& out)
{
    if (v < 35) {
        out.append({Vital::TemperatureC, VitalSeverity::Critical, QStringLiteral("temperature.hypothermia"),
                    tr("Temperature %1 °C: hypothermia (below 35 °C). Warm the patient and refer.").arg(n(v))});
    } else if (v >= 39) {
        out.append({Vital::TemperatureC, VitalSeverity::Warning, QStringLiteral("temperature.high_fever"),
                    tr("Temperature %1 °C: high fever (39 °C or above).").arg(n(v))});
    } else if (v >= 37.5) {
        out.append({Vital::TemperatureC, VitalSeverity::Info, QStringLiteral("temperature.fever"),
                    tr("Temperature %1 °C: fever (37.5 °C or above).").arg(n(v))});
    }
}

void pulse(double v, std::optional<int> age, QList<VitalFlag>& out)
{
    int high = 120, low = 50;
    if (age && *age < 12) {
        high = 160;
        low = 100;
    } else if (age && *age < 60) {
        high = 140;
        low = 80;
    } else if (age && *age < 144) {
        high = 120;
        low = 70;
    }
    if (v > high) {
        out.append({Vital::Pulse, VitalSeverity::Warning, QStringLiteral("pulse.high"),
                    tr("Pulse %1 /min is fast for the age (above %2).").arg(n(v)).arg(high)});
    } else if (v < low) {
        out.append({Vital::Pulse, VitalSeverity::Warning, QStringLiteral("pulse.low"),
                    tr("Pulse %1 /min is slow for the age (below %2).").arg(n(v)).arg(low)});
    }
}

void breathing(double v, std::optional<int> age, QList<VitalFlag>& out)
{
    int limit = 30;
    if (age && *age < 2) limit = 60;
    else if (age && *age < 12) limit = 50;
    else if (age && *age < 60) limit = 40;
    if (v >= limit) {
        out.append({Vital::RespiratoryRate, VitalSeverity::Warning, QStringLiteral("rr.fast"),
                    tr("Respiratory rate %1 /min is fast breathing for the age (%2 or more).").arg(n(v)).arg(limit)});
    }
}

void muac(double v, std::optional<int> age, QList<VitalFlag>& out)
{
    if (!age || *age < 6 || *age > 59) return;   // the cut-offs are for children 6–59 months
    if (v < 11.5) {
        out.append({Vital::MuacCm, VitalSeverity::Critical, QStringLiteral("muac.red"),
                    tr("MUAC %1 cm is red (below 11.5 cm): severe acute malnutrition. Refer to the nutrition programme (OTP/SC).")
                        .arg(n(v))});
    } else if (v < 12.5) {
        out.append({Vital::MuacCm, VitalSeverity::Warning, QStringLiteral("muac.yellow"),
                    tr("MUAC %1 cm is yellow (11.5 to below 12.5 cm): moderate acute malnutrition.").arg(n(v))});
    }
}

void glucose(double v, QList<VitalFlag>& out)
{
    if (v < 54) {
        out.append({Vital::GlucoseMgDl, VitalSeverity::Critical, QStringLiteral("glucose.very_low"),
                    tr("Blood glucose %1 mg/dL is dangerously low (below 54). Give sugar or glucose now.").arg(n(v))});
    } else if (v < 70) {
        out.append({Vital::GlucoseMgDl, VitalSeverity::Warning, QStringLiteral("glucose.low"),
                    tr("Blood glucose %1 mg/dL is low (below 70).").arg(n(v))});
    } else if (v >= 200) {
        out.append({Vital::GlucoseMgDl, VitalSeverity::Warning, QStringLiteral("glucose.high"),
                    tr("Random blood glucose %1 mg/dL is high (200 or above).").arg(n(v))});
    }
}

} // namespace

QString formatVitalNumber(double x)
{
    QString s = QString::number(x, 'f', 2);
    while (s.endsWith(u'0')) s.chop(1);
    if (s.endsWith(u'.')) s.chop(1);
    return s == u"-0" ? QStringLiteral("0") : s;
}

QList<VitalFlag> vitalFlags(const VitalSigns& s, std::optional<int> ageMonths)
{
    QList<VitalFlag> out;
    if (s.systolic || s.diastolic) bloodPressure(s, ageMonths, out);
    if (s.pulse) pulse(*s.pulse, ageMonths, out);
    if (s.temperatureC) temperature(*s.temperatureC, out);
    if (s.respiratoryRate) breathing(*s.respiratoryRate, ageMonths, out);
    if (s.spo2) oxygen(*s.spo2, out);
    if (s.muacCm) muac(*s.muacCm, ageMonths, out);
    if (s.glucoseMgDl) glucose(*s.glucoseMgDl, out);
    return out;
}

} // namespace bhu
