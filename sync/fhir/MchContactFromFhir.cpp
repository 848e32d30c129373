#include "bhu/fhir/FhirMchContact.h"

#include "ClinicalRead.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("Encounter");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirMchContact", s);
}

std::optional<double> extensionQuantity(FhirReader& r, const QJsonObject& o, const QString& url)
{
    const QJsonObject e = extension(r, o, url, kType);
    if (r.failed() || e.isEmpty()) return std::nullopt;
    const QString path = QStringLiteral("Encounter.extension(") + url + QStringLiteral(").valueQuantity");
    return number(r, r.object(e, QStringLiteral("valueQuantity"), path), QStringLiteral("value"), path + QStringLiteral(".value"));
}

std::optional<bool> extensionBoolean(FhirReader& r, const QJsonObject& o, const QString& url)
{
    const QJsonObject e = extension(r, o, url, kType);
    return r.boolean(e, QStringLiteral("valueBoolean"), QStringLiteral("Encounter.extension(") + url + QStringLiteral(").valueBoolean"));
}

QString extensionCode(FhirReader& r, const QJsonObject& o, const QString& url)
{
    const QJsonObject e = extension(r, o, url, kType);
    return r.string(e, QStringLiteral("valueCode"), QStringLiteral("Encounter.extension(") + url + QStringLiteral(").valueCode"));
}

void readKind(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, MchContact& c)
{
    const QJsonArray types = r.array(o, QStringLiteral("type"), QStringLiteral("Encounter.type"));
    for (qsizetype k = 0; k < types.size() && !r.failed(); ++k) {
        const QString path = at(QStringLiteral("Encounter.type"), k);
        const QString code = codeIn(r, r.object(types.at(k), path), cfg.codeSystem(u"mch-contact"), path);
        if (code.isEmpty()) continue;
        if (const auto kind = mchKindFromCode(code)) {
            c.kind = *kind;
            return;
        }
        return r.fail(QStringLiteral("kind"), tr("The mother-and-child contact kind \"%1\" is not known.").arg(code));
    }
    if (!r.failed()) r.fail(QStringLiteral("kind"), tr("The FHIR Encounter is not an antenatal, postnatal or family-planning contact."));
}

void readDate(FhirReader& r, const QJsonObject& o, MchContact& c)
{
    const QJsonObject period = r.object(o, QStringLiteral("period"), QStringLiteral("Encounter.period"));
    const QString start = r.string(period, QStringLiteral("start"), QStringLiteral("Encounter.period.start"));
    if (r.failed()) return;
    if (start.isEmpty()) return r.fail(QStringLiteral("date"), tr("The FHIR Encounter has no period.start (the day of the contact)."));
    c.date = start.size() == 10 ? dateText(r, start, QStringLiteral("Encounter.period.start"))
                                : dateTimeText(r, start, QStringLiteral("Encounter.period.start")).date();
}

void readMeasures(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, MchContact& c)
{
    if (const auto n = extensionInteger(r, o, cfg.extensionUrl(u"contact-number"), kType)) c.number = *n;
    if (const auto v = extensionQuantity(r, o, cfg.extensionUrl(u"bp-systolic"))) c.systolic = static_cast<int>(*v);
    if (const auto v = extensionQuantity(r, o, cfg.extensionUrl(u"bp-diastolic"))) c.diastolic = static_cast<int>(*v);
    c.weightKg = extensionQuantity(r, o, cfg.extensionUrl(u"body-weight"));
    c.hbGdl = extensionQuantity(r, o, cfg.extensionUrl(u"haemoglobin"));
    if (r.failed()) return;
    const QString sign = cfg.extensionUrl(u"danger-sign");
    for (const QJsonValue v : r.array(o, QStringLiteral("extension"), QStringLiteral("Encounter.extension"))) {
        const QJsonObject e = v.toObject();
        if (e.value(u"url").toString() != sign) continue;
        const QString code = r.string(e, QStringLiteral("valueCode"), QStringLiteral("Encounter.extension(danger-sign).valueCode"));
        if (!code.isEmpty()) c.dangerSigns.append(code);
    }
    if (!r.failed()) c.fpMethod = extensionCode(r, o, cfg.extensionUrl(u"fp-method"));
    if (!r.failed()) c.newAcceptor = extensionBoolean(r, o, cfg.extensionUrl(u"fp-new-acceptor")).value_or(false);
    if (!r.failed()) c.referred = extensionBoolean(r, o, cfg.extensionUrl(u"referred")).value_or(false);
    if (!r.failed()) c.note = extensionString(r, o, cfg.extensionUrl(u"note"), kType);
    if (!r.failed()) {
        const QJsonObject e = extension(r, o, cfg.extensionUrl(u"recorded-at"), kType);
        const QString text = r.string(e, QStringLiteral("valueDateTime"), QStringLiteral("Encounter.extension(recorded-at).valueDateTime"));
        if (!r.failed() && !text.isEmpty()) c.recordedAt = dateTimeText(r, text, QStringLiteral("Encounter.extension(recorded-at)"));
    }
    if (!r.failed()) c.recordedBy = extensionString(r, o, cfg.extensionUrl(u"recorded-by"), kType);
}

} // namespace

Result<MchContact> mchContactFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    FhirReader r(kType);
    MchContact c;
    c.id = resourceId(r, o, kType);
    if (!r.failed())
        c.patientId = referenceId(r, o, QStringLiteral("subject"), QStringLiteral("Encounter.subject"), QStringLiteral("Patient"), true,
                                  QStringLiteral("subject"));
    if (!r.failed()) readKind(r, o, cfg, c);
    if (!r.failed()) {
        const QJsonArray episodes = r.array(o, QStringLiteral("episodeOfCare"), QStringLiteral("Encounter.episodeOfCare"));
        if (!episodes.isEmpty())
            c.pregnancyId = referenceIdOf(r, r.object(episodes.first(), QStringLiteral("Encounter.episodeOfCare[0]")),
                                          QStringLiteral("Encounter.episodeOfCare[0]"), QStringLiteral("EpisodeOfCare"), QStringLiteral("episode"));
    }
    if (!r.failed())
        c.visitId = referenceId(r, o, QStringLiteral("partOf"), QStringLiteral("Encounter.partOf"), QStringLiteral("Encounter"), false,
                                QStringLiteral("encounter"));
    if (!r.failed()) readDate(r, o, c);
    if (!r.failed()) readMeasures(r, o, cfg, c);
    if (!r.failed()) {
        const QJsonObject org = r.object(o, QStringLiteral("serviceProvider"), QStringLiteral("Encounter.serviceProvider"));
        const QJsonObject id = r.object(org, QStringLiteral("identifier"), QStringLiteral("Encounter.serviceProvider.identifier"));
        if (r.string(id, QStringLiteral("system"), QStringLiteral("Encounter.serviceProvider.identifier.system")) == cfg.facilitySystem)
            c.facilityCode = r.string(id, QStringLiteral("value"), QStringLiteral("Encounter.serviceProvider.identifier.value"));
    }
    if (!r.failed()) amendment(r, o, cfg, kType, c.amendsId, c.amendReason);
    if (!r.failed()) c.version = version(r, o, cfg, kType);
    if (r.failed()) return r.error();
    return c;
}

} // namespace bhu::fhir
