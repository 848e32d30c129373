#include "bhu/fhir/FhirServiceRequest.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace build;

namespace {

// English display of our facility-level codes (the wire format is not translated).
QString levelDisplay(FacilityLevel l)
{
    switch (l) {
    case FacilityLevel::Rhc: return QStringLiteral("Rural Health Centre");
    case FacilityLevel::Dhq: return QStringLiteral("District Headquarters Hospital");
    case FacilityLevel::Tertiary: return QStringLiteral("Tertiary hospital");
    case FacilityLevel::Thq: break;
    }
    return QStringLiteral("Tehsil Headquarters Hospital");
}

} // namespace

QString referralPriorityCode(ReferralUrgency u)
{
    switch (u) {
    case ReferralUrgency::Urgent: return QStringLiteral("urgent");
    case ReferralUrgency::Emergency: return QStringLiteral("stat");
    case ReferralUrgency::Routine: break;
    }
    return QStringLiteral("routine");
}

QJsonObject referralToFhir(const Referral& r, const FhirConfig& cfg)
{
    QJsonObject o = clinicalResource(cfg, QStringLiteral("ServiceRequest"), r);
    o.insert(QStringLiteral("status"), QStringLiteral("active"));
    o.insert(QStringLiteral("intent"), QStringLiteral("order"));
    o.insert(QStringLiteral("category"),
             QJsonArray{codeable(coding(sys::Snomed, QStringLiteral("3457005"), QStringLiteral("Patient referral")))});
    o.insert(QStringLiteral("priority"), referralPriorityCode(r.urgency));
    o.insert(QStringLiteral("code"), textConcept(QStringLiteral("Referral to ") + levelDisplay(r.toLevel)));
    o.insert(QStringLiteral("locationCode"),
             QJsonArray{codeable(coding(cfg.facilityLevelSystem(), facilityLevelCode(r.toLevel), levelDisplay(r.toLevel)))});
    put(o, QStringLiteral("authoredOn"), dateTime(r.recordedAt));
    put(o, QStringLiteral("requester"), displayReference(r.recordedBy));
    if (!r.facilityName.trimmed().isEmpty())
        o.insert(QStringLiteral("performer"), QJsonArray{displayReference(r.facilityName.trimmed())});
    if (!r.reason.trimmed().isEmpty()) o.insert(QStringLiteral("reasonCode"), QJsonArray{textConcept(r.reason.trimmed())});
    if (!r.whatWasDone.trimmed().isEmpty())
        o.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), r.whatWasDone.trimmed()}}});
    if (r.isAmendment()) {
        o.insert(QStringLiteral("replaces"), QJsonArray{reference(cfg, QStringLiteral("ServiceRequest"), r.amendsId)});
        if (!r.amendReason.isEmpty()) {
            o.insert(QStringLiteral("extension"),
                     QJsonArray{extension(cfg.amendReasonUrl(), QStringLiteral("valueString"), r.amendReason)});
        }
    }
    return o;
}

} // namespace bhu::fhir
