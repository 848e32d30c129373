#include "bhu/fhir/FhirVitals.h"

#include "FhirBuild.h"
#include "VitalsTable.h"
#include "bhu/fhir/FhirCodes.h"

#include <QUuid>

namespace bhu::fhir {

using namespace build;
using namespace vitalstable;

namespace {

QJsonObject loinc(const QString& code, const QString& display)
{
    return coding(sys::Loinc, code, display);
}

QJsonObject category(bool laboratory)
{
    return laboratory ? codeable(coding(sys::ObservationCategory, QStringLiteral("laboratory"), QStringLiteral("Laboratory")))
                      : codeable(coding(sys::ObservationCategory, QStringLiteral("vital-signs"), QStringLiteral("Vital Signs")));
}

// The parts every Observation of the record shares.
QJsonObject observation(const VitalSigns& v, const FhirConfig& cfg, const QString& code, const QJsonObject& codeConcept)
{
    ClinicalFact f = v;
    f.id = vitalObservationId(v.id, code);
    QJsonObject o = clinicalResource(cfg, QStringLiteral("Observation"), f);
    o.insert(QStringLiteral("status"), v.isAmendment() ? QStringLiteral("amended") : QStringLiteral("final"));
    o.insert(QStringLiteral("category"), QJsonArray{category(code == kGlucose)});
    o.insert(QStringLiteral("code"), codeConcept);
    put(o, QStringLiteral("effectiveDateTime"), dateTime(v.recordedAt));
    if (!v.recordedBy.isEmpty()) o.insert(QStringLiteral("performer"), QJsonArray{displayReference(v.recordedBy)});
    QJsonArray ext{extension(cfg.vitalSignsRecordUrl(), QStringLiteral("valueUuid"), QString(QStringLiteral("urn:uuid:") + v.id))};
    if (v.isAmendment())
        ext.append(extension(cfg.vitalSignsAmendsUrl(), QStringLiteral("valueUuid"), QString(QStringLiteral("urn:uuid:") + v.amendsId)));
    o.insert(QStringLiteral("extension"), ext);
    if (v.isAmendment()) {
        addAmendment(o, cfg, QStringLiteral("Observation"), vitalObservationId(v.amendsId, code), v.amendReason);
    }
    return o;
}

QJsonObject bpComponent(const std::optional<double>& value, const QString& code, const QString& display)
{
    QJsonObject c{{QStringLiteral("code"), codeable(loinc(code, display))}};
    if (value) {
        c.insert(QStringLiteral("valueQuantity"), quantity(*value, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]")));
    } else {
        c.insert(QStringLiteral("dataAbsentReason"),
                 codeable(coding(sys::DataAbsentReason, QStringLiteral("not-performed"), QStringLiteral("Not Performed"))));
    }
    return c;
}

} // namespace

QString vitalObservationId(const QString& vitalSignsId, const QString& loincCode)
{
    const QUuid ns = QUuid::fromString(vitalSignsId);
    return QUuid::createUuidV5(ns, loincCode).toString(QUuid::WithoutBraces);
}

QJsonArray vitalSignsToFhir(const VitalSigns& v, const FhirConfig& cfg)
{
    QJsonArray out;
    if (v.systolic || v.diastolic) {
        QJsonObject o = observation(v, cfg, kBpPanel, codeable(loinc(kBpPanel, QStringLiteral("Blood pressure panel with all children optional")),
                                                               QStringLiteral("Blood pressure")));
        o.insert(QStringLiteral("component"),
                 QJsonArray{bpComponent(v.systolic, kSystolic, QStringLiteral("Systolic blood pressure")),
                            bpComponent(v.diastolic, kDiastolic, QStringLiteral("Diastolic blood pressure"))});
        out.append(o);
    }
    for (const Measure& m : kMeasures) {
        const auto value = v.*(m.field);
        if (!value) continue;
        const QString code = QString::fromUtf16(m.loinc);
        QJsonArray codings{loinc(code, QString::fromUtf16(m.display))};
        if (code == kSpo2) codings.append(loinc(kSpo2Arterial, QStringLiteral("Oxygen saturation in Arterial blood")));
        QJsonObject o = observation(v, cfg, code, codeable(codings, QString::fromUtf16(m.display)));
        o.insert(QStringLiteral("valueQuantity"), quantity(*value, QString::fromUtf16(m.unit), QString::fromUtf16(m.ucum)));
        out.append(o);
    }
    if (const auto bmi = v.bmi()) {
        QJsonObject o = observation(v, cfg, kBmi, codeable(loinc(kBmi, QStringLiteral("Body mass index (BMI) [Ratio]")), QStringLiteral("BMI")));
        o.insert(QStringLiteral("valueQuantity"), quantity(*bmi, QStringLiteral("kg/m2"), QStringLiteral("kg/m2")));
        o.insert(QStringLiteral("derivedFrom"),
                 QJsonArray{reference(cfg, QStringLiteral("Observation"), vitalObservationId(v.id, kWeight)),
                            reference(cfg, QStringLiteral("Observation"), vitalObservationId(v.id, kHeight))});
        out.append(o);
    }
    return out;
}

} // namespace bhu::fhir
