#include "bhu/fhir/FhirMchContact.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"
#include "bhu/fhir/FhirMeta.h"

namespace bhu::fhir {

using namespace build;

namespace {
QString contactText(const MchContact& c)
{
    if (c.kind == MchKind::FamilyPlanning) return QStringLiteral("FP");
    return (c.kind == MchKind::Antenatal ? QStringLiteral("ANC-") : QStringLiteral("PNC-")) + QString::number(c.number);
}
} // namespace

bool isMchContactEncounter(const QJsonObject& encounter, const FhirConfig& cfg)
{
    const QString system = cfg.codeSystem(u"mch-contact");
    for (const QJsonValue t : encounter.value(u"type").toArray())
        for (const QJsonValue c : t.toObject().value(u"coding").toArray())
            if (c.toObject().value(u"system").toString() == system) return true;
    return false;
}

QJsonObject mchContactToFhir(const MchContact& c, const FhirConfig& cfg)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Encounter")}};
    put(o, QStringLiteral("id"), c.id);
    setClientVersion(o, c.version, cfg);
    QJsonArray ext;
    const auto add = [&](QStringView name, const QString& key, const QJsonValue& v) { ext.append(extension(cfg.extensionUrl(name), key, v)); };
    if (c.kind != MchKind::FamilyPlanning && c.number > 0) add(u"contact-number", QStringLiteral("valueInteger"), c.number);
    const QString mmHg = QStringLiteral("mm[Hg]");
    if (c.systolic) add(u"bp-systolic", QStringLiteral("valueQuantity"), quantity(*c.systolic, QStringLiteral("mmHg"), mmHg));
    if (c.diastolic) add(u"bp-diastolic", QStringLiteral("valueQuantity"), quantity(*c.diastolic, QStringLiteral("mmHg"), mmHg));
    if (c.weightKg) add(u"body-weight", QStringLiteral("valueQuantity"), quantity(*c.weightKg, QStringLiteral("kg"), QStringLiteral("kg")));
    if (c.hbGdl) add(u"haemoglobin", QStringLiteral("valueQuantity"), quantity(*c.hbGdl, QStringLiteral("g/dL"), QStringLiteral("g/dL")));
    for (const QString& s : c.dangerSigns) add(u"danger-sign", QStringLiteral("valueCode"), s);
    if (!c.fpMethod.isEmpty()) add(u"fp-method", QStringLiteral("valueCode"), c.fpMethod);
    if (c.kind == MchKind::FamilyPlanning) add(u"fp-new-acceptor", QStringLiteral("valueBoolean"), c.newAcceptor);
    add(u"referred", QStringLiteral("valueBoolean"), c.referred);
    if (!c.note.trimmed().isEmpty()) add(u"note", QStringLiteral("valueString"), c.note.trimmed());
    if (c.recordedAt.isValid()) add(u"recorded-at", QStringLiteral("valueDateTime"), dateTime(c.recordedAt));
    if (!c.recordedBy.isEmpty()) add(u"recorded-by", QStringLiteral("valueString"), c.recordedBy);
    o.insert(QStringLiteral("extension"), ext);
    addAmendment(o, cfg, QStringLiteral("Encounter"), c.amendsId, c.amendReason);
    o.insert(QStringLiteral("status"), QStringLiteral("finished"));
    o.insert(QStringLiteral("class"), coding(sys::ActCode, QStringLiteral("AMB"), QStringLiteral("ambulatory")));
    o.insert(QStringLiteral("type"), QJsonArray{codeable(coding(cfg.codeSystem(u"mch-contact"), mchKindCode(c.kind)), contactText(c))});
    put(o, QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), c.patientId));
    if (!c.pregnancyId.isEmpty())
        o.insert(QStringLiteral("episodeOfCare"), QJsonArray{reference(cfg, QStringLiteral("EpisodeOfCare"), c.pregnancyId)});
    put(o, QStringLiteral("partOf"), reference(cfg, QStringLiteral("Encounter"), c.visitId));
    QJsonObject period;
    put(period, QStringLiteral("start"), date(c.date));
    put(period, QStringLiteral("end"), date(c.date));
    put(o, QStringLiteral("period"), period);
    if (!c.facilityCode.isEmpty()) o.insert(QStringLiteral("serviceProvider"), identifierReference(cfg.facilitySystem, c.facilityCode));
    return o;
}

} // namespace bhu::fhir
