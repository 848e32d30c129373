#include "bhu/fhir/FhirConsultation.h"

#include "ClinicalRead.h"
#include "bhu/fhir/FhirCodes.h"

#include <QCoreApplication>

namespace bhu::fhir {

using namespace clinicalread;

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::FhirConsultation", s); }

// Payload elements: (consultation-part code or "", contentString or {}, contentAttachment or {}).
struct Part {
    QString kind, text;
    QJsonObject attachment;
};

QList<Part> payload(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, const QString& type)
{
    const QString path = type + QStringLiteral(".payload");
    const QJsonArray list = r.array(o, QStringLiteral("payload"), path);
    QList<Part> out;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QJsonObject p = r.object(list.at(i), at(path, i));
        Part part;
        const QJsonObject ext = extension(r, p, cfg.extensionUrl(u"consultation-part"), at(path, i));
        part.kind = ext.value(u"valueCode").toString();
        part.text = r.string(p, QStringLiteral("contentString"), at(path, i) + QStringLiteral(".contentString"));
        part.attachment = r.object(p, QStringLiteral("contentAttachment"), at(path, i) + QStringLiteral(".contentAttachment"));
        out.append(part);
    }
    return out;
}

// identifier.value and display of a Reference element.
void identified(FhirReader& r, const QJsonObject& ref, const QString& path, QString& value, QString& display)
{
    value = r.string(r.object(ref, QStringLiteral("identifier"), path + QStringLiteral(".identifier")), QStringLiteral("value"),
                     path + QStringLiteral(".identifier.value"));
    display = r.string(ref, QStringLiteral("display"), path + QStringLiteral(".display"));
}

QString firstCategoryCode(FhirReader& r, const QJsonObject& o, const QString& system, const QString& type)
{
    const QString path = type + QStringLiteral(".category");
    const QJsonArray cats = r.array(o, QStringLiteral("category"), path);
    for (qsizetype i = 0; i < cats.size() && !r.failed(); ++i)
        if (QString c = codeIn(r, r.object(cats.at(i), at(path, i)), system, at(path, i)); !c.isEmpty()) return c;
    return {};
}
} // namespace

Result<ConsultationRequest> consultationRequestFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    const QString type = QStringLiteral("CommunicationRequest");
    FhirReader r(type);
    ConsultationRequest c;
    c.id = resourceId(r, o, type);
    c.patientId = referenceId(r, o, QStringLiteral("subject"), type + QStringLiteral(".subject"), QStringLiteral("Patient"), true,
                              QStringLiteral("subject"));
    c.visitId = referenceId(r, o, QStringLiteral("encounter"), type + QStringLiteral(".encounter"), QStringLiteral("Encounter"), false,
                            QStringLiteral("encounter"));
    c.version = version(r, o, cfg, type);
    c.specialty = firstCategoryCode(r, o, cfg.codeSystem(u"consultation-specialty"), type);
    const QString priority = r.string(o, QStringLiteral("priority"), type + QStringLiteral(".priority"));
    c.urgency = consultationUrgencyFromCode(priority).value_or(ConsultationUrgency::Routine);
    if (priority == u"asap" || priority == u"stat") c.urgency = ConsultationUrgency::Urgent;
    for (const Part& p : payload(r, o, cfg, type)) {
        if (p.kind == u"question") c.question = p.text;
        else if (p.kind == u"case-summary") c.caseSummary = p.text;
        else if (c.question.isEmpty()) c.question = p.text;
    }
    c.requestedAt = dateTime(r, o, QStringLiteral("authoredOn"), type + QStringLiteral(".authoredOn"));
    c.requestedBy = referenceDisplay(r, o, QStringLiteral("requester"), type + QStringLiteral(".requester"));
    QString ignored;
    identified(r, r.object(o, QStringLiteral("sender"), type + QStringLiteral(".sender")), type + QStringLiteral(".sender"), c.facilityCode,
               ignored);
    const QJsonArray recipients = r.array(o, QStringLiteral("recipient"), type + QStringLiteral(".recipient"));
    if (!recipients.isEmpty() && !r.failed())
        identified(r, r.object(recipients.at(0), type + QStringLiteral(".recipient[0]")), type + QStringLiteral(".recipient[0]"),
                   c.assignedFacility, c.assignedTo);
    const QString status = extensionString(r, o, cfg.extensionUrl(u"consultation-status"), type);
    const QJsonObject statusExt = extension(r, o, cfg.extensionUrl(u"consultation-status"), type);
    c.status = consultationStatusFromCode(statusExt.value(u"valueCode").toString().isEmpty() ? status : statusExt.value(u"valueCode").toString())
                   .value_or(r.string(o, QStringLiteral("status"), type + QStringLiteral(".status")) == u"completed" ? ConsultationStatus::Answered
                                                                                                          : ConsultationStatus::Sent);
    c.escalated = extension(r, o, cfg.extensionUrl(u"escalated"), type).value(u"valueBoolean").toBool();
    if (r.failed()) return r.error();
    if (c.specialty.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The FHIR CommunicationRequest names no specialty."),
                           QStringLiteral("fhir.communicationrequest.specialty"));
    if (c.question.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The FHIR CommunicationRequest carries no question."),
                           QStringLiteral("fhir.communicationrequest.payload"));
    return c;
}

Result<CommunicationRead> communicationFromFhir(const QJsonObject& o, const FhirConfig& cfg)
{
    const QString type = QStringLiteral("Communication");
    FhirReader r(type);
    CommunicationRead out;
    const QString id = resourceId(r, o, type);
    out.patientId = referenceId(r, o, QStringLiteral("subject"), type + QStringLiteral(".subject"), QStringLiteral("Patient"), true,
                                QStringLiteral("subject"));
    const QJsonArray basedOn = r.array(o, QStringLiteral("basedOn"), type + QStringLiteral(".basedOn"));
    QString requestId;
    if (!basedOn.isEmpty() && !r.failed())
        requestId = referenceIdOf(r, r.object(basedOn.at(0), type + QStringLiteral(".basedOn[0]")), type + QStringLiteral(".basedOn[0]"),
                                  QStringLiteral("CommunicationRequest"), QStringLiteral("based_on"));
    const QString kind = firstCategoryCode(r, o, cfg.codeSystem(u"consultation-message"), type);
    const QDateTime sent = dateTime(r, o, QStringLiteral("sent"), type + QStringLiteral(".sent"));
    const QList<Part> parts = payload(r, o, cfg, type);
    if (r.failed()) return r.error();
    if (requestId.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The FHIR Communication is not based on a consultation request."),
                           QStringLiteral("fhir.communication.based_on"));
    if (kind == u"attachment") {
        if (parts.isEmpty() || parts.first().attachment.isEmpty())
            return Error::make(ErrorCode::Invalid, tr("The FHIR Communication carries no attachment."), QStringLiteral("fhir.communication.payload"));
        const QJsonObject att = parts.first().attachment;
        out.isPhoto = true;
        out.photo.id = id;
        out.photo.consultationId = requestId;
        out.photo.mimeType = att.value(u"contentType").toString();
        out.photo.caption = att.value(u"title").toString();
        out.photo.size = att.value(u"size").toInteger();
        out.photo.addedAt = sent;
        out.photo.sha256 = extensionString(r, att, cfg.extensionUrl(u"sha256"), type + QStringLiteral(".payload[0].contentAttachment")).toLatin1();
        const QString dims = extensionString(r, att, cfg.extensionUrl(u"image-size"), type + QStringLiteral(".payload[0].contentAttachment"));
        out.photo.width = dims.section(u'x', 0, 0).toInt();
        out.photo.height = dims.section(u'x', 1, 1).toInt();
        if (r.failed()) return r.error();
        return out;
    }
    const auto k = messageKindFromCode(kind);
    if (!k)
        return Error::make(ErrorCode::Invalid, tr("The FHIR Communication is not a consultation answer, question, reply or attachment."),
                           QStringLiteral("fhir.communication.category"));
    ConsultationMessage& m = out.message;
    m.id = id;
    m.consultationId = requestId;
    m.patientId = out.patientId;
    m.kind = *k;
    m.sentAt = sent;
    m.author = extensionString(r, o, cfg.extensionUrl(u"author"), type);
    const QJsonObject phone = extension(r, o, cfg.extensionUrl(u"author-phone"), type);
    m.authorPhone = phone.value(u"valueContactPoint").toObject().value(u"value").toString().trimmed();
    QString facility, name;
    identified(r, r.object(o, QStringLiteral("sender"), type + QStringLiteral(".sender")), type + QStringLiteral(".sender"), facility, name);
    m.authorFacility = facility;
    m.authorName = name;
    for (const Part& p : parts) {
        if (p.kind == u"advice") m.advice = p.text;
        else if (p.kind == u"treatment") m.suggestedTreatment = p.text;
        else m.text = p.text;   // assessment, or the text of a question / reply
    }
    const QJsonArray reasons = r.array(o, QStringLiteral("reasonCode"), type + QStringLiteral(".reasonCode"));
    if (!reasons.isEmpty() && !r.failed()) {
        const QJsonObject cc = r.object(reasons.at(0), type + QStringLiteral(".reasonCode[0]"));
        m.suggestedIcd10 = codeIn(r, cc, sys::Icd10, type + QStringLiteral(".reasonCode[0]"));
        m.suggestedDiagnosis = r.string(cc, QStringLiteral("text"), type + QStringLiteral(".reasonCode[0].text"));
    }
    const QJsonObject disp = extension(r, o, cfg.extensionUrl(u"consultation-disposition"), type);
    m.disposition = dispositionFromCode(disp.value(u"valueCode").toString());
    if (r.failed()) return r.error();
    return out;
}

} // namespace bhu::fhir
