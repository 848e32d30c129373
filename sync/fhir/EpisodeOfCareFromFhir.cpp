#include "bhu/fhir/FhirEpisodeOfCare.h"

#include "ClinicalRead.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("EpisodeOfCare");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirEpisodeOfCare", s);
}

bool isPregnancy(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg)
{
    const QJsonArray types = r.array(o, QStringLiteral("type"), QStringLiteral("EpisodeOfCare.type"));
    for (qsizetype k = 0; k < types.size() && !r.failed(); ++k) {
        const QString path = at(QStringLiteral("EpisodeOfCare.type"), k);
        if (codeIn(r, r.object(types.at(k), path), cfg.codeSystem(u"episode-type"), path) == u"pregnancy") return true;
    }
    return false;
}

QDate periodDate(FhirReader& r, const QJsonObject& period, const QString& key)
{
    const QString path = QStringLiteral("EpisodeOfCare.period.") + key;
    const QString text = r.string(period, key, path);
    if (r.failed() || text.isEmpty()) return {};
    return dateText(r, text, path);
}

} // namespace

Result<Pregnancy> pregnancyFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Pregnancy p;
    p.id = resourceId(r, o, kType);
    if (!r.failed())
        p.patientId = referenceId(r, o, QStringLiteral("patient"), QStringLiteral("EpisodeOfCare.patient"), QStringLiteral("Patient"), true,
                                  QStringLiteral("patient"));
    if (!r.failed() && !isPregnancy(r, o, cfg) && !r.failed())
        r.fail(QStringLiteral("type"), tr("The FHIR EpisodeOfCare is not a pregnancy (EpisodeOfCare.type)."));
    QString status;
    if (!r.failed()) status = r.string(o, QStringLiteral("status"), QStringLiteral("EpisodeOfCare.status"));
    if (!r.failed() && status != u"active" && status != u"finished")
        r.fail(QStringLiteral("status"), tr("The FHIR EpisodeOfCare status \"%1\" is not active or finished.").arg(status));
    if (!r.failed()) p.lmp = extensionDate(r, o, cfg.extensionUrl(u"lmp"), kType);
    if (!r.failed()) p.edd = extensionDate(r, o, cfg.extensionUrl(u"edd"), kType);
    if (!r.failed()) p.gravida = extensionInteger(r, o, cfg.extensionUrl(u"gravida"), kType).value_or(0);
    if (!r.failed()) p.para = extensionInteger(r, o, cfg.extensionUrl(u"para"), kType).value_or(0);
    if (!r.failed()) p.registeredBy = extensionString(r, o, cfg.extensionUrl(u"registered-by"), kType);
    if (!r.failed()) {
        const QJsonObject e = extension(r, o, cfg.extensionUrl(u"pregnancy-outcome"), kType);
        const QString code = r.string(e, QStringLiteral("valueCode"), QStringLiteral("EpisodeOfCare.extension(pregnancy-outcome).valueCode"));
        if (!r.failed() && !code.isEmpty()) {
            const auto outcome = pregnancyOutcomeFromCode(code);
            if (!outcome) r.fail(QStringLiteral("outcome"), tr("The pregnancy outcome \"%1\" is not known.").arg(code));
            else p.outcome = *outcome;
        }
        if (!r.failed() && status == u"finished" && p.isOngoing())
            r.fail(QStringLiteral("outcome"), tr("The FHIR EpisodeOfCare is finished but has no pregnancy outcome."));
    }
    if (!r.failed()) {
        const QJsonObject e = extension(r, o, cfg.extensionUrl(u"delivery-place"), kType);
        p.deliveryPlace = r.string(e, QStringLiteral("valueCode"), QStringLiteral("EpisodeOfCare.extension(delivery-place).valueCode"));
    }
    if (!r.failed()) p.deliveryAttendant = extensionString(r, o, cfg.extensionUrl(u"delivery-attendant"), kType);
    if (!r.failed()) {
        const QJsonObject org = r.object(o, QStringLiteral("managingOrganization"), QStringLiteral("EpisodeOfCare.managingOrganization"));
        const QJsonObject id = r.object(org, QStringLiteral("identifier"), QStringLiteral("EpisodeOfCare.managingOrganization.identifier"));
        if (r.string(id, QStringLiteral("system"), QStringLiteral("EpisodeOfCare.managingOrganization.identifier.system")) == cfg.facilitySystem)
            p.facilityCode = r.string(id, QStringLiteral("value"), QStringLiteral("EpisodeOfCare.managingOrganization.identifier.value"));
    }
    if (!r.failed()) {
        const QJsonObject period = r.object(o, QStringLiteral("period"), QStringLiteral("EpisodeOfCare.period"));
        p.registeredOn = periodDate(r, period, QStringLiteral("start"));
        p.outcomeDate = periodDate(r, period, QStringLiteral("end"));
    }
    if (!r.failed()) p.version = version(r, o, cfg, kType);
    if (r.failed()) return r.error();
    return p;
}

} // namespace bhu::fhir
