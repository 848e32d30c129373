#include "bhu/fhir/FhirEncounter.h"

#include "ClinicalRead.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("Encounter");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirEncounter", s);
}

std::optional<VisitStatus> statusFromCode(const QString& code)
{
    if (code == u"planned" || code == u"arrived" || code == u"triaged") return VisitStatus::Waiting;
    if (code == u"in-progress" || code == u"onleave") return VisitStatus::InConsultation;
    if (code == u"finished" || code == u"entered-in-error") return VisitStatus::Closed;
    return std::nullopt;
}

void readStatusAndClass(FhirReader& r, const QJsonObject& o, Visit& v)
{
    const QString status = r.string(o, QStringLiteral("status"), QStringLiteral("Encounter.status"));
    if (r.failed()) return;
    const auto s = statusFromCode(status);
    if (!s) {
        r.fail(QStringLiteral("status"),
               status.isEmpty() ? tr("The FHIR Encounter has no status.")
                                : tr("The FHIR Encounter status \"%1\" cannot be a visit (arrived, in-progress, finished, …).").arg(status));
        return;
    }
    v.status = *s;

    const QJsonObject cls = r.object(o, QStringLiteral("class"), QStringLiteral("Encounter.class"));
    const QString code = r.string(cls, QStringLiteral("code"), QStringLiteral("Encounter.class.code"));
    r.string(cls, QStringLiteral("system"), QStringLiteral("Encounter.class.system"));
    if (r.failed()) return;
    const auto c = encounterClassFromCode(code);
    if (!c) {
        r.fail(QStringLiteral("class"),
               code.isEmpty() ? tr("The FHIR Encounter has no class (AMB, HH or VR).")
                              : tr("The FHIR Encounter class \"%1\" is not AMB, HH or VR.").arg(code));
        return;
    }
    v.encounterClass = *c;
}

void readPeriod(FhirReader& r, const QJsonObject& o, Visit& v)
{
    const QJsonObject period = r.object(o, QStringLiteral("period"), QStringLiteral("Encounter.period"));
    v.startedAt = dateTime(r, period, QStringLiteral("start"), QStringLiteral("Encounter.period.start"));
    v.closedAt = dateTime(r, period, QStringLiteral("end"), QStringLiteral("Encounter.period.end"));
}

void readReasons(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Visit& v)
{
    const QString path = QStringLiteral("Encounter.reasonCode");
    const QJsonArray reasons = r.array(o, QStringLiteral("reasonCode"), path);
    for (qsizetype i = 0; i < reasons.size() && !r.failed(); ++i) {
        const QJsonObject c = r.object(reasons.at(i), at(path, i));
        const QString code = codeIn(r, c, cfg.complaintSystem(), at(path, i));
        const QString text = r.string(c, QStringLiteral("text"), at(path, i) + QStringLiteral(".text")).trimmed();
        if (r.failed()) return;
        if (!code.isEmpty()) {
            v.complaintCodes.append(code);
        } else if (v.chiefComplaint.isEmpty()) {
            v.chiefComplaint = text;
        }
    }
}

void readParticipant(FhirReader& r, const QJsonObject& o, Visit& v)
{
    const QString path = QStringLiteral("Encounter.participant");
    const QJsonArray parts = r.array(o, QStringLiteral("participant"), path);
    QString first;
    for (qsizetype i = 0; i < parts.size() && !r.failed(); ++i) {
        const QJsonObject p = r.object(parts.at(i), at(path, i));
        const QString who = referenceDisplay(r, p, QStringLiteral("individual"), at(path, i) + QStringLiteral(".individual"));
        bool attender = false;
        const QJsonArray types = r.array(p, QStringLiteral("type"), at(path, i) + QStringLiteral(".type"));
        for (qsizetype j = 0; j < types.size() && !r.failed(); ++j) {
            const QJsonObject t = r.object(types.at(j), at(at(path, i) + QStringLiteral(".type"), j));
            attender = attender || codeIn(r, t, sys::ParticipationType, at(at(path, i) + QStringLiteral(".type"), j)) == u"ATND";
        }
        if (r.failed() || who.isEmpty()) continue;
        if (attender) {
            v.signedBy = who;
            return;
        }
        if (first.isEmpty()) first = who;
    }
    v.signedBy = first;
}

void readFacilityAndExtensions(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Visit& v)
{
    const QJsonObject provider = r.object(o, QStringLiteral("serviceProvider"), QStringLiteral("Encounter.serviceProvider"));
    const QJsonObject id = r.object(provider, QStringLiteral("identifier"), QStringLiteral("Encounter.serviceProvider.identifier"));
    const QString system = r.string(id, QStringLiteral("system"), QStringLiteral("Encounter.serviceProvider.identifier.system"));
    const QString value = r.string(id, QStringLiteral("value"), QStringLiteral("Encounter.serviceProvider.identifier.value"));
    if (r.failed()) return;
    if (system == cfg.facilitySystem) v.facilityCode = value;

    v.tokenNumber = qMax(0, extensionInteger(r, o, cfg.tokenNumberUrl(), kType).value_or(0));
    v.advice = extensionString(r, o, cfg.adviceUrl(), kType);
    v.followUpDate = extensionDate(r, o, cfg.followUpDateUrl(), kType);
    amendment(r, o, cfg, kType, v.amendsId, v.amendReason);
    if (!r.failed() && o.contains(u"partOf"))   // a teleconsultation call: the BHU visit it belongs to
        v.partOfId = referenceId(r, o, QStringLiteral("partOf"), QStringLiteral("Encounter.partOf"), QStringLiteral("Encounter"), false,
                                 QStringLiteral("part_of"));
    v.version = version(r, o, cfg, kType);
}

} // namespace

Result<Visit> visitFromFhir(const QJsonObject& encounter, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Visit v;
    v.id = resourceId(r, encounter, kType);
    if (!r.failed()) readStatusAndClass(r, encounter, v);
    if (!r.failed()) {
        v.patientId = referenceId(r, encounter, QStringLiteral("subject"), QStringLiteral("Encounter.subject"),
                                  QStringLiteral("Patient"), true, QStringLiteral("subject"));
    }
    if (!r.failed()) readPeriod(r, encounter, v);
    if (!r.failed()) readReasons(r, encounter, cfg, v);
    if (!r.failed()) readParticipant(r, encounter, v);
    if (!r.failed()) readFacilityAndExtensions(r, encounter, cfg, v);
    if (r.failed()) return r.error();
    return v;
}

} // namespace bhu::fhir
