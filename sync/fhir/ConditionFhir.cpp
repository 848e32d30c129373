#include "bhu/fhir/FhirCondition.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace build;

QJsonObject diagnosisToFhir(const Diagnosis& d, const FhirConfig& cfg)
{
    QJsonObject o = clinicalResource(cfg, QStringLiteral("Condition"), d);
    const bool confirmed = d.certainty == DiagnosisCertainty::Confirmed;
    o.insert(QStringLiteral("clinicalStatus"), codeable(coding(sys::ConditionClinical, QStringLiteral("active"), QStringLiteral("Active"))));
    o.insert(QStringLiteral("verificationStatus"),
             codeable(coding(sys::ConditionVerification, certaintyCode(d.certainty),
                            confirmed ? QStringLiteral("Confirmed") : QStringLiteral("Provisional"))));
    o.insert(QStringLiteral("category"),
             QJsonArray{codeable(coding(sys::ConditionCategory, QStringLiteral("encounter-diagnosis"), QStringLiteral("Encounter Diagnosis")))});
    const QString text = d.display.trimmed();
    o.insert(QStringLiteral("code"), d.isUncoded() ? textConcept(text) : codeable(coding(sys::Icd10, d.icd10.trimmed(), text), text));
    put(o, QStringLiteral("recordedDate"), dateTime(d.recordedAt));
    put(o, QStringLiteral("recorder"), displayReference(d.recordedBy));
    addAmendment(o, cfg, QStringLiteral("Condition"), d.amendsId, d.amendReason);
    return o;
}

} // namespace bhu::fhir
