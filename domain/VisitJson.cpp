#include "bhu/domain/ClinicalJson.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace bhu {

using namespace jsonfields;

QJsonObject visitToJson(const Visit& v)
{
    QJsonObject o{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("patient_id"), v.patientId},
        {QStringLiteral("facility_code"), v.facilityCode},
        {QStringLiteral("class"), encounterClassCode(v.encounterClass)},
        {QStringLiteral("token"), v.tokenNumber},
        {QStringLiteral("status"), visitStatusCode(v.status)},
        {QStringLiteral("chief_complaint"), v.chiefComplaint},
        {QStringLiteral("complaint_codes"), QJsonArray::fromStringList(v.complaintCodes)},
        {QStringLiteral("advice"), v.advice},
        {QStringLiteral("follow_up_date"), date(v.followUpDate)},
        {QStringLiteral("started_at"), time(v.startedAt)},
        {QStringLiteral("closed_at"), time(v.closedAt)},
        {QStringLiteral("signed_by"), v.signedBy},
        {QStringLiteral("amends_id"), v.amendsId},
        {QStringLiteral("amend_reason"), v.amendReason},
        {QStringLiteral("version"), v.version},
    };
    if (!v.partOfId.isEmpty()) o.insert(QStringLiteral("part_of"), v.partOfId);   // absent in older records and files
    return o;
}

Visit visitFromJson(const QJsonObject& o)
{
    Visit v;
    v.id = o.value(u"id").toString();
    v.patientId = o.value(u"patient_id").toString();
    v.facilityCode = o.value(u"facility_code").toString();
    v.encounterClass = encounterClassFromCode(o.value(u"class").toString()).value_or(EncounterClass::Ambulatory);
    v.tokenNumber = o.value(u"token").toInt();
    v.status = visitStatusFromCode(o.value(u"status").toString()).value_or(VisitStatus::Waiting);
    v.chiefComplaint = o.value(u"chief_complaint").toString();
    for (const QJsonValue c : o.value(u"complaint_codes").toArray()) v.complaintCodes.append(c.toString());
    v.advice = o.value(u"advice").toString();
    v.followUpDate = date(o.value(u"follow_up_date"));
    v.startedAt = time(o.value(u"started_at"));
    v.closedAt = time(o.value(u"closed_at"));
    v.signedBy = o.value(u"signed_by").toString();
    v.amendsId = o.value(u"amends_id").toString();
    v.amendReason = o.value(u"amend_reason").toString();
    v.version = o.value(u"version").toInt(1);
    v.partOfId = o.value(u"part_of").toString();
    return v;
}

} // namespace bhu
