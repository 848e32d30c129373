#pragma once
// The sync_state row: enrolment with the registry, the pull cursor and the last results.
// The credential lives only here, inside the encrypted database, and is never logged.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QDateTime>
#include <QJsonObject>

namespace bhu::db {

struct Enrolment {
    QString registryUrl;      // the FHIR base, e.g. https://registry.example/fhir
    QString deviceId, deviceName, credential;
    QString pinSha256;        // hex SHA-256 of the leaf certificate, or empty
    QByteArray caPem;         // the CA given at enrolment, or empty
    QString facilityCode;
    int facilityNumber = 0;
    QDateTime enrolledAt;
    bool isEnrolled() const { return !registryUrl.isEmpty() && !credential.isEmpty(); }
};

struct SyncStatus {
    QString cursor;
    QDateTime lastAttemptAt, lastSuccessAt;
    QString lastError;
    QJsonObject lastReport;   // counts only (SyncReport::toJson)
    qint64 bytesSent = 0, bytesReceived = 0;
};

class SyncStateStore {
public:
    explicit SyncStateStore(Connection& c) : m_c(c) {}

    Result<Enrolment> enrolment();
    // Stores a new enrolment (replacing any earlier one: the cursor starts again) and, while
    // no provisional MR number has been issued yet, the facility number from the registry.
    Status saveEnrolment(const Enrolment& e, const Actor& who);

    Result<SyncStatus> status();
    Result<QString> cursor();
    // Only inside the transaction that applied the page (SyncApply::applyPage does it).
    Status setCursorWithin(const QString& cursor);
    // Forget the cursor (410): the next pull starts from the beginning.
    Status resetCursor();

    // The request id of an MR-block request whose block is not stored yet: a lost answer is
    // asked again under the same id, and the registry returns the same block (idempotent).
    Result<QString> pendingMrRequest();
    Status setPendingMrRequest(const QString& requestId);   // empty clears it

    Status recordAttempt(const QDateTime& at);
    // The end of a sync run: the report, the error (empty on success) and the bytes moved.
    Status recordResult(const QDateTime& at, const QJsonObject& report, const QString& error, qint64 sent, qint64 received);

private:
    Connection& m_c;
};

} // namespace bhu::db
