#include "bhu/registry/PatientMerge.h"

namespace bhu::registry {

namespace {
struct Field {
    const char16_t* name;
    QString (*get)(const Patient&);
    void (*copy)(Patient&, const Patient&);
};

QString dateText(const Patient& p)
{
    return p.birthDate.toString(Qt::ISODate) + (p.birthDateEstimated ? QStringLiteral(" (estimated)") : QString());
}

const Field kFields[] = {
    {u"name", [](const Patient& p) -> QString { return p.name; }, [](Patient& d, const Patient& s) { d.name = s.name; }},
    {u"nameUrdu", [](const Patient& p) -> QString { return p.nameUrdu; }, [](Patient& d, const Patient& s) { d.nameUrdu = s.nameUrdu; }},
    {u"relation", [](const Patient& p) -> QString { return relationCode(p.relation) + u' ' + p.guardianName; },
     [](Patient& d, const Patient& s) {
         d.relation = s.relation;
         d.guardianName = s.guardianName;
     }},
    {u"sex", [](const Patient& p) -> QString { return sexCode(p.sex); }, [](Patient& d, const Patient& s) { d.sex = s.sex; }},
    {u"birthDate", dateText,
     [](Patient& d, const Patient& s) {
         d.birthDate = s.birthDate;
         d.birthDateEstimated = s.birthDateEstimated;
     }},
    {u"phone", [](const Patient& p) -> QString { return p.phone; }, [](Patient& d, const Patient& s) { d.phone = s.phone; }},
    {u"guardianCnic", [](const Patient& p) -> QString { return p.guardianCnic + u' ' + p.guardianRelationship; },
     [](Patient& d, const Patient& s) {
         d.guardianCnic = s.guardianCnic;
         d.guardianRelationship = s.guardianRelationship;
     }},
    {u"address.province", [](const Patient& p) -> QString { return p.address.province; },
     [](Patient& d, const Patient& s) { d.address.province = s.address.province; }},
    {u"address.district", [](const Patient& p) -> QString { return p.address.district; },
     [](Patient& d, const Patient& s) { d.address.district = s.address.district; }},
    {u"address.tehsil", [](const Patient& p) -> QString { return p.address.tehsil; },
     [](Patient& d, const Patient& s) { d.address.tehsil = s.address.tehsil; }},
    {u"address.unionCouncil", [](const Patient& p) -> QString { return p.address.unionCouncil; },
     [](Patient& d, const Patient& s) { d.address.unionCouncil = s.address.unionCouncil; }},
    {u"address.village", [](const Patient& p) -> QString { return p.address.village; },
     [](Patient& d, const Patient& s) { d.address.village = s.address.village; }},
};
} // namespace

Patient mergePatient(const Patient& base, const Patient& current, const Patient& incoming, QList<FieldConflict>* conflicts)
{
    Patient out = current;
    for (const Field& f : kFields) {
        const QString b = f.get(base), c = f.get(current), i = f.get(incoming);
        if (i == b || i == c) continue;              // incoming did not change it, or agrees
        f.copy(out, incoming);
        if (c != b && conflicts) conflicts->append({QString::fromUtf16(f.name), c.trimmed()});
    }
    const bool hasNational = !current.identifier(IdSystem::Mr).isEmpty();
    for (const Identifier& id : incoming.identifiers) {
        if (out.identifiers.contains(id)) continue;
        if (id.system == IdSystem::Mr && hasNational) continue;
        out.identifiers.append(id);
    }
    return out;
}

} // namespace bhu::registry
