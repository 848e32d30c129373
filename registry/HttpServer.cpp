#include "bhu/registry/HttpServer.h"

#include "bhu/registry/AuditOp.h"
#include "bhu/registry/Gzip.h"
#include "bhu/registry/MatchOp.h"
#include "bhu/registry/MpiOperations.h"
#include "bhu/registry/Operations.h"
#include "bhu/registry/UpdateManifestOp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>
#include <httplib.h>
#include <memory>
#include <sys/socket.h>

#include <cstdio>

namespace bhu::registry {

namespace {
constexpr int kListenBacklog = 1024;
}


namespace {
const char* const kFhirJson = "application/fhir+json";

QString header(const httplib::Request& req, const char* name)
{
    return QString::fromStdString(req.get_header_value(name));
}

QString requestIdOf(const httplib::Request& req)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QString given = header(req, "X-Request-ID");
    return re.match(given).hasMatch() ? given : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct BodyResult {
    QByteArray body;
    std::optional<Reply> error;
};
} // namespace

struct HttpServer::Impl {
    Db& db;
    ServerConfig cfg;
    std::unique_ptr<httplib::Server> server;

    Impl(Db& d, ServerConfig c) : db(d), cfg(std::move(c)) {}

    void send(const httplib::Request& req, httplib::Response& res, const Reply& r, const QString& rid, const Caller* caller,
              const QElapsedTimer& timer) const
    {
        QByteArray body = r.rawBody.isEmpty() ? QJsonDocument(r.body).toJson(QJsonDocument::Compact) : r.rawBody;
        res.status = r.status;
        res.set_header("X-Request-ID", rid.toStdString());
        if (r.retryAfterSeconds > 0) res.set_header("Retry-After", std::to_string(r.retryAfterSeconds));
        if (r.contentType.isEmpty() && body.size() > 1024 && header(req, "Accept-Encoding").contains(QStringLiteral("gzip"))) {
            const QByteArray z = gzipCompress(body);
            if (!z.isEmpty()) {
                body = z;
                res.set_header("Content-Encoding", "gzip");
            }
        }
        res.set_header("Vary", "Accept-Encoding");
        res.set_content(body.toStdString(), r.contentType.isEmpty() ? std::string(kFhirJson) : r.contentType.toStdString());
        // Method, path (ids only: the query string, which may hold a CNIC, is never logged), status.
        std::fprintf(stderr, "rid=%s device=%s %s %s status=%d ms=%lld\n", qPrintable(rid),
                     caller ? qPrintable(caller->deviceId) : "-", req.method.c_str(), req.path.substr(0, 120).c_str(), r.status,
                     static_cast<long long>(timer.elapsed()));
    }

    // Reads the body through cpp-httplib's content reader (which inflates gzip), capped.
    BodyResult readBody(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) const
    {
        BodyResult out;
        const QString encoding = header(req, "Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != u"gzip" && encoding != u"identity") {
            out.error = outcomeReply(415, QStringLiteral("not-supported"), QStringLiteral("Content-Encoding must be gzip or identity."));
            return out;
        }
        const QString type = header(req, "Content-Type");
        // Photo chunks are raw bytes (Binary/$chunk); everything else is FHIR JSON.
        const bool rawChunk = QString::fromStdString(req.path).endsWith(QStringLiteral("/Binary/$chunk"))
                              && type.startsWith(QStringLiteral("application/octet-stream"));
        if (!rawChunk && !type.isEmpty() && !type.startsWith(QStringLiteral("application/fhir+json")) && !type.startsWith(QStringLiteral("application/json"))) {
            out.error = outcomeReply(415, QStringLiteral("not-supported"), QStringLiteral("Content-Type must be application/fhir+json."));
            return out;
        }
        bool tooLarge = false;
        const long long cap = cfg.maxInflatedBodyBytes;
        const bool ok = reader([&](const char* data, size_t n) {
            if (out.body.size() + static_cast<long long>(n) > cap) {
                tooLarge = true;
                return false;
            }
            out.body.append(data, static_cast<qsizetype>(n));
            return true;
        });
        if (ok) return out;
        res.set_header("Connection", "close");   // the rest of the body was not read
        if (tooLarge || res.status == 413)
            out.error = outcomeReply(413, QStringLiteral("too-costly"),
                                     QStringLiteral("The body is over the limit (8 MiB sent, 32 MiB inflated)."));
        else if (res.status == 415)
            out.error = outcomeReply(415, QStringLiteral("not-supported"), QStringLiteral("The body encoding is not understood."));
        else
            out.error = outcomeReply(400, QStringLiteral("structure"), QStringLiteral("The body could not be read (bad gzip or cut short)."));
        return out;
    }

    // GET $update-manifest: the configured file byte for byte, with its ETag (issue #12;
    // registry/UpdateManifestOp.cpp). 404 `not-found` when nothing is announced.
    void updateManifestRoute(const httplib::Request& req, httplib::Response& res)
    {
        QElapsedTimer timer;
        timer.start();
        const QString rid = requestIdOf(req);
        auto who = authenticate(db, cfg.auth, header(req, "Authorization"), QString::fromStdString(req.remote_addr), rid);
        if (auto* refusal = std::get_if<Reply>(&who)) return send(req, res, *refusal, rid, nullptr, timer);
        const Caller& caller = std::get<Caller>(who);
        const ManifestReply m = updateManifest(cfg.updateManifestFile, header(req, "If-None-Match"));
        if (m.status == 404) return send(req, res, outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No update is announced.")), rid, &caller, timer);
        res.status = m.status;
        res.set_header("X-Request-ID", rid.toStdString());
        res.set_header("ETag", m.etag.toStdString());
        if (m.status == 200) res.set_content(m.bytes.toStdString(), "application/json");
        std::fprintf(stderr, "rid=%s device=%s GET /fhir/$update-manifest status=%d ms=%lld\n", qPrintable(rid), qPrintable(caller.deviceId),
                     m.status, static_cast<long long>(timer.elapsed()));
    }

    template <typename Op>
    void authenticated(const httplib::Request& req, httplib::Response& res, const QByteArray& body, Op&& op)
    {
        QElapsedTimer timer;
        timer.start();
        const QString rid = requestIdOf(req);
        auto who = authenticate(db, cfg.auth, header(req, "Authorization"), QString::fromStdString(req.remote_addr), rid);
        if (auto* refusal = std::get_if<Reply>(&who)) return send(req, res, *refusal, rid, nullptr, timer);
        Caller caller = std::get<Caller>(who);
        // Who works at the device and why (lookups, review decisions): percent-encoded UTF-8.
        caller.userName = QUrl::fromPercentEncoding(QByteArray::fromStdString(req.get_header_value("X-BHU-User"))).left(100);
        caller.reason = QUrl::fromPercentEncoding(QByteArray::fromStdString(req.get_header_value("X-BHU-Reason"))).left(500);
        send(req, res, op(caller, body), rid, &caller, timer);
    }

    void postRoute(const char* pattern, bool needsAuth,
                   std::function<Reply(const Caller&, const QByteArray&, const httplib::Request&)> op)
    {
        server->Post(pattern, [this, needsAuth, op](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            QElapsedTimer timer;
            timer.start();
            const QString rid = requestIdOf(req);
            BodyResult b = readBody(req, res, reader);
            if (b.error) return send(req, res, *b.error, rid, nullptr, timer);
            if (!needsAuth) return send(req, res, op(Caller{{}, 0, {}, 0, rid, QString::fromStdString(req.remote_addr), false, {}, {}}, b.body, req), rid, nullptr, timer);
            authenticated(req, res, b.body, [&](const Caller& c, const QByteArray& body) { return op(c, body, req); });
        });
    }

    void getRoute(const char* pattern, std::function<Reply(const Caller&, const httplib::Request&)> op)
    {
        server->Get(pattern, [this, op](const httplib::Request& req, httplib::Response& res) {
            authenticated(req, res, {}, [&](const Caller& c, const QByteArray&) { return op(c, req); });
        });
    }

    void routes()
    {
        postRoute(R"(/fhir/\$enroll)", false, [this](const Caller& c, const QByteArray& body, const httplib::Request&) {
            return enroll(db, cfg.auth, body, c.address, c.requestId);
        });
        postRoute(R"(/fhir/\$mr-block)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return mrBlock(db, c, body); });
        // Audit sync (issue #7; registry/AuditOp.cpp).
        postRoute(R"(/fhir/\$audit-append)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return auditAppend(db, c, body); });
        // The master patient index: review queue and unmerge (registry/ReviewOps.cpp).
        postRoute(R"(/fhir/\$review-decide)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return reviewDecide(db, c, body); });
        postRoute(R"(/fhir/\$unmerge)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return unmergeOp(db, c, body); });
        getRoute(R"(/fhir/\$review-queue/(\d+))", [this](const Caller& c, const httplib::Request& req) {
            return reviewPair(db, c, QString::fromStdString(req.matches[1]));
        });
        getRoute(R"(/fhir/\$review-queue)", [this](const Caller& c, const httplib::Request& req) {
            return reviewList(db, c, QString::fromStdString(req.get_param_value("status")),
                              QString::fromStdString(req.get_param_value("_count")), QString::fromStdString(req.get_param_value("_offset")));
        });
        // Teleconsultation photos in resumable chunks (registry/ChunkOp.cpp).
        postRoute(R"(/fhir/Binary/\$chunk)", true, [this](const Caller& c, const QByteArray& body, const httplib::Request& req) {
            auto p = [&req](const char* k) { return QString::fromStdString(req.get_param_value(k)); };
            return binaryChunk(db, c, p("id"), p("offset"), p("size"), p("sha256"), p("contentType"), body);
        });
        getRoute(R"(/fhir/Binary/\$chunk)", [this](const Caller& c, const httplib::Request& req) {
            return binaryOffset(db, c, QString::fromStdString(req.get_param_value("id")));
        });
        // A photo's bytes (registry/BinaryReadOp.cpp).
        getRoute(R"(/fhir/Binary/([0-9a-f-]{36}))", [this](const Caller& c, const httplib::Request& req) {
            return binaryRead(db, c, QString::fromStdString(req.matches[1]));
        });
        // Teleconsultation routing (registry/ConsultOps.cpp).
        getRoute(R"(/fhir/\$consult-inbox)", [this](const Caller& c, const httplib::Request& req) {
            const QString specialty = QString::fromStdString(req.get_param_value("specialty"));
            if (!specialty.isEmpty()) escalateConsults(db, cfg.consultEscalateMinutes, 0, specialty);
            return consultInbox(db, c, specialty);
        });
        postRoute(R"(/fhir/\$consult-claim)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return consultClaim(db, c, body); });
        postRoute(R"(/fhir/?)", true, [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return push(db, c, body); });
        postRoute(R"(/fhir/Patient/\$match)", true,
                  [this](const Caller& c, const QByteArray& body, const httplib::Request&) { return matchPatients(db, c, body); });
        server->Get(R"(/fhir/\$update-manifest)", [this](const httplib::Request& req, httplib::Response& res) { updateManifestRoute(req, res); });
        getRoute(R"(/fhir/\$changes)", [this](const Caller& c, const httplib::Request& req) {
            // The facility's own overdue urgent requests are escalated first, so this read brings them.
            escalateConsults(db, cfg.consultEscalateMinutes, c.facilityId, QString());
            return changes(db, c, QString::fromStdString(req.get_param_value("cursor")),
                           QString::fromStdString(req.get_param_value("_count")), QString::fromStdString(req.get_param_value("session")),
                           cfg.cursorRetentionDays);
        });
        getRoute(R"(/fhir/Patient/([^/]+)/\$everything)", [this](const Caller& c, const httplib::Request& req) {
            return everything(db, c, QString::fromStdString(req.matches[1]));
        });
        getRoute(R"(/fhir/Patient/([^/]+))", [this](const Caller& c, const httplib::Request& req) {
            return readPatient(db, c, QString::fromStdString(req.matches[1]));
        });
        getRoute(R"(/fhir/Patient)", [this](const Caller& c, const httplib::Request& req) {
            return searchPatients(db, c, QString::fromStdString(req.get_param_value("identifier")));
        });
        // Errors cpp-httplib raises itself (no route, body over the wire limit, …) get an
        // OperationOutcome too; answers that already have one are left alone.
        server->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return;
            const int status = res.status;
            const QString diag = status == 404 ? QStringLiteral("No such endpoint.") : QStringLiteral("The request was refused.");
            const Reply r = outcomeReply(status, issueCodeFor(status), diag);
            res.set_header("X-Request-ID", requestIdOf(req).toStdString());
            res.set_content(QJsonDocument(r.body).toJson(QJsonDocument::Compact).toStdString(), kFhirJson);
        });
        server->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
            res.status = 500;
            const Reply r = outcomeReply(500, QStringLiteral("exception"), QStringLiteral("Internal error."));
            res.set_content(QJsonDocument(r.body).toJson(QJsonDocument::Compact).toStdString(), kFhirJson);
        });
    }
};

HttpServer::HttpServer(Db& db, ServerConfig config) : d(std::make_unique<Impl>(db, std::move(config))) {}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::bind()
{
    const ServerConfig& c = d->cfg;
    if (!c.certFile.isEmpty() && !c.keyFile.isEmpty()) {
        auto tls = std::make_unique<httplib::SSLServer>(c.certFile.toLocal8Bit().constData(), c.keyFile.toLocal8Bit().constData());
        if (!tls->is_valid())
            return Error::make(ErrorCode::Invalid, QStringLiteral("The certificate or key could not be loaded."), QStringLiteral("tls"));
        d->server = std::move(tls);
    } else if (c.allowHttp) {
        d->server = std::make_unique<httplib::Server>();
    } else {
        return Error::make(ErrorCode::Invalid, QStringLiteral("Give --cert and --key, or --allow-http for plain HTTP (development only)."));
    }
    const int threads = std::max(1, c.threads);
    d->server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    d->server->set_tcp_nodelay(true);   // small answers ($match, reads) leave at once, not after a delayed ACK
    d->server->set_keep_alive_max_count(static_cast<size_t>(c.keepAliveMaxCount));
    d->server->set_keep_alive_timeout(c.keepAliveTimeoutSeconds);
    d->server->set_read_timeout(c.readTimeoutSeconds, 0);
    d->server->set_write_timeout(c.writeTimeoutSeconds, 0);
    d->server->set_payload_max_length(static_cast<size_t>(c.maxBodyBytes));
    d->routes();
    // cpp-httplib listens with a backlog of 5 (compiled into Debian's library): 200 clinics
    // connecting at once overflow the accept queue and some connections are reset. Keep the
    // listening socket to raise its backlog after bind (Linux applies a second listen()).
    auto listeningSocket = std::make_shared<int>(-1);
    d->server->set_socket_options([listeningSocket](int sock) {
        httplib::default_socket_options(sock);
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
        *listeningSocket = sock;
    });
    const std::string host = c.host.toStdString();
    int port = c.port;
    if (port == 0) port = d->server->bind_to_any_port(host);
    else if (!d->server->bind_to_port(host, port)) port = -1;
    if (port <= 0)
        return Error::make(ErrorCode::Failed, QStringLiteral("Could not listen on %1:%2.").arg(c.host).arg(c.port), QStringLiteral("bind"));
    if (*listeningSocket >= 0) ::listen(*listeningSocket, kListenBacklog);
    return port;
}

bool HttpServer::run()
{
    return d->server && d->server->listen_after_bind();
}

void HttpServer::stop()
{
    if (d->server) d->server->stop();
}

} // namespace bhu::registry
