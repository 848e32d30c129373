#include "bhu/fhir/FhirConsultation.h"

#include "FhirBuild.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace build;

namespace {
QString specialtyDisplay(const QString& code)
{
    // English display on the wire (the screens translate the code).
    static const QHash<QString, QString> names{{QStringLiteral("medicine"), QStringLiteral("Medicine")},
                                               {QStringLiteral("paediatrics"), QStringLiteral("Paediatrics")},
                                               {QStringLiteral("obstetrics"), QStringLiteral("Gynaecology and obstetrics")},
                                               {QStringLiteral("dermatology"), QStringLiteral("Dermatology")},
                                               {QStringLiteral("surgery"), QStringLiteral("Surgery")},
                                               {QStringLiteral("ophthalmology"), QStringLiteral("Ophthalmology")},
                                               {QStringLiteral("ent"), QStringLiteral("Ear, nose and throat")},
                                               {QStringLiteral("psychiatry"), QStringLiteral("Psychiatry")}};
    return names.value(code);
}

QJsonObject part(const FhirConfig& cfg, const QString& kind, const QString& text)
{
    return QJsonObject{{QStringLiteral("extension"), QJsonArray{extension(cfg.extensionUrl(u"consultation-part"), QStringLiteral("valueCode"), kind)}},
                       {QStringLiteral("contentString"), text}};
}

QJsonObject head(const FhirConfig& cfg, const QString& type, const QString& id, int version)
{
    QJsonObject o{{QStringLiteral("resourceType"), type}, {QStringLiteral("id"), id}};
    o.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"),
                                                  QJsonArray{extension(cfg.clientVersionUrl(), QStringLiteral("valueInteger"), version)}}});
    return o;
}

QJsonObject messageCategory(const FhirConfig& cfg, const QString& code)
{
    return codeable(coding(cfg.codeSystem(u"consultation-message"), code));
}
} // namespace

QJsonObject consultationRequestToFhir(const ConsultationRequest& r, const FhirConfig& cfg)
{
    QJsonObject o = head(cfg, QStringLiteral("CommunicationRequest"), r.id, r.version);
    QJsonArray ext{extension(cfg.extensionUrl(u"consultation-status"), QStringLiteral("valueCode"), consultationStatusCode(r.status))};
    if (r.escalated) ext.append(extension(cfg.extensionUrl(u"escalated"), QStringLiteral("valueBoolean"), true));
    o.insert(QStringLiteral("extension"), ext);
    o.insert(QStringLiteral("status"), r.status == ConsultationStatus::Answered ? QStringLiteral("completed") : QStringLiteral("active"));
    o.insert(QStringLiteral("category"),
             QJsonArray{codeable(coding(cfg.codeSystem(u"consultation-specialty"), r.specialty, specialtyDisplay(r.specialty)))});
    o.insert(QStringLiteral("priority"), consultationUrgencyCode(r.urgency));
    o.insert(QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), r.patientId));
    if (!r.visitId.isEmpty()) o.insert(QStringLiteral("encounter"), reference(cfg, QStringLiteral("Encounter"), r.visitId));
    QJsonArray payload;
    if (!r.question.isEmpty()) payload.append(part(cfg, QStringLiteral("question"), r.question));
    if (!r.caseSummary.isEmpty()) payload.append(part(cfg, QStringLiteral("case-summary"), r.caseSummary));
    put(o, QStringLiteral("payload"), payload);
    put(o, QStringLiteral("authoredOn"), dateTime(r.requestedAt));
    put(o, QStringLiteral("requester"), displayReference(r.requestedBy));
    put(o, QStringLiteral("sender"), identifierReference(cfg.facilitySystem, r.facilityCode));
    if (!r.assignedFacility.isEmpty() || !r.assignedTo.isEmpty())
        o.insert(QStringLiteral("recipient"), QJsonArray{identifierReference(cfg.facilitySystem, r.assignedFacility, r.assignedTo)});
    return o;
}

QJsonObject consultationMessageToFhir(const ConsultationMessage& m, const FhirConfig& cfg)
{
    QJsonObject o = head(cfg, QStringLiteral("Communication"), m.id, 1);
    QJsonArray ext;
    if (!m.author.isEmpty()) ext.append(extension(cfg.extensionUrl(u"author"), QStringLiteral("valueString"), m.author));
    if (!m.authorPhone.isEmpty())
        ext.append(extension(cfg.extensionUrl(u"author-phone"), QStringLiteral("valueContactPoint"),
                             QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), m.authorPhone},
                                         {QStringLiteral("use"), QStringLiteral("work")}}));
    if (m.disposition)
        ext.append(extension(cfg.extensionUrl(u"consultation-disposition"), QStringLiteral("valueCode"), dispositionCode(*m.disposition)));
    put(o, QStringLiteral("extension"), ext);
    o.insert(QStringLiteral("basedOn"), QJsonArray{reference(cfg, QStringLiteral("CommunicationRequest"), m.consultationId)});
    o.insert(QStringLiteral("status"), QStringLiteral("completed"));
    o.insert(QStringLiteral("category"), QJsonArray{messageCategory(cfg, messageKindCode(m.kind))});
    o.insert(QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), m.patientId));
    put(o, QStringLiteral("sent"), dateTime(m.sentAt));
    put(o, QStringLiteral("sender"), identifierReference(cfg.facilitySystem, m.authorFacility, m.authorName));
    if (m.kind == MessageKind::Answer && (!m.suggestedDiagnosis.isEmpty() || !m.suggestedIcd10.isEmpty())) {
        const QJsonArray codings = m.suggestedIcd10.isEmpty() ? QJsonArray{} : QJsonArray{coding(sys::Icd10, m.suggestedIcd10, m.suggestedDiagnosis)};
        o.insert(QStringLiteral("reasonCode"), QJsonArray{codeable(codings, m.suggestedDiagnosis)});
    }
    QJsonArray payload;
    if (m.kind == MessageKind::Answer) {
        if (!m.text.isEmpty()) payload.append(part(cfg, QStringLiteral("assessment"), m.text));
        if (!m.advice.isEmpty()) payload.append(part(cfg, QStringLiteral("advice"), m.advice));
        if (!m.suggestedTreatment.isEmpty()) payload.append(part(cfg, QStringLiteral("treatment"), m.suggestedTreatment));
    } else if (!m.text.isEmpty()) {
        payload.append(QJsonObject{{QStringLiteral("contentString"), m.text}});
    }
    put(o, QStringLiteral("payload"), payload);
    return o;
}

QJsonObject consultationPhotoToFhir(const ConsultationPhoto& p, const QString& patientId, const FhirConfig& cfg)
{
    QJsonObject o = head(cfg, QStringLiteral("Communication"), p.id, 1);
    o.insert(QStringLiteral("basedOn"), QJsonArray{reference(cfg, QStringLiteral("CommunicationRequest"), p.consultationId)});
    o.insert(QStringLiteral("status"), QStringLiteral("completed"));
    o.insert(QStringLiteral("category"), QJsonArray{messageCategory(cfg, QStringLiteral("attachment"))});
    o.insert(QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), patientId));
    put(o, QStringLiteral("sent"), dateTime(p.addedAt));
    QJsonObject att{{QStringLiteral("contentType"), p.mimeType},
                    {QStringLiteral("url"), QString(QStringLiteral("Binary/") + p.id)},
                    {QStringLiteral("size"), double(p.size)}};
    put(att, QStringLiteral("title"), p.caption);
    put(att, QStringLiteral("creation"), dateTime(p.addedAt));
    QJsonArray ext{extension(cfg.extensionUrl(u"sha256"), QStringLiteral("valueString"), QString::fromLatin1(p.sha256))};
    if (p.width > 0 && p.height > 0)
        ext.append(extension(cfg.extensionUrl(u"image-size"), QStringLiteral("valueString"), QStringLiteral("%1x%2").arg(p.width).arg(p.height)));
    att.insert(QStringLiteral("extension"), ext);
    o.insert(QStringLiteral("payload"), QJsonArray{QJsonObject{{QStringLiteral("contentAttachment"), att}}});
    return o;
}

QJsonObject consultationEncounterToFhir(const ConsultationRequest& r, const ConsultationMessage& answer, const FhirConfig& cfg)
{
    QJsonObject o = head(cfg, QStringLiteral("Encounter"), answer.id, 1);
    o.insert(QStringLiteral("extension"),
             QJsonArray{extension(cfg.extensionUrl(u"consultation"), QStringLiteral("valueReference"),
                                  reference(cfg, QStringLiteral("CommunicationRequest"), r.id))});
    o.insert(QStringLiteral("status"), QStringLiteral("finished"));
    o.insert(QStringLiteral("class"), coding(sys::ActCode, QStringLiteral("VR"), QStringLiteral("virtual")));
    o.insert(QStringLiteral("subject"), reference(cfg, QStringLiteral("Patient"), r.patientId));
    if (!r.visitId.isEmpty()) o.insert(QStringLiteral("partOf"), reference(cfg, QStringLiteral("Encounter"), r.visitId));
    QJsonObject period;
    put(period, QStringLiteral("start"), dateTime(r.claimedAt.isValid() ? r.claimedAt : answer.sentAt));
    put(period, QStringLiteral("end"), dateTime(answer.sentAt));
    put(o, QStringLiteral("period"), period);
    if (!answer.authorName.isEmpty() || !answer.author.isEmpty())
        o.insert(QStringLiteral("participant"),
                 QJsonArray{QJsonObject{{QStringLiteral("individual"),
                                         displayReference(answer.authorName.isEmpty() ? answer.author : answer.authorName)}}});
    put(o, QStringLiteral("serviceProvider"), identifierReference(cfg.facilitySystem, answer.authorFacility));
    return o;
}

} // namespace bhu::fhir
