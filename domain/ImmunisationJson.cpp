// Immunisation ⇄ canonical JSON (conventions in ClinicalJson.h).
#include "JsonFields.h"
#include "bhu/domain/Immunisation.h"

namespace bhu {

using namespace jsonfields;

QJsonObject immunisationToJson(const Immunisation& i)
{
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("patient_id"), i.patientId},
                       {QStringLiteral("antigen"), i.dose.antigen},
                       {QStringLiteral("dose"), i.dose.dose},
                       {QStringLiteral("date"), date(i.dose.date)},
                       {QStringLiteral("lot"), i.dose.lot},
                       {QStringLiteral("place"), i.dose.place},
                       {QStringLiteral("given_elsewhere"), i.dose.givenElsewhere},
                       {QStringLiteral("facility_code"), i.facilityCode},
                       {QStringLiteral("performer"), i.performer},
                       {QStringLiteral("recorded_at"), time(i.recordedAt)},
                       {QStringLiteral("recorded_by"), i.recordedBy},
                       {QStringLiteral("version"), i.version},
                       {QStringLiteral("amends_id"), i.amendsId},
                       {QStringLiteral("amend_reason"), i.amendReason},
                       {QStringLiteral("entered_in_error"), i.enteredInError}};
}

Immunisation immunisationFromJson(const QJsonObject& o)
{
    Immunisation i;
    i.id = o.value(u"id").toString();
    i.patientId = o.value(u"patient_id").toString();
    i.dose.antigen = o.value(u"antigen").toString();
    i.dose.dose = o.value(u"dose").toInt(1);
    i.dose.date = date(o.value(u"date"));
    i.dose.lot = o.value(u"lot").toString();
    i.dose.place = o.value(u"place").toString();
    i.dose.givenElsewhere = o.value(u"given_elsewhere").toBool();
    i.facilityCode = o.value(u"facility_code").toString();
    i.performer = o.value(u"performer").toString();
    i.recordedAt = time(o.value(u"recorded_at"));
    i.recordedBy = o.value(u"recorded_by").toString();
    i.version = o.value(u"version").toInt(1);
    i.amendsId = o.value(u"amends_id").toString();
    i.amendReason = o.value(u"amend_reason").toString();
    i.enteredInError = o.value(u"entered_in_error").toBool();
    return i;
}

} // namespace bhu
