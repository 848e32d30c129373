#include "bhu/fhir/FhirEncounter.h"

#include "FhirBuild.h"
#include "bhu/domain/ReferenceData.h"
#include "bhu/fhir/FhirCodes.h"
#include "bhu/fhir/FhirMeta.h"

namespace bhu::fhir {

using namespace build;

namespace {

QString classDisplay(EncounterClass c)
{
    switch (c) {
    case EncounterClass::HomeHealth: return QStringLiteral("home health");
    case EncounterClass::Virtual: return QStringLiteral("virtual");
    case EncounterClass::Ambulatory: break;
    }
    return QStringLiteral("ambulatory");
}

} // namespace

QString encounterStatusCode(VisitStatus s)
{
    switch (s) {
    case VisitStatus::InConsultation: return QStringLiteral("in-progress");
    case VisitStatus::Closed: return QStringLiteral("finished");
    case VisitStatus::Waiting: break;
    }
    return QStringLiteral("arrived");
}

QJsonObject visitToFhir(const Visit& v, const FhirConfig& cfg)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Encounter")}};
    put(o, QStringLiteral("id"), v.id);
    o.insert(QStringLiteral("status"), encounterStatusCode(v.status));
    o.insert(QStringLiteral("class"), coding(sys::ActCode, encounterClassCode(v.encounterClass), classDisplay(v.encounterClass)));
    put(o, QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), v.patientId));
    if (!v.partOfId.isEmpty()) o.insert(QStringLiteral("partOf"), reference(cfg, QStringLiteral("Encounter"), v.partOfId));
    if (!v.signedBy.isEmpty()) {
        o.insert(QStringLiteral("participant"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QJsonArray{codeable(coding(sys::ParticipationType, QStringLiteral("ATND"), QStringLiteral("attender")))}},
                                        {QStringLiteral("individual"), displayReference(v.signedBy)}}});
    }
    QJsonObject period;
    put(period, QStringLiteral("start"), dateTime(v.startedAt));
    put(period, QStringLiteral("end"), dateTime(v.closedAt));
    put(o, QStringLiteral("period"), period);

    QJsonArray reasons;
    for (const QString& code : v.complaintCodes) {
        const auto known = ReferenceData::builtIn().complaint(code);
        reasons.append(codeable(coding(cfg.complaintSystem(), code, known ? known->nameEn : QString())));
    }
    if (!v.chiefComplaint.trimmed().isEmpty()) reasons.append(textConcept(v.chiefComplaint.trimmed()));
    put(o, QStringLiteral("reasonCode"), reasons);
    if (!v.facilityCode.isEmpty()) o.insert(QStringLiteral("serviceProvider"), identifierReference(cfg.facilitySystem, v.facilityCode));
    QJsonArray ext;
    if (v.tokenNumber > 0) ext.append(extension(cfg.tokenNumberUrl(), QStringLiteral("valueInteger"), v.tokenNumber));
    if (!v.advice.isEmpty()) ext.append(extension(cfg.adviceUrl(), QStringLiteral("valueString"), v.advice));
    if (v.followUpDate.isValid()) ext.append(extension(cfg.followUpDateUrl(), QStringLiteral("valueDate"), date(v.followUpDate)));
    put(o, QStringLiteral("extension"), ext);
    addAmendment(o, cfg, QStringLiteral("Encounter"), v.amendsId, v.amendReason);
    setClientVersion(o, v.version, cfg);
    return o;
}

} // namespace bhu::fhir
