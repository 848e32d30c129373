#include "bhu/fhir/FhirCondition.h"

#include "ClinicalRead.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("Condition");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirCondition", s);
}

void readCode(FhirReader& r, const QJsonObject& o, Diagnosis& d)
{
    const QJsonObject code = r.object(o, QStringLiteral("code"), QStringLiteral("Condition.code"));
    d.icd10 = codeIn(r, code, sys::Icd10, QStringLiteral("Condition.code")).trimmed();
    const QString display = displayIn(r, code, sys::Icd10, QStringLiteral("Condition.code")).trimmed();
    const QString text = r.string(code, QStringLiteral("text"), QStringLiteral("Condition.code.text")).trimmed();
    if (r.failed()) return;
    d.display = text.isEmpty() ? display : text;
    if (d.icd10.isEmpty() && d.display.isEmpty())
        r.fail(QStringLiteral("code"), tr("The FHIR Condition has no diagnosis: Condition.code has neither an ICD-10 code nor text."));
}

} // namespace

Result<Diagnosis> diagnosisFromFhir(const QJsonObject& condition, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Diagnosis d;
    clinicalHead(r, condition, cfg, kType, d);
    if (!r.failed()) readCode(r, condition, d);
    if (!r.failed()) {
        const QJsonObject ver = r.object(condition, QStringLiteral("verificationStatus"), QStringLiteral("Condition.verificationStatus"));
        const QString code = codeIn(r, ver, sys::ConditionVerification, QStringLiteral("Condition.verificationStatus"));
        d.certainty = code == u"confirmed" ? DiagnosisCertainty::Confirmed : DiagnosisCertainty::Provisional;
    }
    if (!r.failed()) d.recordedAt = dateTime(r, condition, QStringLiteral("recordedDate"), QStringLiteral("Condition.recordedDate"));
    if (!r.failed()) d.recordedBy = referenceDisplay(r, condition, QStringLiteral("recorder"), QStringLiteral("Condition.recorder"));
    if (!r.failed()) amendment(r, condition, cfg, kType, d.amendsId, d.amendReason);
    if (r.failed()) return r.error();
    return d;
}

} // namespace bhu::fhir
