#include "bhu/domain/ClinicalJson.h"

#include "JsonFields.h"

namespace bhu {

using namespace jsonfields;

QJsonObject vitalSignsToJson(const VitalSigns& v)
{
    QJsonObject o{
        {QStringLiteral("systolic"), number(v.systolic)},
        {QStringLiteral("diastolic"), number(v.diastolic)},
        {QStringLiteral("pulse"), number(v.pulse)},
        {QStringLiteral("temperature_c"), number(v.temperatureC)},
        {QStringLiteral("respiratory_rate"), number(v.respiratoryRate)},
        {QStringLiteral("spo2"), number(v.spo2)},
        {QStringLiteral("weight_kg"), number(v.weightKg)},
        {QStringLiteral("height_cm"), number(v.heightCm)},
        {QStringLiteral("muac_cm"), number(v.muacCm)},
        {QStringLiteral("glucose_mg_dl"), number(v.glucoseMgDl)},
    };
    writeFact(v, o);
    return o;
}

VitalSigns vitalSignsFromJson(const QJsonObject& o)
{
    VitalSigns v;
    readFact(o, v);
    v.systolic = number(o.value(u"systolic"));
    v.diastolic = number(o.value(u"diastolic"));
    v.pulse = number(o.value(u"pulse"));
    v.temperatureC = number(o.value(u"temperature_c"));
    v.respiratoryRate = number(o.value(u"respiratory_rate"));
    v.spo2 = number(o.value(u"spo2"));
    v.weightKg = number(o.value(u"weight_kg"));
    v.heightCm = number(o.value(u"height_cm"));
    v.muacCm = number(o.value(u"muac_cm"));
    v.glucoseMgDl = number(o.value(u"glucose_mg_dl"));
    return v;
}

QJsonObject diagnosisToJson(const Diagnosis& d)
{
    QJsonObject o{
        {QStringLiteral("icd10"), d.icd10},
        {QStringLiteral("display"), d.display},
        {QStringLiteral("certainty"), certaintyCode(d.certainty)},
    };
    writeFact(d, o);
    return o;
}

Diagnosis diagnosisFromJson(const QJsonObject& o)
{
    Diagnosis d;
    readFact(o, d);
    d.icd10 = o.value(u"icd10").toString();
    d.display = o.value(u"display").toString();
    d.certainty = certaintyFromCode(o.value(u"certainty").toString()).value_or(DiagnosisCertainty::Provisional);
    return d;
}

QJsonObject prescriptionToJson(const Prescription& p)
{
    QJsonObject o{
        {QStringLiteral("medicine_code"), p.medicineCode},
        {QStringLiteral("medicine_name"), p.medicineName},
        {QStringLiteral("strength"), p.strength},
        {QStringLiteral("form"), p.form},
        {QStringLiteral("dose"), p.dose},
        {QStringLiteral("frequency"), p.frequency},
        {QStringLiteral("duration_days"), p.durationDays},
        {QStringLiteral("quantity_dispensed"), p.quantityDispensed},
        {QStringLiteral("instructions"), p.instructions},
    };
    writeFact(p, o);
    return o;
}

Prescription prescriptionFromJson(const QJsonObject& o)
{
    Prescription p;
    readFact(o, p);
    p.medicineCode = o.value(u"medicine_code").toString();
    p.medicineName = o.value(u"medicine_name").toString();
    p.strength = o.value(u"strength").toString();
    p.form = o.value(u"form").toString();
    p.dose = o.value(u"dose").toString();
    p.frequency = o.value(u"frequency").toString();
    p.durationDays = o.value(u"duration_days").toInt();
    p.quantityDispensed = o.value(u"quantity_dispensed").toInt();
    p.instructions = o.value(u"instructions").toString();
    return p;
}

QJsonObject referralToJson(const Referral& r)
{
    QJsonObject o{
        {QStringLiteral("to_level"), facilityLevelCode(r.toLevel)},
        {QStringLiteral("facility_name"), r.facilityName},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("urgency"), urgencyCode(r.urgency)},
        {QStringLiteral("what_was_done"), r.whatWasDone},
    };
    writeFact(r, o);
    return o;
}

Referral referralFromJson(const QJsonObject& o)
{
    Referral r;
    readFact(o, r);
    r.toLevel = facilityLevelFromCode(o.value(u"to_level").toString()).value_or(FacilityLevel::Thq);
    r.facilityName = o.value(u"facility_name").toString();
    r.reason = o.value(u"reason").toString();
    r.urgency = urgencyFromCode(o.value(u"urgency").toString()).value_or(ReferralUrgency::Routine);
    r.whatWasDone = o.value(u"what_was_done").toString();
    return r;
}

} // namespace bhu
