#pragma once
// Device authentication (Bearer credential → its SHA-256 → a device that is not revoked) and the
// per-address rate limit on failed attempts (auth_failures), shared with $enroll.
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

#include <optional>
#include <variant>

namespace bhu::registry {

struct AuthPolicy {
    int maxFailures = 20;        // failed attempts per address within the window …
    int windowSeconds = 300;     // … before 429
};

// 429 with Retry-After when the address is over the limit, else nothing.
std::optional<Reply> throttled(pqxx::work& w, const AuthPolicy& p, const QString& address);
void recordAuthFailure(pqxx::work& w, const QString& address);

// A Caller, or the error reply (401 / 429 / 500).
std::variant<Caller, Reply> authenticate(Db& db, const AuthPolicy& p, const QString& authorization,
                                         const QString& address, const QString& requestId);

} // namespace bhu::registry
