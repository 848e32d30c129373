#pragma once
// Plain data exchanged between the sync engine (bhu::sync) and the store's sync classes
// (SyncQueue, SyncApply, SyncStateStore). Domain types only: FHIR stays in bhu::sync.
#include "bhu/domain/Consultation.h"
#include "bhu/domain/Household.h"
#include "bhu/domain/Immunisation.h"
#include "bhu/domain/Maternal.h"
#include "bhu/domain/Patient.h"
#include "bhu/domain/VisitRecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <cstdint>
#include <optional>

namespace bhu::db {

// One outbox entry claimed for upload.
struct OutboxItem {
    qint64 seq = 0;
    QString id;             // outbox entry id
    QString resourceType;   // Patient, Encounter, Observation (a VitalSigns record), Condition, MedicationRequest, ServiceRequest
    QString resourceId;
    int resourceVersion = 0;
    QString op;             // upsert | delete
    int attempts = 0;       // including this one
};

// A claimed batch and what is needed to build its FHIR resources.
struct ClaimedBatch {
    QString requestId;                        // X-Request-ID of the push; stored on every entry
    QList<OutboxItem> items;                  // outbox order
    QHash<QString, Patient> patients;         // by patient id
    QHash<QString, qint64> patientBase;       // server version the local edit is based on (ifMatch)
    QHash<QString, VisitRecord> visits;       // by visit id: every visit an entry needs
    QHash<QString, QString> visitOfFact;      // fact id → visit id
    QHash<QString, QString> missing;          // outbox id → why its record could not be loaded
    QHash<QString, Immunisation> immunisations;   // by dose id (docs/community.md)
    QHash<QString, HouseholdRecord> households;   // by household id: with every membership (FHIR Group)
    QHash<QString, Pregnancy> pregnancies;        // by pregnancy id (EpisodeOfCare)
    QHash<QString, MchContact> mchContacts;       // by contact id (an Encounter typed mch-contact)
    QHash<QString, ConsultationRequest> consultations;          // by request id (CommunicationRequest)
    QHash<QString, ConsultationMessage> consultationMessages;   // by message id (Communication)
    QHash<QString, ConsultationPhoto> consultationPhotos;       // by photo id (Binary entry → its Communication; no bytes)
    QHash<QString, QString> patientOfPhoto;                     // photo id → patient id
};

// What the registry said about one outbox entry.
struct EntryOutcome {
    enum class Kind { Acknowledged, Rejected };
    QString outboxId;
    QString resourceType, resourceId;
    Kind kind = Kind::Acknowledged;
    qint64 serverVersion = 0;   // from the etag; 0 when not given
    QString reason;             // rejected: the OperationOutcome text (no patient data)
};

// A merge conflict the registry reported with a Patient version.
struct MergeConflict {
    QString field, losingValue, facility;
};

// A Patient received from the registry (pull, or a push response that changed it).
struct PulledPatient {
    Patient patient;
    qint64 serverVersion = 0;
    QList<MergeConflict> conflicts;
    QString replacedBy;   // a merge: the surviving patient's id
};

// A clinical record received from the registry: a visit and/or facts of one visit.
struct PulledClinical {
    std::optional<Visit> visit;      // an Encounter
    QString visitId, patientId;      // the visit the facts belong to
    std::optional<VitalSigns> vitals;
    QList<Diagnosis> diagnoses;
    QList<Prescription> prescriptions;
    QList<Referral> referrals;
    std::optional<Immunisation> immunisation;   // an Immunization (not tied to a visit)
    std::optional<HouseholdRecord> household;   // a Group
    std::optional<Pregnancy> pregnancy;         // an EpisodeOfCare
    std::optional<MchContact> mchContact;       // an Encounter typed mch-contact
    std::optional<ConsultationRequest> consultation;          // a CommunicationRequest (docs/telemedicine.md)
    std::optional<ConsultationMessage> consultationMessage;   // a Communication: answer, question or reply
    QString resourceType, resourceId;  // for issues
    qint64 serverVersion = 0;
};

// A pulled resource that could not be read: recorded under Needs attention.
struct PulledInvalid {
    QString resourceType, resourceId, reason;
};

// A record withdrawn at another facility (a DELETE entry of the change feed).
struct PulledTombstone {
    QString resourceType, resourceId;
    qint64 serverVersion = 0;
};

// A reference list published by the registry operator (a Binary, text/csv, of the feed;
// docs/sync-protocol.md, "Reference data"). The CSV is checked when it is applied.
struct PulledReferenceList {
    QString list;          // "medicines", "icd10", "complaints", "epi-schedule"
    QString resourceId;    // the Binary id (bhu::referenceListId(list))
    qint64 version = 0;
    QByteArray csv;
    QString publishedAt;   // meta.lastUpdated
};

struct PulledPage {
    QList<PulledPatient> patients;
    QList<PulledClinical> clinical;
    QList<PulledTombstone> tombstones;   // applied after the records of the page
    QList<PulledReferenceList> referenceLists;
    QList<PulledInvalid> invalid;
    QString cursor;   // stored in the same transaction
};

struct ApplyCounts {
    int applied = 0;     // new or changed local records
    int unchanged = 0;   // already held (replays, our own changes coming back)
    int keptLocal = 0;   // a local unsent edit was kept; only the server version was recorded
    int conflicts = 0;   // merge conflicts recorded
    int invalid = 0;     // resources recorded under Needs attention
    int referenceLists = 0;   // national reference lists stored (newer versions)
};

struct SyncIssue {
    QString id, kind, resourceType, resourceId, outboxId, reason, field, detail;
    QDateTime createdAt;
};

} // namespace bhu::db
