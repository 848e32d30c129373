#include "bhu/domain/Consultation.h"

#include <QCoreApplication>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::Consultation", s); }

struct SpecialtyEntry {
    const char* code;
    const char* name;
};
constexpr SpecialtyEntry kSpecialties[] = {
    {"medicine", QT_TRANSLATE_NOOP("bhu::Consultation", "Medicine")},
    {"paediatrics", QT_TRANSLATE_NOOP("bhu::Consultation", "Paediatrics")},
    {"obstetrics", QT_TRANSLATE_NOOP("bhu::Consultation", "Gynaecology and obstetrics")},
    {"dermatology", QT_TRANSLATE_NOOP("bhu::Consultation", "Dermatology")},
    {"surgery", QT_TRANSLATE_NOOP("bhu::Consultation", "Surgery")},
    {"ophthalmology", QT_TRANSLATE_NOOP("bhu::Consultation", "Eye (ophthalmology)")},
    {"ent", QT_TRANSLATE_NOOP("bhu::Consultation", "Ear, nose and throat")},
    {"psychiatry", QT_TRANSLATE_NOOP("bhu::Consultation", "Psychiatry")},
};
} // namespace

QStringList consultationSpecialties()
{
    QStringList out;
    for (const auto& s : kSpecialties) out.append(QString::fromLatin1(s.code));
    return out;
}

QString specialtyName(const QString& code)
{
    for (const auto& s : kSpecialties)
        if (code == QLatin1String(s.code)) return QCoreApplication::translate("bhu::Consultation", s.name);
    return code;
}

bool isKnownSpecialty(const QString& code) { return consultationSpecialties().contains(code); }

QString consultationUrgencyCode(ConsultationUrgency u)
{
    return u == ConsultationUrgency::Urgent ? QStringLiteral("urgent") : QStringLiteral("routine");
}

std::optional<ConsultationUrgency> consultationUrgencyFromCode(QStringView code)
{
    if (code == u"routine") return ConsultationUrgency::Routine;
    if (code == u"urgent") return ConsultationUrgency::Urgent;
    return std::nullopt;
}

QString consultationUrgencyName(ConsultationUrgency u) { return u == ConsultationUrgency::Urgent ? tr("Urgent") : tr("Routine"); }

QString consultationStatusCode(ConsultationStatus s)
{
    switch (s) {
    case ConsultationStatus::Claimed: return QStringLiteral("claimed");
    case ConsultationStatus::FollowUp: return QStringLiteral("followup");
    case ConsultationStatus::Answered: return QStringLiteral("answered");
    case ConsultationStatus::Sent: break;
    }
    return QStringLiteral("sent");
}

std::optional<ConsultationStatus> consultationStatusFromCode(QStringView code)
{
    if (code == u"sent") return ConsultationStatus::Sent;
    if (code == u"claimed") return ConsultationStatus::Claimed;
    if (code == u"followup") return ConsultationStatus::FollowUp;
    if (code == u"answered") return ConsultationStatus::Answered;
    return std::nullopt;
}

QString consultationStatusName(ConsultationStatus s)
{
    switch (s) {
    case ConsultationStatus::Claimed: return tr("With a specialist");
    case ConsultationStatus::FollowUp: return tr("Question for the BHU");
    case ConsultationStatus::Answered: return tr("Answered");
    case ConsultationStatus::Sent: break;
    }
    return tr("Sent");
}

QString dispositionCode(Disposition d)
{
    switch (d) {
    case Disposition::ReferInPerson: return QStringLiteral("refer");
    case Disposition::UrgentReferral: return QStringLiteral("urgent-referral");
    case Disposition::ManageAtBhu: break;
    }
    return QStringLiteral("manage-at-bhu");
}

std::optional<Disposition> dispositionFromCode(QStringView code)
{
    if (code == u"manage-at-bhu") return Disposition::ManageAtBhu;
    if (code == u"refer") return Disposition::ReferInPerson;
    if (code == u"urgent-referral") return Disposition::UrgentReferral;
    return std::nullopt;
}

QString dispositionName(Disposition d)
{
    switch (d) {
    case Disposition::ReferInPerson: return tr("Refer to be seen in person");
    case Disposition::UrgentReferral: return tr("Urgent referral");
    case Disposition::ManageAtBhu: break;
    }
    return tr("Manage at the BHU");
}

QString messageKindCode(MessageKind k)
{
    switch (k) {
    case MessageKind::Question: return QStringLiteral("question");
    case MessageKind::Reply: return QStringLiteral("reply");
    case MessageKind::Answer: break;
    }
    return QStringLiteral("answer");
}

std::optional<MessageKind> messageKindFromCode(QStringView code)
{
    if (code == u"answer") return MessageKind::Answer;
    if (code == u"question") return MessageKind::Question;
    if (code == u"reply") return MessageKind::Reply;
    return std::nullopt;
}

bool ConsultationRequest::isOverdue(const QDateTime& now) const
{
    if (!isOpen() || !requestedAt.isValid()) return false;
    const int hours = urgency == ConsultationUrgency::Urgent ? kUrgentOverdueHours : kRoutineOverdueHours;
    return requestedAt.secsTo(now) > qint64(hours) * 3600;
}

Status validateRequest(const ConsultationRequest& r)
{
    if (!isKnownSpecialty(r.specialty)) return Error::make(ErrorCode::Invalid, tr("Choose the specialty to ask."));
    if (r.question.trimmed().size() < kMinQuestionLength)
        return Error::make(ErrorCode::Invalid, tr("Write your question to the specialist (at least %1 characters).").arg(kMinQuestionLength));
    if (r.caseSummary.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The case summary is empty. The specialist needs it to answer."));
    return {};
}

Status validateAnswer(const ConsultationMessage& m)
{
    if (m.text.trimmed().isEmpty()) {
        if (m.kind == MessageKind::Answer) return Error::make(ErrorCode::Invalid, tr("Write your assessment."));
        return Error::make(ErrorCode::Invalid, tr("The message is empty. Write it first."));
    }
    if (m.kind == MessageKind::Answer && !m.disposition)
        return Error::make(ErrorCode::Invalid, tr("Choose what the BHU should do: manage there, refer, or refer urgently."));
    return {};
}

} // namespace bhu
