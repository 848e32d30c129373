#include "bhu/domain/ConsultationJson.h"

#include "bhu/domain/Clock.h"

namespace bhu {

namespace {
QString ts(const QDateTime& t) { return t.isValid() ? isoUtc(t) : QString(); }
QDateTime toTs(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}
QString str(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)).toString(); }
} // namespace

QJsonObject consultationRequestToJson(const ConsultationRequest& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("patient_id"), r.patientId},
                       {QStringLiteral("visit_id"), r.visitId},
                       {QStringLiteral("facility_code"), r.facilityCode},
                       {QStringLiteral("specialty"), r.specialty},
                       {QStringLiteral("urgency"), consultationUrgencyCode(r.urgency)},
                       {QStringLiteral("question"), r.question},
                       {QStringLiteral("case_summary"), r.caseSummary},
                       {QStringLiteral("requested_by"), r.requestedBy},
                       {QStringLiteral("requested_at"), ts(r.requestedAt)},
                       {QStringLiteral("status"), consultationStatusCode(r.status)},
                       {QStringLiteral("assigned_to"), r.assignedTo},
                       {QStringLiteral("assigned_facility"), r.assignedFacility},
                       {QStringLiteral("claimed_at"), ts(r.claimedAt)},
                       {QStringLiteral("answered_at"), ts(r.answeredAt)},
                       {QStringLiteral("escalated"), r.escalated},
                       {QStringLiteral("version"), r.version}};
}

ConsultationRequest consultationRequestFromJson(const QJsonObject& o)
{
    ConsultationRequest r;
    r.id = str(o, "id");
    r.patientId = str(o, "patient_id");
    r.visitId = str(o, "visit_id");
    r.facilityCode = str(o, "facility_code");
    r.specialty = str(o, "specialty");
    r.urgency = consultationUrgencyFromCode(str(o, "urgency")).value_or(ConsultationUrgency::Routine);
    r.question = str(o, "question");
    r.caseSummary = str(o, "case_summary");
    r.requestedBy = str(o, "requested_by");
    r.requestedAt = toTs(o.value(u"requested_at"));
    r.status = consultationStatusFromCode(str(o, "status")).value_or(ConsultationStatus::Sent);
    r.assignedTo = str(o, "assigned_to");
    r.assignedFacility = str(o, "assigned_facility");
    r.claimedAt = toTs(o.value(u"claimed_at"));
    r.answeredAt = toTs(o.value(u"answered_at"));
    r.escalated = o.value(u"escalated").toBool();
    r.version = o.value(u"version").toInt(1);
    return r;
}

QJsonObject consultationMessageToJson(const ConsultationMessage& m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                       {QStringLiteral("consultation_id"), m.consultationId},
                       {QStringLiteral("patient_id"), m.patientId},
                       {QStringLiteral("kind"), messageKindCode(m.kind)},
                       {QStringLiteral("author"), m.author},
                       {QStringLiteral("author_name"), m.authorName},
                       {QStringLiteral("author_facility"), m.authorFacility},
                       {QStringLiteral("sent_at"), ts(m.sentAt)},
                       {QStringLiteral("text"), m.text},
                       {QStringLiteral("advice"), m.advice},
                       {QStringLiteral("icd10"), m.suggestedIcd10},
                       {QStringLiteral("diagnosis"), m.suggestedDiagnosis},
                       {QStringLiteral("treatment"), m.suggestedTreatment},
                       {QStringLiteral("disposition"), m.disposition ? dispositionCode(*m.disposition) : QString()}};
    if (!m.authorPhone.isEmpty()) o.insert(QStringLiteral("author_phone"), m.authorPhone);   // absent in older files
    return o;
}

ConsultationMessage consultationMessageFromJson(const QJsonObject& o)
{
    ConsultationMessage m;
    m.id = str(o, "id");
    m.consultationId = str(o, "consultation_id");
    m.patientId = str(o, "patient_id");
    m.kind = messageKindFromCode(str(o, "kind")).value_or(MessageKind::Answer);
    m.author = str(o, "author");
    m.authorName = str(o, "author_name");
    m.authorFacility = str(o, "author_facility");
    m.authorPhone = str(o, "author_phone");
    m.sentAt = toTs(o.value(u"sent_at"));
    m.text = str(o, "text");
    m.advice = str(o, "advice");
    m.suggestedIcd10 = str(o, "icd10");
    m.suggestedDiagnosis = str(o, "diagnosis");
    m.suggestedTreatment = str(o, "treatment");
    m.disposition = dispositionFromCode(str(o, "disposition"));
    return m;
}

QJsonObject consultationPhotoToJson(const ConsultationPhoto& p, const QString& patientId)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("consultation_id"), p.consultationId},
                       {QStringLiteral("patient_id"), patientId},
                       {QStringLiteral("caption"), p.caption},
                       {QStringLiteral("mime_type"), p.mimeType},
                       {QStringLiteral("width"), p.width},
                       {QStringLiteral("height"), p.height},
                       {QStringLiteral("size"), p.size},
                       {QStringLiteral("sha256"), QString::fromLatin1(p.sha256)},
                       {QStringLiteral("added_at"), ts(p.addedAt)}};
}

ConsultationPhoto consultationPhotoFromJson(const QJsonObject& o, QString* patientId)
{
    ConsultationPhoto p;
    p.id = str(o, "id");
    p.consultationId = str(o, "consultation_id");
    if (patientId) *patientId = str(o, "patient_id");
    p.caption = str(o, "caption");
    p.mimeType = str(o, "mime_type");
    p.width = o.value(u"width").toInt();
    p.height = o.value(u"height").toInt();
    p.size = o.value(u"size").toInteger();
    p.sha256 = str(o, "sha256").toLatin1();
    p.addedAt = toTs(o.value(u"added_at"));
    return p;
}

} // namespace bhu
