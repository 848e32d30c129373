#include "bhu/sync/RegistryClient.h"

#include "bhu/domain/MrNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::RegistryClient", s); }

QJsonObject parameters(const QList<QPair<QString, QJsonValue>>& params)
{
    QJsonArray list;
    for (const auto& [name, v] : params) {
        QJsonObject p{{QStringLiteral("name"), name}};
        p.insert(v.isDouble() ? QStringLiteral("valueInteger") : QStringLiteral("valueString"), v);
        list.append(p);
    }
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), list}};
}

QJsonValue parameter(const QJsonObject& params, const QString& name)
{
    for (const QJsonValue p : params.value(u"parameter").toArray()) {
        if (p[u"name"].toString() != name) continue;
        const QJsonObject o = p.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().startsWith(u"value")) return it.value();
    }
    return {};
}

QString statusMessage(int status)
{
    switch (status) {
    case 401: return tr("The registry did not accept this clinic's credentials. Ask the administrator to enrol the clinic again.");
    case 403: return tr("The registry refused access to these records.");
    case 410: return tr("The registry asked for a full resynchronisation.");
    case 413: return tr("The registry refused a batch as too large.");
    case 429: return tr("The registry is busy. The clinic will try again later.");
    default: break;
    }
    if (status >= 500) return tr("The registry had a problem (HTTP %1). The clinic keeps working; it will try again.").arg(status);
    return tr("The registry refused the request (HTTP %1).").arg(status);
}
} // namespace

QString RegistryClient::outcomeText(const QJsonObject& oo)
{
    QStringList parts;
    for (const QJsonValue i : oo.value(u"issue").toArray()) {
        const QString code = i[u"code"].toString();
        const QString diag = i[u"diagnostics"].toString();
        parts.append(diag.isEmpty() ? code : code + QStringLiteral(": ") + diag);
    }
    return parts.join(QStringLiteral("; "));
}

int RegistryClient::httpStatus(const Error& e)
{
    if (!e.detail.startsWith(u"http ")) return 0;
    return e.detail.mid(5, 3).toInt();
}

bool RegistryClient::isTransient(const Error& e)
{
    if (e.detail.startsWith(u"net:")) return !e.detail.startsWith(u"net:pin") && !e.detail.startsWith(u"net:tls") && e.code != ErrorCode::Cancelled;
    const int s = httpStatus(e);
    return s >= 500 || s == 429 || s == 408 || (s == 0 && e.code == ErrorCode::Invalid);   // a damaged answer: try again
}

RegistryClient::~RegistryClient() = default;

void RegistryClient::abort()
{
    if (m_current) m_current->abort();
    if (m_ahead) m_ahead->abort();
}

Result<Exchange> RegistryClient::call(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& requestId, bool auth,
                                      const QList<QPair<QByteArray, QByteArray>>& headers)
{
    JobRequest rq = request(method, path, body, requestId, auth);
    rq.headers = headers;
    RegistryJob job(m_nam, rq);
    return finish(job);
}

Result<Exchange> RegistryClient::postBytes(const QString& path, const QByteArray& bytes)
{
    JobRequest rq = request("POST", path, {}, QString(), true);
    rq.body = bytes;
    RegistryJob job(m_nam, rq);
    return finish(job);
}

Result<QByteArray> RegistryClient::getBytes(const QString& path)
{
    RegistryJob job(m_nam, request("GET", path, {}, QString(), true));
    m_current = &job;
    auto r = job.run();
    m_current = nullptr;
    if (!r.ok()) return r.error();
    if (m_counter) m_counter(r->bytesSent, r->bytesReceived);
    const int s = r->status;
    if (s >= 200 && s < 300) return r->body;
    QString msg = statusMessage(s);
    const QJsonDocument doc = QJsonDocument::fromJson(r->body);
    if (doc.isObject() && doc.object().value(u"resourceType").toString() == u"OperationOutcome") {
        const QString text = outcomeText(doc.object());
        if (!text.isEmpty()) msg += QStringLiteral(" — ") + text;
    }
    return Error::make(s == 401 || s == 403 ? ErrorCode::Forbidden : s == 404 ? ErrorCode::NotFound : ErrorCode::Failed, msg,
                       QStringLiteral("http %1 (request %2)").arg(s).arg(r->requestId));
}

JobRequest RegistryClient::request(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& requestId, bool auth) const
{
    JobRequest rq;
    rq.method = method;
    QString base = m_ep.base.toString();
    while (base.endsWith(u'/')) base.chop(1);
    rq.url = QUrl(path.isEmpty() ? base : base + QLatin1Char('/') + path);
    if (!body.isEmpty()) rq.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    rq.credential = auth ? m_ep.credential : QString();
    rq.requestId = requestId;
    rq.timeoutMs = m_ep.timeoutMs;
    rq.tls = m_ep.tls;
    return rq;
}

Result<Exchange> RegistryClient::finish(RegistryJob& job)
{
    m_current = &job;
    auto r = job.run();
    m_current = nullptr;
    if (!r.ok()) return r.error();
    if (m_counter) m_counter(r->bytesSent, r->bytesReceived);
    Exchange ex{{}, r->bytesSent, r->bytesReceived, r->peerSha256};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
    const int s = r->status;
    if (s < 200 || s >= 300) {
        QString msg = statusMessage(s);
        QString code;
        if (doc.isObject() && doc.object().value(u"resourceType").toString() == u"OperationOutcome") {
            const QString text = outcomeText(doc.object());
            const QJsonArray issues = doc.object().value(u"issue").toArray();
            if (!issues.isEmpty()) code = issues.first()[u"code"].toString();
            if (!text.isEmpty()) msg += QStringLiteral(" — ") + text;
        }
        return Error::make(s == 401 || s == 403 ? ErrorCode::Forbidden : s == 404 || s == 410 ? ErrorCode::NotFound : ErrorCode::Failed,
                           msg, QStringLiteral("http %1 %2 (request %3)").arg(s).arg(code, r->requestId));
    }
    if (!doc.isObject())
        return Error::make(ErrorCode::Invalid, tr("The registry sent an answer that could not be read. The clinic will try again."),
                           QStringLiteral("bad json: ") + pe.errorString() + QStringLiteral(" (request ") + r->requestId + QLatin1Char(')'));
    ex.json = doc.object();
    return ex;
}

Result<EnrolAnswer> RegistryClient::enroll(const QString& token, const QString& deviceName)
{
    auto r = call("POST", QStringLiteral("$enroll"),
                  parameters({{QStringLiteral("token"), token}, {QStringLiteral("deviceName"), deviceName}}), QString(), false);
    if (!r.ok()) {
        if (httpStatus(r.error()) == 401)
            return Error::make(ErrorCode::Forbidden, tr("The enrolment token is unknown, expired or already used. Ask the registry operator for a new one."),
                               r.error().detail);
        return r.error();
    }
    EnrolAnswer a;
    a.deviceId = parameter(r->json, QStringLiteral("deviceId")).toString();
    a.credential = parameter(r->json, QStringLiteral("credential")).toString();
    a.facilityCode = parameter(r->json, QStringLiteral("facilityCode")).toString();
    a.facilityName = parameter(r->json, QStringLiteral("facilityName")).toString();
    a.facilityNumber = parameter(r->json, QStringLiteral("facilityNumber")).toInt();
    a.peerSha256 = r->peerSha256;
    if (a.deviceId.isEmpty() || a.credential.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The registry's enrolment answer is incomplete. Nothing was saved."), QStringLiteral("enroll: missing parameter"));
    return a;
}

Result<MrBlock> RegistryClient::mrBlock(int count, const QString& requestId, Exchange* stats)
{
    auto r = call("POST", QStringLiteral("$mr-block"), parameters({{QStringLiteral("count"), count}}), requestId, true);
    if (!r.ok()) return r.error();
    if (stats) *stats = r.value();
    MrBlock b;
    b.blockId = parameter(r->json, QStringLiteral("blockId")).toString();
    const qint64 first = parameter(r->json, QStringLiteral("firstPayload")).toString().toLongLong();
    const int n = parameter(r->json, QStringLiteral("count")).toInt();
    if (b.blockId.isEmpty() || first <= 0 || n <= 0 || n > 100000)
        return Error::make(ErrorCode::Invalid, tr("The registry sent an invalid MR number block."), QStringLiteral("mr-block: bad parameters"));
    for (int i = 0; i < n; ++i) {
        auto mr = MrNumber::fromPayload(first + i);
        if (!mr.ok()) return Error::make(ErrorCode::Invalid, tr("The registry sent an invalid MR number block."), mr.error().detail);
        b.numbers.append(mr->digits());
    }
    return b;
}

Result<Exchange> RegistryClient::push(const QJsonObject& bundle, const QString& requestId)
{
    return call("POST", QString(), bundle, requestId, true);
}

Result<Exchange> RegistryClient::operation(const QString& name, const QJsonObject& parameters, const QString& requestId)
{
    return call("POST", u'$' + name, parameters, requestId, true);
}

namespace {
QString changesPath(const QString& cursor, int count, const QString& session)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    q.addQueryItem(QStringLiteral("_count"), QString::number(count));
    if (!session.isEmpty()) q.addQueryItem(QStringLiteral("session"), session);
    return QStringLiteral("$changes?") + q.toString(QUrl::FullyEncoded);
}
} // namespace

Result<Exchange> RegistryClient::changes(const QString& cursor, int count, const QString& session)
{
    const QString path = changesPath(cursor, count, session);
    if (m_ahead && m_aheadPath == path) {
        const std::unique_ptr<RegistryJob> job = std::move(m_ahead);
        return finish(*job);
    }
    m_ahead.reset();
    return call("GET", path, {}, QString(), true);
}

void RegistryClient::prefetchChanges(const QString& cursor, int count, const QString& session)
{
    m_aheadPath = changesPath(cursor, count, session);
    m_ahead = std::make_unique<RegistryJob>(m_nam, request("GET", m_aheadPath, {}, QString(), true));
    m_ahead->start();
}

namespace {
QList<QPair<QByteArray, QByteArray>> accessHeaders(const QString& user, const QString& reason)
{
    return {{QByteArrayLiteral("X-BHU-User"), user.toUtf8().toPercentEncoding()},
            {QByteArrayLiteral("X-BHU-Reason"), reason.toUtf8().toPercentEncoding()}};
}
} // namespace

Result<Exchange> RegistryClient::searchPatient(const QString& systemUri, const QString& value, const QString& user, const QString& reason)
{
    const QString query = QString::fromLatin1(QUrl::toPercentEncoding(systemUri + QLatin1Char('|') + value));
    return call("GET", QStringLiteral("Patient?identifier=") + query, {}, QString(), true, accessHeaders(user, reason));
}

Result<Exchange> RegistryClient::everything(const QString& patientId, const QString& user, const QString& reason)
{
    return call("GET", QStringLiteral("Patient/%1/$everything").arg(patientId), {}, QString(), true, accessHeaders(user, reason));
}

} // namespace bhu::sync

namespace bhu::sync {

Result<ManifestAnswer> RegistryClient::updateManifest(const QByteArray& etag)
{
    JobRequest rq = request("GET", QStringLiteral("$update-manifest"), {}, QString(), true);
    if (!etag.isEmpty()) rq.headers.append({QByteArrayLiteral("If-None-Match"), etag});
    RegistryJob job(m_nam, rq);
    m_current = &job;
    auto r = job.run();
    m_current = nullptr;
    if (!r.ok()) return r.error();
    if (m_counter) m_counter(r->bytesSent, r->bytesReceived);
    ManifestAnswer a;
    a.etag = r->etag;
    if (r->status == 304) {
        a.kind = ManifestAnswer::Kind::Unchanged;
        a.etag = etag;
    } else if (r->status == 404) {
        a.kind = ManifestAnswer::Kind::None;   // nothing announced (or a registry without the operation)
    } else if (r->status == 200) {
        a.kind = ManifestAnswer::Kind::Manifest;
        a.bytes = r->body;
    } else {
        return Error::make(ErrorCode::Failed, statusMessage(r->status), QStringLiteral("http %1 (request %2)").arg(r->status).arg(r->requestId));
    }
    return a;
}

} // namespace bhu::sync
