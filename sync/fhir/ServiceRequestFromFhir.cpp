#include "bhu/fhir/FhirServiceRequest.h"

#include "ClinicalRead.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("ServiceRequest");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirServiceRequest", s);
}

void readLevelAndPriority(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Referral& f)
{
    const QString path = QStringLiteral("ServiceRequest.locationCode");
    const QJsonArray locations = r.array(o, QStringLiteral("locationCode"), path);
    QString level;
    for (qsizetype i = 0; i < locations.size() && !r.failed() && level.isEmpty(); ++i)
        level = codeIn(r, r.object(locations.at(i), at(path, i)), cfg.facilityLevelSystem(), at(path, i));
    if (r.failed()) return;
    const auto l = facilityLevelFromCode(level);
    if (!l) {
        r.fail(QStringLiteral("level"),
               level.isEmpty() ? tr("The FHIR ServiceRequest does not say the level referred to (%1 in our facility-level system).").arg(path)
                               : tr("The FHIR ServiceRequest level \"%1\" is not rhc, thq, dhq or tertiary.").arg(level));
        return;
    }
    f.toLevel = *l;

    const QString priority = r.string(o, QStringLiteral("priority"), QStringLiteral("ServiceRequest.priority"));
    if (r.failed()) return;
    if (priority.isEmpty() || priority == u"routine") f.urgency = ReferralUrgency::Routine;
    else if (priority == u"urgent" || priority == u"asap") f.urgency = ReferralUrgency::Urgent;
    else if (priority == u"stat") f.urgency = ReferralUrgency::Emergency;
    else r.fail(QStringLiteral("priority"), tr("The FHIR ServiceRequest priority \"%1\" is not routine, urgent, asap or stat.").arg(priority));
}

// The first `field` text of a list element of `key` ("reasonCode" → text, "performer" → display).
QString firstText(FhirReader& r, const QJsonObject& o, const QString& key, const QString& field)
{
    const QString path = QStringLiteral("ServiceRequest.") + key;
    const QJsonArray list = r.array(o, key, path);
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString text = r.string(r.object(list.at(i), at(path, i)), field, at(path, i) + u'.' + field).trimmed();
        if (!text.isEmpty()) return text;
    }
    return {};
}

void readCorrection(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Referral& f)
{
    const QString path = QStringLiteral("ServiceRequest.replaces");
    const QJsonArray replaces = r.array(o, QStringLiteral("replaces"), path);
    if (!replaces.isEmpty() && !r.failed())
        f.amendsId = referenceIdOf(r, r.object(replaces.at(0), at(path, 0)), at(path, 0), kType, QStringLiteral("amends"));
    if (!r.failed()) f.amendReason = extensionString(r, o, cfg.amendReasonUrl(), kType);
}

} // namespace

Result<Referral> referralFromFhir(const QJsonObject& serviceRequest, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Referral f;
    clinicalHead(r, serviceRequest, cfg, kType, f);
    if (!r.failed()) readLevelAndPriority(r, serviceRequest, cfg, f);
    if (!r.failed()) f.reason = firstText(r, serviceRequest, QStringLiteral("reasonCode"), QStringLiteral("text"));
    if (!r.failed()) f.whatWasDone = firstText(r, serviceRequest, QStringLiteral("note"), QStringLiteral("text"));
    if (!r.failed()) f.facilityName = firstText(r, serviceRequest, QStringLiteral("performer"), QStringLiteral("display"));
    if (!r.failed()) {
        f.recordedAt = dateTime(r, serviceRequest, QStringLiteral("authoredOn"), QStringLiteral("ServiceRequest.authoredOn"));
        f.recordedBy = referenceDisplay(r, serviceRequest, QStringLiteral("requester"), QStringLiteral("ServiceRequest.requester"));
    }
    if (!r.failed()) readCorrection(r, serviceRequest, cfg, f);
    if (r.failed()) return r.error();
    return f;
}

} // namespace bhu::fhir
