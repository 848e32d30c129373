#pragma once
// What one sync run did. Counts only — never patient data — so it can be logged, stored in
// sync_state.last_report and printed by `bhuctl sync`.
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace bhu::sync {

struct SyncReport {
    int pushed = 0;        // outbox entries the registry acknowledged
    int rejected = 0;      // outbox entries it refused (Needs attention)
    int pulled = 0;        // resources received from the change feed
    int applied = 0;       // of those, new or changed local records
    int conflicts = 0;     // merge conflicts recorded (Needs attention)
    int invalid = 0;       // pulled resources that could not be read (Needs attention)
    int deferred = 0;      // pulled resources of a type the clinic does not apply yet
    int mrReceived = 0;    // MR numbers added to the pool
    int referenceLists = 0;   // national reference lists stored (the app then reloads ReferenceData::current())
    bool resynced = false; // the registry asked for a full resync (410) and it was done
    int auditPushed = 0;   // audit entries the registry acknowledged (sync/AuditPush)
    bool auditRefused = false;   // the registry refused the audit trail as altered (error says what to do)
    bool updateRejected = false; // the registry's update manifest did not verify (refused, never shown)
    qint64 bytesSent = 0, bytesReceived = 0, durationMs = 0;
    qint64 pendingLeft = 0;   // outbox entries still pending or uploading afterwards

    bool ok = false;          // the run finished without an error
    bool cancelled = false;
    bool transient = false;   // the error will likely pass (network, registry busy): retry later
    QString error;            // translated, for people
    QString errorDetail;      // for logs: codes, request ids; no patient data

    // Everything pending was acknowledged: no error, nothing left, nothing refused this run
    // (audit trail included).
    bool complete() const { return ok && pendingLeft == 0 && rejected == 0 && !auditRefused; }
    QJsonObject toJson() const;
};

} // namespace bhu::sync

Q_DECLARE_METATYPE(bhu::sync::SyncReport)
