#include "bhu/fhir/FhirImmunization.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"
#include "bhu/fhir/FhirMeta.h"

namespace bhu::fhir {

using namespace build;

namespace {
const QString kOrigin = QStringLiteral("http://terminology.hl7.org/CodeSystem/immunization-origin");
const QString kForecast = QStringLiteral("http://terminology.hl7.org/CodeSystem/immunization-recommendation-status");

QString seriesOf(const QString& antigen)
{
    const auto doses = EpiSchedule::builtIn().dosesOf(antigen);
    return doses.isEmpty() ? QString() : doses.first().series;
}

QJsonObject antigenConcept(const FhirConfig& cfg, const QString& antigen, const QString& text)
{
    return codeable(coding(cfg.codeSystem(u"epi-antigen"), antigen, antigen), text);
}
} // namespace

QJsonObject immunisationToFhir(const Immunisation& i, const FhirConfig& cfg)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Immunization")}};
    put(o, QStringLiteral("id"), i.id);
    setClientVersion(o, i.version, cfg);
    o.insert(QStringLiteral("status"), i.enteredInError ? QStringLiteral("entered-in-error") : QStringLiteral("completed"));
    o.insert(QStringLiteral("vaccineCode"), antigenConcept(cfg, i.dose.antigen, i.code()));
    put(o, QStringLiteral("patient"), reference(cfg, QStringLiteral("Patient"), i.patientId));
    put(o, QStringLiteral("occurrenceDateTime"), date(i.dose.date));
    put(o, QStringLiteral("recorded"), dateTime(i.recordedAt));
    o.insert(QStringLiteral("primarySource"), !i.dose.givenElsewhere);
    if (i.dose.givenElsewhere)
        o.insert(QStringLiteral("reportOrigin"), codeable(coding(kOrigin, QStringLiteral("record"), QStringLiteral("Written Record"))));
    put(o, QStringLiteral("lotNumber"), i.dose.lot.trimmed());
    if (!i.dose.place.trimmed().isEmpty()) o.insert(QStringLiteral("location"), displayReference(i.dose.place.trimmed()));
    QJsonArray performers;
    if (!i.performer.isEmpty()) performers.append(QJsonObject{{QStringLiteral("actor"), displayReference(i.performer)}});
    if (!i.facilityCode.isEmpty())
        performers.append(QJsonObject{{QStringLiteral("actor"), identifierReference(cfg.facilitySystem, i.facilityCode)}});
    put(o, QStringLiteral("performer"), performers);
    QJsonObject protocol;
    put(protocol, QStringLiteral("series"), seriesOf(i.dose.antigen));
    if (i.dose.dose >= 1) protocol.insert(QStringLiteral("doseNumberPositiveInt"), i.dose.dose);
    else protocol.insert(QStringLiteral("doseNumberString"), QString::number(i.dose.dose));
    o.insert(QStringLiteral("protocolApplied"), QJsonArray{protocol});
    QJsonArray ext;
    if (!i.recordedBy.isEmpty())
        ext.append(extension(cfg.extensionUrl(u"recorded-by"), QStringLiteral("valueString"), i.recordedBy));
    put(o, QStringLiteral("extension"), ext);
    addAmendment(o, cfg, QStringLiteral("Immunization"), i.amendsId, i.amendReason);
    return o;
}

QJsonObject recommendationToFhir(const QString& patientId, const QString& series, const QList<AntigenDue>& due,
                                 const QDate& on, const FhirConfig& cfg)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("ImmunizationRecommendation")}};
    put(o, QStringLiteral("patient"), reference(cfg, QStringLiteral("Patient"), patientId));
    put(o, QStringLiteral("date"), date(on));
    QJsonArray recs;
    for (const AntigenDue& a : due) {
        if (a.state == DueState::Complete) continue;
        QJsonObject r{{QStringLiteral("vaccineCode"), QJsonArray{antigenConcept(cfg, a.antigen, a.nextCode())}}};
        if (a.nextDose >= 1) r.insert(QStringLiteral("doseNumberPositiveInt"), a.nextDose);
        else r.insert(QStringLiteral("doseNumberString"), QString::number(a.nextDose));
        put(r, QStringLiteral("series"), series);
        QString status = QStringLiteral("due");
        if (a.state == DueState::Overdue) status = QStringLiteral("overdue");
        if (a.state == DueState::PastAgeLimit) status = QStringLiteral("contraindicated");
        r.insert(QStringLiteral("forecastStatus"), codeable(coding(kForecast, status)));
        if (a.state == DueState::PastAgeLimit)
            r.insert(QStringLiteral("forecastReason"), QJsonArray{textConcept(QStringLiteral("past-age-limit"))});
        QJsonArray criteria;
        if (a.dueDate.isValid())
            criteria.append(QJsonObject{{QStringLiteral("code"), codeable(coding(sys::Loinc, QStringLiteral("30980-7"), QStringLiteral("Date vaccine due")))},
                                        {QStringLiteral("value"), date(a.dueDate)}});
        if (a.ageLimitDate.isValid() && a.state != DueState::PastAgeLimit)
            criteria.append(QJsonObject{{QStringLiteral("code"), codeable(coding(sys::Loinc, QStringLiteral("59777-3"), QStringLiteral("Latest date to give immunization")))},
                                        {QStringLiteral("value"), date(a.ageLimitDate.addDays(-1))}});
        put(r, QStringLiteral("dateCriterion"), criteria);
        recs.append(r);
    }
    put(o, QStringLiteral("recommendation"), recs);
    return o;
}

} // namespace bhu::fhir
