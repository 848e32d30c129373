#include "bhu/sync/RegistryJob.h"

#include "bhu/sync/Gzip.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

namespace bhu::sync {

namespace {
QString sha256Hex(const QSslCertificate& c) { return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex()); }
} // namespace

RegistryJob::RegistryJob(QNetworkAccessManager* nam, JobRequest request, QObject* parent)
    : QObject(parent), m_nam(nam), m_req(std::move(request))
{
    if (m_req.requestId.isEmpty()) m_req.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void RegistryJob::abort()
{
    m_cancelled = true;
    if (m_reply) m_reply->abort();
}

void RegistryJob::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
{
    // A registry certificate that does not chain to a public CA is accepted only when it is
    // exactly the one pinned at enrolment.
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (!m_req.tls.pinSha256.isEmpty() && !leaf.isNull() && sha256Hex(leaf) == m_req.tls.pinSha256) reply->ignoreSslErrors(errors);
}

void RegistryJob::onEncrypted(QNetworkReply* reply)
{
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    m_peerSha256 = leaf.isNull() ? QString() : sha256Hex(leaf);
    if (m_req.tls.caPem.isEmpty() && !m_req.tls.pinSha256.isEmpty() && m_peerSha256 != m_req.tls.pinSha256) {
        m_pinMismatch = true;
        reply->abort();
    }
}

RegistryJob::~RegistryJob()
{
    if (m_reply) {   // started and never waited for
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RegistryJob::start()
{
    if (m_started) return;
    m_started = true;
    QNetworkRequest rq(m_req.url);
    rq.setRawHeader("X-Request-ID", m_req.requestId.toLatin1());
    rq.setRawHeader("Accept", "application/fhir+json");
    rq.setRawHeader("Accept-Encoding", "gzip");   // set by us: Qt leaves the body compressed, we inflate it
    if (!m_req.credential.isEmpty()) rq.setRawHeader("Authorization", "Bearer " + m_req.credential.toLatin1());
    for (const auto& [name, value] : m_req.headers) rq.setRawHeader(name, value);
    rq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_req.url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_req.tls.caPem.isEmpty()) tls.setCaCertificates(QSslCertificate::fromData(m_req.tls.caPem, QSsl::Pem));
        rq.setSslConfiguration(tls);
    }
    QByteArray body = m_req.body;
    if (!body.isEmpty()) {
        rq.setRawHeader("Content-Type", "application/fhir+json");
        if (body.size() > kGzipThreshold) {
            body = gzipCompress(body);
            rq.setRawHeader("Content-Encoding", "gzip");
        }
    }

    m_bytesSent = body.size();
    m_timer.setSingleShot(true);
    m_reply = m_nam->sendCustomRequest(rq, m_req.method, body);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& e) { onSslErrors(reply, e); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { onEncrypted(reply); });
    connect(&m_timer, &QTimer::timeout, this, [this, reply] {
        m_timedOut = true;
        reply->abort();
    });
    m_timer.start(m_req.timeoutMs);
}

Result<RegistryResponse> RegistryJob::run()
{
    start();
    RegistryResponse out;
    out.requestId = m_req.requestId;
    out.bytesSent = m_bytesSent;
    QEventLoop loop;
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!m_cancelled && !reply->isFinished()) loop.exec();
    m_timer.stop();
    // The loop can also end without an answer (the thread is quitting): treat it as a cancel.
    if (!reply->isFinished()) {
        m_cancelled = true;
        reply->abort();
    }

    const QByteArray raw = reply->readAll();
    out.bytesReceived = raw.size();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.peerSha256 = m_peerSha256;
    const QNetworkReply::NetworkError err = reply->error();
    const QString errText = reply->errorString();
    const bool gzipped = reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip";
    out.etag = reply->rawHeader("ETag").trimmed();
    reply->deleteLater();
    m_reply = nullptr;

    const QString where = QStringLiteral(" (request %1)").arg(m_req.requestId);
    if (m_cancelled) return Error::make(ErrorCode::Cancelled, tr("Synchronisation was cancelled."), QStringLiteral("net:cancelled"));
    if (m_timedOut)
        return Error::make(ErrorCode::Failed, tr("The registry did not answer in time. The clinic keeps working; it will try again."),
                           QStringLiteral("net:timeout") + where);
    if (m_pinMismatch)
        return Error::make(ErrorCode::Forbidden, tr("The registry's certificate changed — ask your administrator."),
                           QStringLiteral("net:pin") + where);
    // Transport errors are 1–199 (connection, TLS, proxy); HTTP statuses come as 2xx–4xx codes.
    const int code = static_cast<int>(err);
    if (err != QNetworkReply::NoError && code < 200) {
        if (err == QNetworkReply::SslHandshakeFailedError)
            return Error::make(ErrorCode::Forbidden,
                               m_req.tls.pinSha256.isEmpty()
                                   ? tr("The registry's certificate is not trusted. Enrol again with the registry's CA file (--ca).")
                                   : tr("The registry's certificate changed — ask your administrator."),
                               QStringLiteral("net:tls ") + errText + where);
        return Error::make(ErrorCode::Failed, tr("The registry could not be reached (%1). The clinic keeps working; it will try again.").arg(errText),
                           QStringLiteral("net:%1 ").arg(code) + errText + where);
    }
    if (out.status == 0)
        return Error::make(ErrorCode::Failed, tr("The registry could not be reached. The clinic keeps working; it will try again."),
                           QStringLiteral("net:nostatus ") + errText + where);
    if (gzipped && !raw.isEmpty()) {
        auto inflated = gzipDecompress(raw);
        if (!inflated.ok()) return inflated.error();
        out.body = inflated.value();
    } else {
        out.body = raw;
    }
    return out;
}

} // namespace bhu::sync
