#include "bhu/fhir/FhirGroup.h"

#include "ClinicalRead.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("Group");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirGroup", s);
}

// extensionString reads valueString; created-at and recorded-at are valueDateTime.
QDateTime extensionDateTime(FhirReader& r, const QJsonObject& o, const QString& url, const QString& path)
{
    const QJsonObject e = extension(r, o, url, path);
    const QString text = r.string(e, QStringLiteral("valueDateTime"), path + QStringLiteral(".extension(") + url + QStringLiteral(").valueDateTime"));
    if (r.failed() || text.isEmpty()) return {};
    return dateTimeText(r, text, path);
}

void readMember(FhirReader& r, const QJsonObject& e, const QString& path, const FhirConfig& cfg, HouseholdMember& m)
{
    m.id = r.string(e, QStringLiteral("id"), path + QStringLiteral(".id"));
    if (!r.failed() && !isUuid(m.id)) return r.fail(QStringLiteral("member"), tr("%1.id is not a UUID.").arg(path));
    m.patientId = referenceId(r, e, QStringLiteral("entity"), path + QStringLiteral(".entity"), QStringLiteral("Patient"), true,
                              QStringLiteral("member"));
    if (r.failed()) return;
    const QJsonObject rel = extension(r, e, cfg.extensionUrl(u"household-relationship"), path);
    const QString code = r.string(rel, QStringLiteral("valueCode"), path + QStringLiteral(".extension(household-relationship).valueCode"));
    if (r.failed()) return;
    const auto relationship = relationshipFromCode(code);
    if (!relationship) return r.fail(QStringLiteral("member"), tr("%1 has no known relationship to the head (\"%2\").").arg(path, code));
    m.relationship = *relationship;
    const QJsonObject period = r.object(e, QStringLiteral("period"), path + QStringLiteral(".period"));
    const QString start = r.string(period, QStringLiteral("start"), path + QStringLiteral(".period.start"));
    const QString end = r.string(period, QStringLiteral("end"), path + QStringLiteral(".period.end"));
    if (!r.failed() && !start.isEmpty()) m.joinedOn = dateText(r, start, path + QStringLiteral(".period.start"));
    if (!r.failed() && !end.isEmpty()) m.leftOn = dateText(r, end, path + QStringLiteral(".period.end"));
    if (!r.failed()) m.leftReason = extensionString(r, e, cfg.extensionUrl(u"left-reason"), path);
    if (!r.failed()) {
        m.recordedAt = extensionDateTime(r, e, cfg.extensionUrl(u"recorded-at"), path);
    }
    if (!r.failed()) m.recordedBy = extensionString(r, e, cfg.extensionUrl(u"recorded-by"), path);
}

} // namespace

Result<HouseholdRecord> householdFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    FhirReader r(kType);
    HouseholdRecord rec;
    Household& h = rec.household;
    h.id = resourceId(r, o, kType);
    if (!r.failed()) {
        const QJsonObject code = r.object(o, QStringLiteral("code"), QStringLiteral("Group.code"));
        if (!r.failed() && codeIn(r, code, cfg.codeSystem(u"group-kind"), QStringLiteral("Group.code")) != u"household" && !r.failed())
            r.fail(QStringLiteral("code"), tr("The FHIR Group is not a household (Group.code)."));
    }
    if (!r.failed()) h.village = extensionString(r, o, cfg.extensionUrl(u"household-village"), kType);
    if (!r.failed()) h.address = extensionString(r, o, cfg.extensionUrl(u"household-address"), kType);
    if (!r.failed()) h.lhwArea = extensionString(r, o, cfg.extensionUrl(u"lhw-area"), kType);
    if (!r.failed()) h.phone = extensionString(r, o, cfg.extensionUrl(u"household-phone"), kType);
    if (!r.failed()) {
        const QJsonObject head = extension(r, o, cfg.extensionUrl(u"household-head"), kType);
        if (!r.failed() && !head.isEmpty())
            h.headPatientId = referenceIdOf(r, r.object(head, QStringLiteral("valueReference"), QStringLiteral("Group.extension(household-head)")),
                                            QStringLiteral("Group.extension(household-head).valueReference"), QStringLiteral("Patient"),
                                            QStringLiteral("head"));
    }
    if (!r.failed()) h.createdAt = extensionDateTime(r, o, cfg.extensionUrl(u"created-at"), kType);
    if (!r.failed()) {
        const QJsonObject org = r.object(o, QStringLiteral("managingEntity"), QStringLiteral("Group.managingEntity"));
        const QJsonObject id = r.object(org, QStringLiteral("identifier"), QStringLiteral("Group.managingEntity.identifier"));
        if (r.string(id, QStringLiteral("system"), QStringLiteral("Group.managingEntity.identifier.system")) == cfg.facilitySystem)
            h.facilityCode = r.string(id, QStringLiteral("value"), QStringLiteral("Group.managingEntity.identifier.value"));
    }
    const QJsonArray members = r.array(o, QStringLiteral("member"), QStringLiteral("Group.member"));
    for (qsizetype k = 0; k < members.size() && !r.failed(); ++k) {
        const QString path = at(QStringLiteral("Group.member"), k);
        HouseholdMember m;
        m.householdId = h.id;
        readMember(r, r.object(members.at(k), path), path, cfg, m);
        rec.members.append(m);
    }
    if (!r.failed()) h.version = version(r, o, cfg, kType);
    if (r.failed()) return r.error();
    return rec;
}

} // namespace bhu::fhir
