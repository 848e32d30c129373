#include "bhu/fhir/FhirGroup.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirMeta.h"

#include <algorithm>

namespace bhu::fhir {

using namespace build;

QList<HouseholdMember> groupMemberOrder(const HouseholdRecord& h)
{
    QList<HouseholdMember> out = h.members;
    const auto rank = [&](const HouseholdMember& m) {
        if (!m.isCurrent()) return 2;
        return m.patientId == h.household.headPatientId || m.relationship == Relationship::Head ? 0 : 1;
    };
    std::stable_sort(out.begin(), out.end(), [&](const HouseholdMember& a, const HouseholdMember& b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        if (a.joinedOn != b.joinedOn) return a.joinedOn < b.joinedOn;
        return a.id < b.id;
    });
    return out;
}

QJsonObject householdToFhir(const HouseholdRecord& r, const FhirConfig& cfg)
{
    const Household& h = r.household;
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Group")}};
    put(o, QStringLiteral("id"), h.id);
    setClientVersion(o, h.version, cfg);
    QJsonArray ext;
    const auto text = [&](QStringView name, const QString& value) {
        if (!value.trimmed().isEmpty()) ext.append(extension(cfg.extensionUrl(name), QStringLiteral("valueString"), value.trimmed()));
    };
    text(u"household-village", h.village);
    text(u"household-address", h.address);
    text(u"lhw-area", h.lhwArea);
    text(u"household-phone", h.phone);
    if (!h.headPatientId.isEmpty())
        ext.append(extension(cfg.extensionUrl(u"household-head"), QStringLiteral("valueReference"),
                             reference(cfg, QStringLiteral("Patient"), h.headPatientId)));
    if (h.createdAt.isValid()) ext.append(extension(cfg.extensionUrl(u"created-at"), QStringLiteral("valueDateTime"), dateTime(h.createdAt)));
    put(o, QStringLiteral("extension"), ext);
    o.insert(QStringLiteral("active"), true);
    o.insert(QStringLiteral("type"), QStringLiteral("person"));
    o.insert(QStringLiteral("actual"), true);
    o.insert(QStringLiteral("code"), codeable(coding(cfg.codeSystem(u"group-kind"), QStringLiteral("household"), QStringLiteral("Household"))));
    if (!h.facilityCode.isEmpty()) o.insert(QStringLiteral("managingEntity"), identifierReference(cfg.facilitySystem, h.facilityCode));
    QJsonArray members;
    int current = 0;
    for (const HouseholdMember& m : groupMemberOrder(r)) {
        QJsonObject e;
        put(e, QStringLiteral("id"), m.id);
        QJsonArray mext{extension(cfg.extensionUrl(u"household-relationship"), QStringLiteral("valueCode"), relationshipCode(m.relationship))};
        if (!m.leftReason.isEmpty()) mext.append(extension(cfg.extensionUrl(u"left-reason"), QStringLiteral("valueString"), m.leftReason));
        if (m.recordedAt.isValid()) mext.append(extension(cfg.extensionUrl(u"recorded-at"), QStringLiteral("valueDateTime"), dateTime(m.recordedAt)));
        if (!m.recordedBy.isEmpty()) mext.append(extension(cfg.extensionUrl(u"recorded-by"), QStringLiteral("valueString"), m.recordedBy));
        e.insert(QStringLiteral("extension"), mext);
        put(e, QStringLiteral("entity"), reference(cfg, QStringLiteral("Patient"), m.patientId));
        QJsonObject period;
        put(period, QStringLiteral("start"), date(m.joinedOn));
        put(period, QStringLiteral("end"), date(m.leftOn));
        put(e, QStringLiteral("period"), period);
        e.insert(QStringLiteral("inactive"), !m.isCurrent());
        if (m.isCurrent()) ++current;
        members.append(e);
    }
    o.insert(QStringLiteral("quantity"), current);
    put(o, QStringLiteral("member"), members);
    return o;
}

} // namespace bhu::fhir
