#pragma once
// One HTTP request to the registry (as Nextcloud's AbstractNetworkJob): its own timeout,
// X-Request-ID, gzip in both directions, Bearer credential and certificate pinning, and a
// clear error. run() waits in a local event loop on the calling thread — the sync worker
// thread in the app, the test thread in tests; never call it on the GUI thread.
//
// Outcomes:
//   - transport failure (refused, DNS, TLS, cut mid-body, timeout): an Error, detail "net:…";
//   - cancel (abort()): ErrorCode::Cancelled;
//   - any HTTP status: a RegistryResponse (the caller decides what 4xx/5xx mean).
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace bhu::sync {

struct TlsPolicy {
    QString pinSha256;   // hex SHA-256 of the leaf certificate (DER); checked when no CA is given
    QByteArray caPem;    // the only CA trusted for the registry, when given
};

struct JobRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;          // JSON; gzip-compressed on the wire when larger than 1 KiB
    QString credential;       // Bearer; empty for $enroll
    QString requestId;        // generated when empty
    int timeoutMs = 60000;
    TlsPolicy tls;
    QList<QPair<QByteArray, QByteArray>> headers;   // extra headers (X-BHU-User, X-BHU-Reason)
};

struct RegistryResponse {
    int status = 0;
    QByteArray body;          // decompressed
    QString requestId;
    qint64 bytesSent = 0, bytesReceived = 0;   // on the wire (compressed)
    QString peerSha256;       // the leaf certificate seen (https only)
    QByteArray etag;          // the ETag header, if any
};

class RegistryJob : public QObject {
    Q_OBJECT
public:
    RegistryJob(QNetworkAccessManager* nam, JobRequest request, QObject* parent = nullptr);
    ~RegistryJob() override;
    // Sends the request without waiting (run() then waits for the answer): the caller can work
    // while the registry answers. run() calls it when it was not called.
    void start();
    Result<RegistryResponse> run();
    void abort();   // from the job's thread; run() then returns Cancelled

    static constexpr int kGzipThreshold = 1024;

private:
    void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors);
    void onEncrypted(QNetworkReply* reply);
    QNetworkAccessManager* m_nam;
    JobRequest m_req;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    qint64 m_bytesSent = 0;
    bool m_started = false, m_timedOut = false, m_cancelled = false, m_pinMismatch = false;
    QString m_peerSha256;
};

} // namespace bhu::sync
