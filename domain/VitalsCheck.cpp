#include "bhu/domain/VitalsCheck.h"

#include "VitalsFlags.h"
#include "bhu/domain/Age.h"

#include <QCoreApplication>
#include <cmath>

namespace bhu {

namespace {

struct VitalRow {
    Vital vital;
    const char16_t* key;
    const char* name;   // for translation
    const char16_t* unit;
    double min, max;
    std::optional<double> VitalSigns::*field;
};

const VitalRow kVitals[] = {
    {Vital::Systolic, u"systolic", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Systolic blood pressure"), u"mmHg", 50, 300, &VitalSigns::systolic},
    {Vital::Diastolic, u"diastolic", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Diastolic blood pressure"), u"mmHg", 20, 200, &VitalSigns::diastolic},
    {Vital::Pulse, u"pulse", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Pulse"), u"/min", 20, 250, &VitalSigns::pulse},
    {Vital::TemperatureC, u"temperature_c", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Temperature"), u"°C", 30, 45, &VitalSigns::temperatureC},
    {Vital::RespiratoryRate, u"respiratory_rate", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Respiratory rate"), u"/min", 4, 100, &VitalSigns::respiratoryRate},
    {Vital::Spo2, u"spo2", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Oxygen saturation (SpO2)"), u"%", 50, 100, &VitalSigns::spo2},
    {Vital::WeightKg, u"weight_kg", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Weight"), u"kg", 0.3, 300, &VitalSigns::weightKg},
    {Vital::HeightCm, u"height_cm", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Height"), u"cm", 30, 250, &VitalSigns::heightCm},
    {Vital::MuacCm, u"muac_cm", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "MUAC"), u"cm", 5, 40, &VitalSigns::muacCm},
    {Vital::GlucoseMgDl, u"glucose_mg_dl", QT_TRANSLATE_NOOP("bhu::VitalsCheck", "Blood glucose"), u"mg/dL", 20, 800, &VitalSigns::glucoseMgDl},
};

const VitalRow& row(Vital v)
{
    for (const auto& r : kVitals)
        if (r.vital == v) return r;
    return kVitals[0];
}

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::VitalsCheck", s);
}

// A hint for the two unit mix-ups seen in practice: °F thermometers and mmol/L glucometers.
QString unitHint(Vital v, double value)
{
    if (v == Vital::TemperatureC && value >= 86 && value <= 113) {
        return tr("%1 looks like a Fahrenheit reading: %1 °F is %2 °C.")
            .arg(formatVitalNumber(value), formatVitalNumber((value - 32) * 5 / 9));
    }
    if (v == Vital::GlucoseMgDl && value >= 1 && value < 20) {
        return tr("%1 looks like mmol/L: %1 mmol/L is %2 mg/dL.")
            .arg(formatVitalNumber(value), formatVitalNumber(value * 18));
    }
    return {};
}

} // namespace

QList<Vital> allVitals()
{
    QList<Vital> out;
    for (const auto& r : kVitals) out.append(r.vital);
    return out;
}

QString vitalKey(Vital v)
{
    return QString::fromUtf16(row(v).key);
}

QString vitalName(Vital v)
{
    return tr(row(v).name);
}

QString vitalUnit(Vital v)
{
    return QString::fromUtf16(row(v).unit);
}

std::optional<double> vitalValue(const VitalSigns& s, Vital v)
{
    return s.*(row(v).field);
}

VitalLimits vitalLimits(Vital v)
{
    return VitalLimits{row(v).min, row(v).max};
}

Status checkVitalRange(Vital v, double value)
{
    const VitalRow& r = row(v);
    if (std::isfinite(value) && value >= r.min && value <= r.max) return Status::success();
    QString msg = tr("%1 must be between %2 and %3 %4; %5 is not possible. Check the reading and the unit.")
                      .arg(vitalName(v), formatVitalNumber(r.min), formatVitalNumber(r.max), vitalUnit(v),
                           std::isfinite(value) ? formatVitalNumber(value) : QStringLiteral("?"));
    const QString hint = std::isfinite(value) ? unitHint(v, value) : QString();
    if (!hint.isEmpty()) {
        msg += u' ';
        msg += hint;
    }
    return Error::make(ErrorCode::Invalid, msg, QStringLiteral("vitals.") + vitalKey(v) + QStringLiteral(".range"));
}

bool VitalsCheck::hasFlag(QStringView code) const
{
    for (const auto& f : flags)
        if (f.code == code) return true;
    return false;
}

VitalSeverity VitalsCheck::highestSeverity() const
{
    VitalSeverity s = VitalSeverity::Info;
    for (const auto& f : flags)
        if (static_cast<int>(f.severity) > static_cast<int>(s)) s = f.severity;
    return s;
}

VitalsCheck checkVitals(const VitalSigns& s, std::optional<int> ageMonths)
{
    VitalsCheck out;
    for (const auto& r : kVitals) {
        const auto value = s.*(r.field);
        if (!value) continue;
        if (const Status st = checkVitalRange(r.vital, *value); !st.ok()) out.errors.append({r.vital, st.error()});
    }
    const auto failed = [&](Vital v) {
        for (const auto& e : out.errors)
            if (e.vital == v) return true;
        return false;
    };
    if (s.systolic && s.diastolic && !failed(Vital::Systolic) && !failed(Vital::Diastolic) && *s.diastolic >= *s.systolic) {
        out.errors.append({Vital::Diastolic,
                           Error::make(ErrorCode::Invalid,
                                       tr("The diastolic pressure (%1 mmHg) must be lower than the systolic (%2 mmHg). "
                                          "Check whether the two were swapped.")
                                           .arg(formatVitalNumber(*s.diastolic), formatVitalNumber(*s.systolic)),
                                       QStringLiteral("vitals.diastolic.above_systolic"))});
    }
    VitalSigns valid = s;
    for (const auto& e : out.errors) valid.*(row(e.vital).field) = std::nullopt;
    if (failed(Vital::Systolic) || failed(Vital::Diastolic)) valid.systolic = valid.diastolic = std::nullopt;
    out.flags = vitalFlags(valid, ageMonths);
    return out;
}

Status validateVitals(const VitalSigns& s)
{
    const VitalsCheck c = checkVitals(s);
    if (c.ok()) return Status::success();
    return c.errors.front().error;
}

std::optional<int> ageInMonths(QDate birthDate, QDate on)
{
    const auto age = ageOn(birthDate, on);
    if (!age.ok()) return std::nullopt;
    return age->years * 12 + age->months;
}

} // namespace bhu
