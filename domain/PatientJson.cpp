#include "bhu/domain/PatientJson.h"

#include <QJsonArray>

namespace bhu {

QJsonObject patientToJson(const Patient& p)
{
    QJsonArray ids;
    for (const auto& i : p.identifiers)
        ids.append(QJsonObject{{QStringLiteral("system"), i.system}, {QStringLiteral("value"), i.value}});
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("name_ur"), p.nameUrdu},
        {QStringLiteral("relation"), relationCode(p.relation)},
        {QStringLiteral("guardian_name"), p.guardianName},
        {QStringLiteral("sex"), sexCode(p.sex)},
        {QStringLiteral("birth_date"), p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("birth_date_estimated"), p.birthDateEstimated},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("guardian_cnic"), p.guardianCnic},
        {QStringLiteral("guardian_relationship"), p.guardianRelationship},
        {QStringLiteral("province"), p.address.province},
        {QStringLiteral("district"), p.address.district},
        {QStringLiteral("tehsil"), p.address.tehsil},
        {QStringLiteral("union_council"), p.address.unionCouncil},
        {QStringLiteral("village"), p.address.village},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("facility_code"), p.facilityCode},
        {QStringLiteral("identifiers"), ids},
    };
}

Patient patientFromJson(const QJsonObject& o)
{
    Patient p;
    p.id = o.value(u"id").toString();
    p.version = o.value(u"version").toInt();
    p.name = o.value(u"name").toString();
    p.nameUrdu = o.value(u"name_ur").toString();
    p.relation = relationFromCode(o.value(u"relation").toString());
    p.guardianName = o.value(u"guardian_name").toString();
    p.sex = sexFromCode(o.value(u"sex").toString());
    p.birthDate = QDate::fromString(o.value(u"birth_date").toString(), Qt::ISODate);
    p.birthDateEstimated = o.value(u"birth_date_estimated").toBool();
    p.phone = o.value(u"phone").toString();
    p.guardianCnic = o.value(u"guardian_cnic").toString();
    p.guardianRelationship = o.value(u"guardian_relationship").toString();
    p.address.province = o.value(u"province").toString();
    p.address.district = o.value(u"district").toString();
    p.address.tehsil = o.value(u"tehsil").toString();
    p.address.unionCouncil = o.value(u"union_council").toString();
    p.address.village = o.value(u"village").toString();
    p.notes = o.value(u"notes").toString();
    p.facilityCode = o.value(u"facility_code").toString();
    for (const QJsonValue v : o.value(u"identifiers").toArray())
        p.identifiers.append(Identifier{v[u"system"].toString(), v[u"value"].toString()});
    return p;
}

QStringList changedFields(const Patient& before, const Patient& after)
{
    const QJsonObject a = patientToJson(before);
    const QJsonObject b = patientToJson(after);
    QStringList out;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.key() == u"version" || it.key() == u"id") continue;
        if (a.value(it.key()) != it.value()) out.append(it.key());
    }
    return out;
}

} // namespace bhu
