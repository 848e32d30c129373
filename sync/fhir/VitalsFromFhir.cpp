#include "bhu/fhir/FhirVitals.h"

#include "ClinicalRead.h"
#include "VitalsTable.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace clinicalread;
using namespace vitalstable;

namespace {

const QString kType = QStringLiteral("Observation");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirVitals", s);
}

const Measure* measureOf(const QString& loinc)
{
    for (const Measure& m : kMeasures)
        if (loinc == QStringView(m.loinc)) return &m;
    return nullptr;
}

bool isKnown(const QString& loinc)
{
    return loinc == kBpPanel || loinc == kBmi || measureOf(loinc) != nullptr;
}

// The first of our LOINC codes among code.coding (2708-6 alone counts as SpO2).
QString readCode(FhirReader& r, const QJsonObject& o)
{
    const QJsonObject cc = r.object(o, QStringLiteral("code"), QStringLiteral("Observation.code"));
    const QJsonArray codings = r.array(cc, QStringLiteral("coding"), QStringLiteral("Observation.code.coding"));
    QString found;
    for (qsizetype i = 0; i < codings.size() && !r.failed(); ++i) {
        const QString cp = at(QStringLiteral("Observation.code.coding"), i);
        const QJsonObject c = r.object(codings.at(i), cp);
        const QString system = r.string(c, QStringLiteral("system"), cp + QStringLiteral(".system"));
        QString code = r.string(c, QStringLiteral("code"), cp + QStringLiteral(".code"));
        if (system != sys::Loinc) continue;
        if (code == kSpo2Arterial) code = kSpo2;
        if (found.isEmpty() && isKnown(code)) found = code;
    }
    if (!r.failed() && found.isEmpty())
        r.fail(QStringLiteral("code"), tr("The FHIR Observation is not one of our vital signs (no known LOINC code in Observation.code)."));
    return found;
}

// valueQuantity.value, with the unit checked against ours when a UCUM code is given.
std::optional<double> readQuantity(FhirReader& r, const QJsonObject& element, const QString& ucum, const QString& path)
{
    const QJsonObject q = r.object(element, QStringLiteral("valueQuantity"), path);
    const auto value = number(r, q, QStringLiteral("value"), path + QStringLiteral(".value"));
    const QString code = r.string(q, QStringLiteral("code"), path + QStringLiteral(".code"));
    if (r.failed() || !value) return std::nullopt;
    if (!code.isEmpty() && code != ucum) {
        r.fail(QStringLiteral("unit"), tr("%1 is in \"%2\"; only \"%3\" is accepted.").arg(path, code, ucum));
        return std::nullopt;
    }
    return value;
}

void readBloodPressure(FhirReader& r, const QJsonObject& o, VitalSigns& v)
{
    const QString path = QStringLiteral("Observation.component");
    const QJsonArray comps = r.array(o, QStringLiteral("component"), path);
    for (qsizetype i = 0; i < comps.size() && !r.failed(); ++i) {
        const QJsonObject c = r.object(comps.at(i), at(path, i));
        const QJsonObject cc = r.object(c, QStringLiteral("code"), at(path, i) + QStringLiteral(".code"));
        const QString code = codeIn(r, cc, sys::Loinc, at(path, i) + QStringLiteral(".code"));
        if (r.failed()) return;
        std::optional<double>* side = code == kSystolic ? &v.systolic : code == kDiastolic ? &v.diastolic : nullptr;
        if (!side) continue;
        *side = readQuantity(r, c, QStringLiteral("mm[Hg]"), at(path, i) + QStringLiteral(".valueQuantity"));
    }
}

void readHead(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, VitalsPart& part)
{
    VitalSigns& v = part.record;
    clinicalHead(r, o, cfg, kType, v);
    if (r.failed()) return;
    part.observationId = v.id;
    v.id = extensionUuid(r, o, cfg.vitalSignsRecordUrl(), kType);
    if (r.failed()) return;
    if (v.id.isEmpty()) {
        r.fail(QStringLiteral("record"),
               tr("The FHIR Observation does not say which vital-signs record it belongs to (extension vital-signs-record)."));
        return;
    }
    QString amendedObservation;
    amendment(r, o, cfg, kType, amendedObservation, v.amendReason);
    v.amendsId = extensionUuid(r, o, cfg.vitalSignsAmendsUrl(), kType);
    if (r.failed()) return;
    if (!amendedObservation.isEmpty() && v.amendsId.isEmpty()) {
        r.fail(QStringLiteral("record"),
               tr("The FHIR Observation is a correction but does not say which vital-signs record it corrects (extension vital-signs-amends)."));
        return;
    }
    r.string(o, QStringLiteral("status"), QStringLiteral("Observation.status"));
    v.recordedAt = dateTime(r, o, QStringLiteral("effectiveDateTime"), QStringLiteral("Observation.effectiveDateTime"));
    const QJsonArray performers = r.array(o, QStringLiteral("performer"), QStringLiteral("Observation.performer"));
    for (qsizetype i = 0; i < performers.size() && !r.failed() && v.recordedBy.isEmpty(); ++i) {
        const QJsonObject p = r.object(performers.at(i), at(QStringLiteral("Observation.performer"), i));
        v.recordedBy = r.string(p, QStringLiteral("display"), at(QStringLiteral("Observation.performer"), i) + QStringLiteral(".display"));
    }
}

} // namespace

Result<VitalsPart> vitalObservationFromFhir(const QJsonObject& observation, const FhirConfig& cfg)
{
    FhirReader r(kType);
    VitalsPart part;
    readHead(r, observation, cfg, part);
    if (!r.failed()) part.loinc = readCode(r, observation);
    if (!r.failed()) {
        if (part.loinc == kBpPanel) {
            readBloodPressure(r, observation, part.record);
        } else if (const Measure* m = measureOf(part.loinc)) {
            part.record.*(m->field) = readQuantity(r, observation, QString::fromUtf16(m->ucum), QStringLiteral("Observation.valueQuantity"));
        } else {
            readQuantity(r, observation, QStringLiteral("kg/m2"), QStringLiteral("Observation.valueQuantity"));   // BMI: checked, not kept
        }
    }
    if (r.failed()) return r.error();
    return part;
}

Status mergeVitalsPart(VitalSigns& into, const VitalsPart& part)
{
    const ClinicalFact& head = part.record;
    if (into.id.isEmpty()) {
        static_cast<ClinicalFact&>(into) = head;
    } else if (static_cast<const ClinicalFact&>(into) != head) {
        return Error::make(ErrorCode::Invalid,
                           tr("FHIR Observation %1 does not belong to vital-signs record %2 (a different record, patient, visit, "
                              "version, time or author).")
                               .arg(part.observationId, into.id),
                           QStringLiteral("fhir.observation.record_mismatch"));
    }
    const VitalSigns& v = part.record;
    for (auto field : {&VitalSigns::systolic, &VitalSigns::diastolic})
        if (v.*field) into.*field = v.*field;
    for (const Measure& m : kMeasures)
        if (v.*(m.field)) into.*(m.field) = v.*(m.field);
    return {};
}

Result<VitalSigns> vitalSignsFromFhir(const QList<QJsonObject>& observationsOfOneRecord, const FhirConfig& cfg)
{
    if (observationsOfOneRecord.isEmpty()) {
        return Error::make(ErrorCode::Invalid, tr("No FHIR Observation was given for the vital-signs record."),
                           QStringLiteral("fhir.observation.record"));
    }
    VitalSigns v;
    for (const QJsonObject& o : observationsOfOneRecord) {
        const auto part = vitalObservationFromFhir(o, cfg);
        if (!part.ok()) return part.error();
        BHU_TRY(mergeVitalsPart(v, part.value()));
    }
    return v;
}

} // namespace bhu::fhir
