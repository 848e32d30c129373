#include "bhu/fhir/FhirEpisodeOfCare.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"
#include "bhu/fhir/FhirMeta.h"

namespace bhu::fhir {

using namespace build;

QJsonObject pregnancyToFhir(const Pregnancy& p, const FhirConfig& cfg)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("EpisodeOfCare")}};
    put(o, QStringLiteral("id"), p.id);
    setClientVersion(o, p.version, cfg);
    QJsonArray ext;
    if (p.lmp.isValid()) ext.append(extension(cfg.extensionUrl(u"lmp"), QStringLiteral("valueDate"), date(p.lmp)));
    if (p.edd.isValid()) ext.append(extension(cfg.extensionUrl(u"edd"), QStringLiteral("valueDate"), date(p.edd)));
    ext.append(extension(cfg.extensionUrl(u"gravida"), QStringLiteral("valueInteger"), p.gravida));
    ext.append(extension(cfg.extensionUrl(u"para"), QStringLiteral("valueInteger"), p.para));
    if (!p.registeredBy.isEmpty()) ext.append(extension(cfg.extensionUrl(u"registered-by"), QStringLiteral("valueString"), p.registeredBy));
    if (!p.isOngoing())
        ext.append(extension(cfg.extensionUrl(u"pregnancy-outcome"), QStringLiteral("valueCode"), pregnancyOutcomeCode(p.outcome)));
    if (!p.deliveryPlace.isEmpty()) ext.append(extension(cfg.extensionUrl(u"delivery-place"), QStringLiteral("valueCode"), p.deliveryPlace));
    if (!p.deliveryAttendant.isEmpty())
        ext.append(extension(cfg.extensionUrl(u"delivery-attendant"), QStringLiteral("valueString"), p.deliveryAttendant));
    o.insert(QStringLiteral("extension"), ext);
    o.insert(QStringLiteral("status"), p.isOngoing() ? QStringLiteral("active") : QStringLiteral("finished"));
    o.insert(QStringLiteral("type"), QJsonArray{codeable(QJsonArray{coding(sys::Snomed, QStringLiteral("77386006"), QStringLiteral("Pregnancy")),
                                                                    coding(cfg.codeSystem(u"episode-type"), QStringLiteral("pregnancy"))},
                                                         QStringLiteral("Pregnancy"))});
    put(o, QStringLiteral("patient"), reference(cfg, QStringLiteral("Patient"), p.patientId));
    if (!p.facilityCode.isEmpty()) o.insert(QStringLiteral("managingOrganization"), identifierReference(cfg.facilitySystem, p.facilityCode));
    QJsonObject period;
    put(period, QStringLiteral("start"), date(p.registeredOn));
    put(period, QStringLiteral("end"), date(p.outcomeDate));
    put(o, QStringLiteral("period"), period);
    return o;
}

} // namespace bhu::fhir
