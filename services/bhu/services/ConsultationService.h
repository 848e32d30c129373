#pragma once
// Teleconsultation, store and forward (docs/telemedicine.md). The API the Consultations screen,
// the visit's "Ask a specialist" dialog and the specialist's inbox are built on. Role checks and
// audit live here; SQL in db/ConsultationRepository; photos are compressed by PhotoCompression.
//
// At the BHU (Permission::RequestConsultation, clinicians):
//   draftRequest()   a request pre-filled from the visit: the case summary (age, sex, complaint,
//                    vitals with flags, diagnoses, current medicines, history) to edit
//   sendRequest()    stores it at once; it travels with the next sync (text before photos)
//   addPhoto*()      a photo (file or camera image) with a caption, downscaled and compressed
//   list()           sent / answered / overdue / all requests of this facility
//   reply()          answers the specialist's follow-up question
//   logCall()        records a live call with the specialist as a teleconsultation encounter
//   adoptDiagnosis() / adoptPrescription() / adoptReferral()
//                    turn the answer into an order on the visit, recorded as the BHU clinician's
//                    own decision: added to the draft when the visit is open, otherwise a signed
//                    amendment of the visit whose reason names the consultation
// At the specialist's install (Permission::AnswerConsultation, role specialist, online):
//   inbox()          requests of a specialty routed to this specialist (urgent first, oldest
//                    first), fetched from the registry and cached in the encrypted store
//   claim()          takes a request from the pool (decided online by the registry)
//   answer()         assessment, advice, suggested diagnosis and treatment, disposition
//   askFollowUp()    a question to the BHU
// Both: open() (the case with messages and photos; audited view), note() (printable
// consultation note data), forPatient()/forVisit() for the history and the visit screen,
// newAnswersSince() for the "new answers" notice after a sync. Reading needs ViewPatient and is
// limited to this facility's requests, or, for a specialist, to requests in their inbox.
//
// The registry calls of the specialist are given as functions (bhu::sync::ConsultationClient in
// the app, fakes in tests), like RegistryLookupService, so this layer stays free of Qt Network.
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/Consultation.h"
#include "bhu/domain/VisitRecord.h"
#include "bhu/services/PhotoCompression.h"
#include "bhu/services/Session.h"

#include <QImage>
#include <functional>

namespace bhu::services {

// What the clinician fills in ("Ask a specialist"); draftRequest() pre-fills it.
struct ConsultationDraft {
    QString visitId;
    QString specialty;             // consultationSpecialties()
    ConsultationUrgency urgency = ConsultationUrgency::Routine;
    QString question;
    QString caseSummary;           // editable
};

// One line of a list: the request with who the patient is (not for the specialist: no name).
struct ConsultationListItem {
    ConsultationRequest request;
    QString patientName;           // empty on a specialist's install
    QString mr;
    int photoCount = 0;
    bool overdue = false;
};

// A whole case: request, conversation and photos (with their bytes).
struct ConsultationCase {
    ConsultationRequest request;
    QList<ConsultationMessage> messages;    // oldest first
    QList<ConsultationPhoto> photos;
    std::optional<ConsultationMessage> answer() const;   // the specialist's answer, if any
};

// The printable consultation note (request + answer) for the patient's file.
struct ConsultationNote {
    ConsultationCase consultation;
    QString facilityName;
    QString patientName;
    QString mr;
    QString sexAndAge;             // translated, e.g. "female, 34 years"
    QDateTime printedAt;
};

enum class ConsultationFilter { Open, Answered, Overdue, All };

// A live call with the specialist (video meeting or phone), logged by the BHU clinician.
struct ConsultationCallLog {
    QDateTime startedAt;   // UTC; invalid = `minutes` before now
    int minutes = 0;       // 1 … 240
    QString note;          // optional: what was agreed
};

// Specialist's registry calls. inbox: the open requests of a specialty routed to this device's
// hospital with their photos (request.assignedFacility empty when this device does not hold the
// registry's claim: an escalated request whose local claim is then released); claim: takes one
// (Conflict when another specialist was faster).
struct ConsultationRemote {
    std::function<Result<QList<ConsultationCase>>(const db::Enrolment&, const QString& specialty)> fetchInbox;
    std::function<Result<ConsultationRequest>(const db::Enrolment&, const QString& consultationId, const QString& specialist)> claim;
};

class ConsultationService {
public:
    explicit ConsultationService(Session& s, const Clock& clock = Clock::system()) : m_s(s), m_clock(clock) {}

    bool mayRequest() const { return allowed(m_s.role(), Permission::RequestConsultation); }
    bool mayAnswer() const { return allowed(m_s.role(), Permission::AnswerConsultation); }

    // --- BHU side ---
    Result<ConsultationDraft> draftRequest(const QString& visitId);
    Result<ConsultationRequest> sendRequest(const ConsultationDraft& d);
    Result<ConsultationPhoto> addPhoto(const QString& consultationId, const QImage& image, const QString& caption);
    Result<ConsultationPhoto> addPhotoFile(const QString& consultationId, const QString& path, const QString& caption);
    Result<QList<ConsultationListItem>> list(ConsultationFilter f = ConsultationFilter::All);
    Result<ConsultationMessage> reply(const QString& consultationId, const QString& text);
    // Each returns the visit as it is now (the draft, or the new signed version).
    Result<VisitRecord> adoptDiagnosis(const QString& consultationId, Diagnosis d);
    Result<VisitRecord> adoptPrescription(const QString& consultationId, Prescription p);
    Result<VisitRecord> adoptReferral(const QString& consultationId, Referral r);
    // A diagnosis / referral pre-filled from the answer, for the clinician to edit and adopt.
    Result<Diagnosis> suggestedDiagnosis(const QString& consultationId);
    Result<Referral> suggestedReferral(const QString& consultationId);
    Result<QList<ConsultationRequest>> newAnswersSince(const QDateTime& since);
    // Records the live call as a teleconsultation encounter: a signed visit of class VR, part of
    // the visit the request was asked from, by this clinician (audit `consultation.call`). Only
    // once a specialist has the case (claimed, question or answer). Needs RecordVisit too.
    Result<Visit> logCall(const QString& consultationId, const ConsultationCallLog& call);

    // --- specialist side ---
    Result<QList<ConsultationListItem>> inbox(const QString& specialty, const ConsultationRemote& remote);
    // The cached inbox without asking the registry (offline view).
    Result<QList<ConsultationListItem>> cachedInbox(const QString& specialty);
    Result<ConsultationRequest> claim(const QString& consultationId, const ConsultationRemote& remote);
    // Whether this install holds the photo already (the inbox does not fetch its bytes again).
    bool holdsPhoto(const QString& photoId);
    Result<ConsultationMessage> answer(const QString& consultationId, ConsultationMessage answer);
    Result<ConsultationMessage> askFollowUp(const QString& consultationId, const QString& question);

    // --- both ---
    Result<ConsultationCase> open(const QString& consultationId);              // audited view
    Result<QList<ConsultationCase>> forPatient(const QString& patientId);      // history; audited
    Result<QList<ConsultationCase>> forVisit(const QString& visitId);          // the visit screen; audited
    Result<ConsultationNote> note(const QString& consultationId);              // audited (print)

private:
    Status mayRead(const ConsultationRequest& r) const;
    Result<ConsultationCase> load(const ConsultationRequest& r, bool withData);
    Result<VisitRecord> adopt(const QString& consultationId, const std::function<void(VisitRecord&, const ConsultationRequest&)>& add,
                              const char* what);
    Result<ConsultationPhoto> storePhoto(const QString& consultationId, Result<CompressedPhoto> photo, const QString& caption);
    Result<QList<ConsultationListItem>> items(const QList<ConsultationRequest>& list, bool withPatient);
    Session& m_s;
    const Clock& m_clock;
};

} // namespace bhu::services
