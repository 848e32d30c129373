#pragma once
// Store-and-forward teleconsultation (docs/telemedicine.md): a BHU clinician asks a specialist
// about a patient seen at a visit; the specialist answers (or asks a follow-up question) and the
// answer comes back into the visit. QtCore only, no I/O.
//
// Lifecycle of a request (ConsultationStatus): sent (stored at the BHU, travels with the next
// sync; in the registry's specialty pool) → claimed (a specialist took it) → followup (the
// specialist asked the BHU something; a reply puts it back to claimed) → answered. An urgent
// request still unclaimed or unanswered after the registry's escalation time is "escalated"
// (a flag, not a state) and an overdue one is shown as such at the BHU (isOverdue()).
//
// The request's content (question, case summary, photos) is written once and never changed;
// messages (answers, questions, replies) are append-only. Only status/assignment move forward.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bhu {

// Specialties a request can be routed to: machine codes ("dermatology"), shown translated.
QStringList consultationSpecialties();                  // every code, in display order
QString specialtyName(const QString& code);             // translated; the code itself if unknown
bool isKnownSpecialty(const QString& code);

enum class ConsultationUrgency { Routine, Urgent };
QString consultationUrgencyCode(ConsultationUrgency u);   // "routine", "urgent" (FHIR priority)
std::optional<ConsultationUrgency> consultationUrgencyFromCode(QStringView code);
QString consultationUrgencyName(ConsultationUrgency u);   // translated

enum class ConsultationStatus { Sent, Claimed, FollowUp, Answered };
QString consultationStatusCode(ConsultationStatus s);     // "sent", "claimed", "followup", "answered"
std::optional<ConsultationStatus> consultationStatusFromCode(QStringView code);
QString consultationStatusName(ConsultationStatus s);     // translated

// What the specialist advises to do with the patient.
enum class Disposition { ManageAtBhu, ReferInPerson, UrgentReferral };
QString dispositionCode(Disposition d);                   // "manage-at-bhu", "refer", "urgent-referral"
std::optional<Disposition> dispositionFromCode(QStringView code);
QString dispositionName(Disposition d);                   // translated

// Hours after which a request without an answer is overdue at the BHU (the registry escalates
// urgent ones on its own, configurable there: docs/telemedicine.md).
constexpr int kUrgentOverdueHours = 4;
constexpr int kRoutineOverdueHours = 72;

struct ConsultationRequest {
    QString id;                 // client-generated UUID (FHIR CommunicationRequest.id)
    QString patientId;
    QString visitId;            // the visit it was asked from
    QString facilityCode;       // the requesting BHU
    QString specialty;          // consultationSpecialties()
    ConsultationUrgency urgency = ConsultationUrgency::Routine;
    QString question;
    QString caseSummary;        // built from the visit (ConsultationSummary.h), edited by the clinician
    QString requestedBy;        // user name at the BHU
    QDateTime requestedAt;      // UTC
    ConsultationStatus status = ConsultationStatus::Sent;
    QString assignedTo;         // the specialist's user name once claimed
    QString assignedFacility;   // the specialist's hospital (facility code)
    QDateTime claimedAt;
    QDateTime answeredAt;
    bool escalated = false;     // set by the registry for an unclaimed/unanswered urgent request
    int version = 1;            // + 1 at every status change
    QDateTime updatedAt;

    bool isOpen() const { return status != ConsultationStatus::Answered; }
    // Open and older than kUrgentOverdueHours / kRoutineOverdueHours at `now`.
    bool isOverdue(const QDateTime& now) const;
    bool operator==(const ConsultationRequest&) const = default;
};

enum class MessageKind { Answer, Question, Reply };   // specialist's answer / follow-up question, BHU's reply
QString messageKindCode(MessageKind k);                // "answer", "question", "reply"
std::optional<MessageKind> messageKindFromCode(QStringView code);

// A message of the conversation (FHIR Communication). For an answer, the structured fields are
// filled; for a question or reply only `text`.
struct ConsultationMessage {
    QString id;                 // client-generated UUID
    QString consultationId;
    QString patientId;
    MessageKind kind = MessageKind::Answer;
    QString author;             // user name
    QString authorName;         // full name for the printed note
    QString authorFacility;     // facility code of the author
    QString authorPhone;        // answer only, optional: the specialist's phone for a live call
    QDateTime sentAt;           // UTC
    QString text;               // question / reply; for an answer: the assessment
    QString advice;             // answer only
    QString suggestedIcd10;     // answer only, may be empty
    QString suggestedDiagnosis; // display text of the suggested diagnosis
    QString suggestedTreatment; // free text (medicine, dose, duration)
    std::optional<Disposition> disposition;   // answer only (required there)

    bool operator==(const ConsultationMessage&) const = default;
};

// A photo attached to a request, already downscaled and compressed (services/PhotoCompression).
struct ConsultationPhoto {
    QString id;                 // client-generated UUID (FHIR Binary.id)
    QString consultationId;
    QString caption;
    QString mimeType = QStringLiteral("image/jpeg");
    int width = 0;
    int height = 0;
    QByteArray sha256;          // hex of the stored bytes
    qint64 size = 0;
    QByteArray data;            // the JPEG; empty when listed without data
    qint64 uploadedBytes = 0;   // the registry's committed offset (chunked upload)
    QDateTime addedAt;

    bool isUploaded() const { return size > 0 && uploadedBytes >= size; }
};

// The reply form: assessment required, a disposition required.
Status validateAnswer(const ConsultationMessage& m);
// The request form: known specialty, question (≥ 10 characters), case summary not empty.
Status validateRequest(const ConsultationRequest& r);

constexpr int kMinQuestionLength = 10;
constexpr int kMaxPhotosPerRequest = 6;

} // namespace bhu
