#include "bhu/registry/Auth.h"

#include "bhu/registry/Crypto.h"

namespace bhu::registry {

std::optional<Reply> throttled(pqxx::work& w, const AuthPolicy& p, const QString& address)
{
    const int failures = w.exec_params1("SELECT count(*) FROM auth_failures WHERE address = $1"
                                        " AND at > now() - make_interval(secs => $2)",
                                        s8(address), p.windowSeconds)[0].as<int>();
    if (failures < p.maxFailures) return std::nullopt;
    Reply r = outcomeReply(429, QStringLiteral("throttled"), QStringLiteral("Too many failed authentications; retry later."));
    r.retryAfterSeconds = p.windowSeconds;
    return r;
}

void recordAuthFailure(pqxx::work& w, const QString& address)
{
    w.exec_params("INSERT INTO auth_failures (address) VALUES ($1)", s8(address));
    // Keep the table small: failures older than a day no longer count for anything.
    w.exec_params("DELETE FROM auth_failures WHERE address = $1 AND at < now() - interval '1 day'", s8(address));
}

std::variant<Caller, Reply> authenticate(Db& db, const AuthPolicy& p, const QString& authorization,
                                         const QString& address, const QString& requestId)
{
    auto r = db.transact([&](pqxx::work& w) -> std::variant<Caller, Reply> {
        if (auto t = throttled(w, p, address)) return *t;
        const QString prefix = QStringLiteral("Bearer ");
        const QString credential = authorization.startsWith(prefix) ? authorization.mid(prefix.size()).trimmed() : QString();
        if (!credential.isEmpty()) {
            auto rows = w.exec_params(
                "SELECT d.id::text, f.id, f.code, f.number, d.may_review FROM devices d JOIN facilities f ON f.id = d.facility_id"
                " WHERE d.credential_sha256 = $1 AND d.revoked_at IS NULL",
                s8(sha256Hex(credential.toUtf8())));
            if (!rows.empty()) {
                Caller c;
                c.deviceId = q8(rows[0][0].as<std::string>());
                c.facilityId = rows[0][1].as<long long>();
                c.facilityCode = q8(rows[0][2].as<std::string>());
                c.facilityNumber = rows[0][3].as<int>();
                c.requestId = requestId;
                c.address = address;
                c.mayReview = rows[0][4].as<bool>();
                return c;
            }
        }
        recordAuthFailure(w, address);
        return outcomeReply(401, QStringLiteral("login"),
                            credential.isEmpty() ? QStringLiteral("Missing Bearer credential.")
                                                 : QStringLiteral("Unknown or revoked device credential."));
    });
    if (!r.ok()) return storageFailure(r.error());
    return std::move(r.value());
}

} // namespace bhu::registry
