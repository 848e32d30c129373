#pragma once
// The registry's operations (docs/sync-protocol.md) over RegistryJob: $enroll, $mr-block,
// transaction push and the $changes feed. A non-2xx answer becomes an Error whose message is
// the OperationOutcome made readable and whose detail is "http <status> <issue code>", so the
// engine can tell "retry later" (transient) from "stop and tell someone".
#include "bhu/sync/RegistryJob.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace bhu::sync {

struct EnrolAnswer {
    QString deviceId, credential, facilityCode, facilityName;
    int facilityNumber = 0;
    QString peerSha256;
};

struct MrBlock {
    QString blockId;
    QStringList numbers;   // 12 digits each, check digit computed here
};

struct Exchange {          // an answered request: its JSON and the bytes moved
    QJsonObject json;
    qint64 bytesSent = 0, bytesReceived = 0;
    QString peerSha256;
};

struct ManifestAnswer {   // GET $update-manifest
    enum class Kind { Manifest, Unchanged, None } kind = Kind::None;   // 200, 304, 404
    QByteArray bytes;        // the signed manifest as served (Manifest)
    QByteArray etag;
};

struct RegistryEndpoint {
    QUrl base;             // …/fhir
    QString credential;
    TlsPolicy tls;
    int timeoutMs = 60000;
};

class RegistryClient {
public:
    RegistryClient(QNetworkAccessManager* nam, RegistryEndpoint endpoint) : m_nam(nam), m_ep(std::move(endpoint)) {}
    ~RegistryClient();

    Result<EnrolAnswer> enroll(const QString& token, const QString& deviceName);
    Result<MrBlock> mrBlock(int count, const QString& requestId, Exchange* stats = nullptr);
    Result<Exchange> push(const QJsonObject& bundle, const QString& requestId);
    // session: the sync session this run's pushes named; their changes are left out.
    Result<Exchange> changes(const QString& cursor, int count, const QString& session = QString());
    // Sends that $changes request now; the next changes() with the same arguments waits for its
    // answer instead of asking again. The pull asks for page N+1 while it applies page N.
    void prefetchChanges(const QString& cursor, int count, const QString& session = QString());
    // POST [base]/$<name> with a Parameters body (audit sync: "audit-append").
    Result<Exchange> operation(const QString& name, const QJsonObject& parameters, const QString& requestId);
    // "History anywhere" (docs/sync-protocol.md, Read and search): who asks and why travel as
    // X-BHU-User / X-BHU-Reason (percent-encoded) and are audited by the registry.
    Result<Exchange> searchPatient(const QString& systemUri, const QString& value, const QString& user, const QString& reason);
    Result<Exchange> everything(const QString& patientId, const QString& user, const QString& reason);
    // The signed release manifest the registry announces (docs/sync-protocol.md, "Update
    // manifest"); `etag`: the one last seen, sent as If-None-Match.
    Result<ManifestAnswer> updateManifest(const QByteArray& etag);
    // Other operations (the review queue): `path` relative to the base, with its query string.
    Result<Exchange> get(const QString& path) { return call("GET", path, {}, QString(), true); }
    Result<Exchange> post(const QString& path, const QJsonObject& body) { return call("POST", path, body, QString(), true); }
    // POST of raw bytes (a photo chunk, Binary/$chunk): `path` relative to the base, with its query.
    Result<Exchange> postBytes(const QString& path, const QByteArray& bytes);

    // Aborts the request in flight (call on the client's thread).
    void abort();
    // Called with every job before it runs (progress, tests).
    void setByteCounter(std::function<void(qint64 sent, qint64 received)> f) { m_counter = std::move(f); }

    // Classification of an Error from this client.
    static int httpStatus(const Error& e);          // 0 for a transport error
    static bool isTransient(const Error& e);        // network, timeout, 5xx, 429: retry with backoff
    static QString outcomeText(const QJsonObject& operationOutcome);   // "code: diagnostics; …"

private:
    Result<Exchange> call(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& requestId, bool auth,
                          const QList<QPair<QByteArray, QByteArray>>& headers = {});
    JobRequest request(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& requestId, bool auth) const;
    Result<Exchange> finish(RegistryJob& job);
    QNetworkAccessManager* m_nam;
    RegistryEndpoint m_ep;
    QPointer<RegistryJob> m_current;
    std::function<void(qint64, qint64)> m_counter;
    std::unique_ptr<RegistryJob> m_ahead;   // a prefetched $changes request and its path
    QString m_aheadPath;
};

} // namespace bhu::sync
