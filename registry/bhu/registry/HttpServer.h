#pragma once
// The HTTP(S) front of the registry on cpp-httplib (docs/registry.md, "HTTP stack"): routes
// docs/sync-protocol.md's endpoints to the operations, authenticates, enforces the body limits
// (8 MiB on the wire, 32 MiB inflated), gzips answers, echoes X-Request-ID, logs one line per
// request without patient data.
#include "bhu/domain/Result.h"
#include "bhu/registry/Auth.h"
#include "bhu/registry/Db.h"

#include <QString>
#include <memory>

namespace bhu::registry {

struct ServerConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;                    // 0: any free port
    QString certFile, keyFile;       // both set: HTTPS
    bool allowHttp = false;          // plain HTTP (development, tests)
    int threads = 32;
    int keepAliveMaxCount = 100;
    int keepAliveTimeoutSeconds = 30;
    int readTimeoutSeconds = 60;     // slow 2G links upload big Bundles
    int writeTimeoutSeconds = 60;
    long long maxBodyBytes = 8LL << 20;          // on the wire (compressed)
    long long maxInflatedBodyBytes = 32LL << 20; // after gzip
    int cursorRetentionDays = 0;     // > 0: older pull cursors are answered 410 (full resync)
    int consultEscalateMinutes = 60; // urgent teleconsultations unanswered this long are escalated
    AuthPolicy auth;
    QString updateManifestFile;      // the signed release manifest served at $update-manifest; empty: none
};

class HttpServer {
public:
    HttpServer(Db& db, ServerConfig config);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds; returns the port (the chosen one when config.port is 0).
    Result<int> bind();
    // Serves until stop(); false if the server failed.
    bool run();
    void stop();   // thread-safe

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bhu::registry
