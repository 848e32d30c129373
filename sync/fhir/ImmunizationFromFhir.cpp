#include "bhu/fhir/FhirImmunization.h"

#include "ClinicalRead.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("Immunization");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirImmunization", s);
}

void readDose(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Immunisation& i)
{
    const QJsonObject vaccine = r.object(o, QStringLiteral("vaccineCode"), QStringLiteral("Immunization.vaccineCode"));
    i.dose.antigen = codeIn(r, vaccine, cfg.codeSystem(u"epi-antigen"), QStringLiteral("Immunization.vaccineCode")).trimmed();
    if (r.failed()) return;
    if (i.dose.antigen.isEmpty())
        return r.fail(QStringLiteral("vaccine"), tr("The FHIR Immunization has no EPI antigen in vaccineCode."));
    const QJsonArray protocols = r.array(o, QStringLiteral("protocolApplied"), QStringLiteral("Immunization.protocolApplied"));
    const QJsonObject p = protocols.isEmpty() ? QJsonObject() : r.object(protocols.first(), QStringLiteral("Immunization.protocolApplied[0]"));
    if (r.failed()) return;
    if (const auto n = integer(r, p, QStringLiteral("doseNumberPositiveInt"), QStringLiteral("Immunization.protocolApplied[0].doseNumberPositiveInt"))) {
        i.dose.dose = *n;
        return;
    }
    const QString s = r.string(p, QStringLiteral("doseNumberString"), QStringLiteral("Immunization.protocolApplied[0].doseNumberString"));
    bool ok = false;
    const int n = s.toInt(&ok);
    if (r.failed()) return;
    if (!ok || n < 0) return r.fail(QStringLiteral("dose"), tr("The FHIR Immunization has no dose number in protocolApplied."));
    i.dose.dose = n;
}

void readPerformers(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Immunisation& i)
{
    const QJsonArray list = r.array(o, QStringLiteral("performer"), QStringLiteral("Immunization.performer"));
    for (qsizetype k = 0; k < list.size() && !r.failed(); ++k) {
        const QString path = at(QStringLiteral("Immunization.performer"), k);
        const QJsonObject actor = r.object(r.object(list.at(k), path), QStringLiteral("actor"), path + QStringLiteral(".actor"));
        const QJsonObject id = r.object(actor, QStringLiteral("identifier"), path + QStringLiteral(".actor.identifier"));
        const QString system = r.string(id, QStringLiteral("system"), path + QStringLiteral(".actor.identifier.system"));
        const QString value = r.string(id, QStringLiteral("value"), path + QStringLiteral(".actor.identifier.value"));
        const QString display = r.string(actor, QStringLiteral("display"), path + QStringLiteral(".actor.display"));
        if (system == cfg.facilitySystem && !value.isEmpty()) i.facilityCode = value;
        else if (i.performer.isEmpty()) i.performer = display;
    }
}

} // namespace

Result<Immunisation> immunisationFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Immunisation i;
    i.id = resourceId(r, o, kType);
    if (!r.failed())
        i.patientId = referenceId(r, o, QStringLiteral("patient"), QStringLiteral("Immunization.patient"), QStringLiteral("Patient"), true,
                                  QStringLiteral("patient"));
    if (!r.failed()) {
        const QString status = r.string(o, QStringLiteral("status"), QStringLiteral("Immunization.status"));
        if (!r.failed() && status != u"completed" && status != u"entered-in-error")
            r.fail(QStringLiteral("status"), tr("The FHIR Immunization status \"%1\" is not completed or entered-in-error.").arg(status));
        i.enteredInError = status == u"entered-in-error";
    }
    if (!r.failed()) readDose(r, o, cfg, i);
    if (!r.failed()) {
        const QString when = r.string(o, QStringLiteral("occurrenceDateTime"), QStringLiteral("Immunization.occurrenceDateTime"));
        if (!r.failed() && when.isEmpty()) r.fail(QStringLiteral("date"), tr("The FHIR Immunization has no occurrenceDateTime."));
        else if (!r.failed()) i.dose.date = when.size() == 10 ? dateText(r, when, QStringLiteral("Immunization.occurrenceDateTime"))
                                                             : dateTimeText(r, when, QStringLiteral("Immunization.occurrenceDateTime")).date();
    }
    if (!r.failed()) i.recordedAt = dateTime(r, o, QStringLiteral("recorded"), QStringLiteral("Immunization.recorded"));
    if (!r.failed()) i.dose.givenElsewhere = !r.boolean(o, QStringLiteral("primarySource"), QStringLiteral("Immunization.primarySource")).value_or(true);
    if (!r.failed()) i.dose.lot = r.string(o, QStringLiteral("lotNumber"), QStringLiteral("Immunization.lotNumber"));
    if (!r.failed()) i.dose.place = referenceDisplay(r, o, QStringLiteral("location"), QStringLiteral("Immunization.location"));
    if (!r.failed()) readPerformers(r, o, cfg, i);
    if (!r.failed()) i.recordedBy = extensionString(r, o, cfg.extensionUrl(u"recorded-by"), kType);
    if (!r.failed()) amendment(r, o, cfg, kType, i.amendsId, i.amendReason);
    if (!r.failed()) i.version = version(r, o, cfg, kType);
    if (r.failed()) return r.error();
    return i;
}

} // namespace bhu::fhir
