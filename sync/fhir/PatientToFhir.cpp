#include "bhu/fhir/FhirPatient.h"

#include "FhirBuild.h"
#include "PatientParts.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace build;
using namespace patientparts;

namespace {

QJsonObject identifier(const FhirConfig& cfg, const Identifier& id)
{
    QString use = QStringLiteral("secondary"), type;
    if (id.system == IdSystem::Mr) {
        use = QStringLiteral("official");
        type = QStringLiteral("MR");
    } else if (id.system == IdSystem::MrProvisional) {
        use = QStringLiteral("temp");
        type = QStringLiteral("MR");
    } else if (id.system == IdSystem::MrRetired) {
        use = QStringLiteral("old");
        type = QStringLiteral("MR");
    } else if (id.system == IdSystem::Cnic || id.system == IdSystem::BForm) {
        use = QStringLiteral("official");
        type = QStringLiteral("NI");
    }
    QJsonObject o{{QStringLiteral("use"), use}};
    if (!type.isEmpty()) {
        const QString display = type == u"MR" ? QStringLiteral("Medical record number")
                                              : QStringLiteral("National unique individual identifier");
        o.insert(QStringLiteral("type"), codeable(coding(sys::IdentifierType, type, display)));
    }
    o.insert(QStringLiteral("system"), cfg.identifierSystem(id.system));
    o.insert(QStringLiteral("value"), id.value);
    return o;
}

QJsonArray names(const Patient& p)
{
    QJsonArray out;
    if (!p.name.trimmed().isEmpty()) {
        QStringList prefix, given;
        splitName(p.name, prefix, given);
        QJsonObject n{{QStringLiteral("use"), QStringLiteral("official")}, {QStringLiteral("text"), p.name.simplified()}};
        put(n, QStringLiteral("prefix"), QJsonArray::fromStringList(prefix));
        put(n, QStringLiteral("given"), QJsonArray::fromStringList(given));
        out.append(n);
    }
    if (!p.nameUrdu.trimmed().isEmpty()) {
        out.append(QJsonObject{
            {QStringLiteral("extension"), QJsonArray{extension(sys::LanguageExtension, QStringLiteral("valueCode"), QStringLiteral("ur"))}},
            {QStringLiteral("text"), p.nameUrdu.simplified()}});
    }
    return out;
}

QJsonObject address(const Address& a)
{
    QJsonObject o;
    if (!a.unionCouncil.isEmpty()) {
        o.insert(QStringLiteral("extension"),
                 QJsonArray{extension(sys::PrecinctExtension, QStringLiteral("valueString"), a.unionCouncil)});
    }
    put(o, QStringLiteral("line"), a.village.isEmpty() ? QJsonArray{} : QJsonArray{a.village});
    put(o, QStringLiteral("city"), a.tehsil);
    put(o, QStringLiteral("district"), a.district);
    put(o, QStringLiteral("state"), a.province);
    if (o.isEmpty()) return o;
    o.insert(QStringLiteral("use"), QStringLiteral("home"));
    o.insert(QStringLiteral("country"), QStringLiteral("PK"));
    return o;
}

QJsonObject relationConcept(const FhirConfig& cfg, Relation r)
{
    return codeable(QJsonArray{coding(cfg.guardianRelationSystem(), relationCode(r), relationDisplay(r)),
                              coding(sys::RoleCode, relationRoleCode(r), roleDisplay(relationRoleCode(r)))});
}

QJsonObject guardianConcept(const QString& word)
{
    const QString code = roleCodeOfWord(word);
    return codeable(code.isEmpty() ? QJsonArray{} : QJsonArray{coding(sys::RoleCode, code, roleDisplay(code))}, word);
}

QJsonObject cnicExtension(const FhirConfig& cfg, const QString& cnic)
{
    return extension(cfg.contactIdentifierUrl(), QStringLiteral("valueIdentifier"),
                     QJsonObject{{QStringLiteral("system"), cfg.cnicSystem}, {QStringLiteral("value"), cnic}});
}

QJsonArray contacts(const FhirConfig& cfg, const Patient& p)
{
    QJsonArray out;
    const bool hasRelation = p.relation != Relation::None || !p.guardianName.isEmpty();
    const bool hasCnic = !p.guardianCnic.isEmpty();
    const bool samePerson = hasRelation && hasCnic && p.relation != Relation::None
        && relationGuardianWord(p.relation) == p.guardianRelationship;

    if (hasRelation) {
        QJsonObject c;
        if (samePerson) c.insert(QStringLiteral("extension"), QJsonArray{cnicExtension(cfg, p.guardianCnic)});
        QJsonArray rel;
        if (p.relation != Relation::None) rel.append(relationConcept(cfg, p.relation));
        if (samePerson) rel.append(guardianConcept(p.guardianRelationship));
        put(c, QStringLiteral("relationship"), rel);
        if (!p.guardianName.isEmpty()) c.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("text"), p.guardianName}});
        out.append(c);
    }
    if (hasCnic && !samePerson) {
        QJsonObject c{{QStringLiteral("extension"), QJsonArray{cnicExtension(cfg, p.guardianCnic)}}};
        const QJsonObject rel = guardianConcept(p.guardianRelationship);
        if (!rel.isEmpty()) c.insert(QStringLiteral("relationship"), QJsonArray{rel});
        out.append(c);
    }
    return out;
}

} // namespace

QString patientLinkTypeCode(PatientLink::Type t)
{
    switch (t) {
    case PatientLink::Type::Replaces: return QStringLiteral("replaces");
    case PatientLink::Type::Refer: return QStringLiteral("refer");
    case PatientLink::Type::SeeAlso: return QStringLiteral("seealso");
    case PatientLink::Type::ReplacedBy: break;
    }
    return QStringLiteral("replaced-by");
}

QJsonObject patientToFhir(const Patient& p, const FhirConfig& cfg, const QList<PatientLink>& links)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    put(o, QStringLiteral("id"), p.id);

    QJsonArray ids;
    for (const Identifier& id : p.identifiers)
        if (!id.value.isEmpty()) ids.append(identifier(cfg, id));
    put(o, QStringLiteral("identifier"), ids);
    put(o, QStringLiteral("name"), names(p));
    if (!p.phone.isEmpty()) {
        o.insert(QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                                   {QStringLiteral("value"), p.phone},
                                                                   {QStringLiteral("use"), QStringLiteral("mobile")}}});
    }
    o.insert(QStringLiteral("gender"), sexCode(p.sex));
    if (p.birthDate.isValid()) {
        o.insert(QStringLiteral("birthDate"), date(p.birthDate));
        if (p.birthDateEstimated) {
            o.insert(QStringLiteral("_birthDate"),
                     QJsonObject{{QStringLiteral("extension"),
                                  QJsonArray{extension(cfg.birthDateEstimatedUrl(), QStringLiteral("valueBoolean"), true)}}});
        }
    }
    const QJsonObject addr = address(p.address);
    if (!addr.isEmpty()) o.insert(QStringLiteral("address"), QJsonArray{addr});
    put(o, QStringLiteral("contact"), contacts(cfg, p));
    if (!p.facilityCode.isEmpty())
        o.insert(QStringLiteral("managingOrganization"), identifierReference(cfg.facilitySystem, p.facilityCode));

    QJsonArray linkArray;
    for (const PatientLink& l : links) {
        linkArray.append(QJsonObject{{QStringLiteral("other"), reference(cfg, QStringLiteral("Patient"), l.otherId)},
                                     {QStringLiteral("type"), patientLinkTypeCode(l.type)}});
    }
    put(o, QStringLiteral("link"), linkArray);
    return o;
}

} // namespace bhu::fhir
