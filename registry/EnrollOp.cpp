// POST [base]/$enroll: spends a one-time enrolment token, creates the device and returns its
// credential (shown once; only its SHA-256 is kept).
#include "bhu/registry/Crypto.h"
#include "bhu/registry/Operations.h"

#include <QJsonArray>
#include <QUuid>
#include <cstdio>

namespace bhu::registry {

Reply enroll(Db& db, const AuthPolicy& policy, const QByteArray& body, const QString& address, const QString& requestId)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject params = std::get<QJsonObject>(parsed);
    if (params.value(u"resourceType").toString() != u"Parameters")
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("$enroll expects a Parameters resource."));
    const QString token = parameterValue(params, u"token", u"valueString").toString();
    const QString deviceName = parameterValue(params, u"deviceName", u"valueString").toString().left(200);
    if (token.isEmpty()) return outcomeReply(400, QStringLiteral("required"), QStringLiteral("Parameter token is missing."));

    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString credential = randomToken(32);
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        if (auto t = throttled(w, policy, address)) return *t;
        auto rows = w.exec_params(
            "UPDATE enrolment_tokens SET used_at = now(), device_id = $2"
            " WHERE token_sha256 = $1 AND used_at IS NULL AND expires_at > now() RETURNING facility_id",
            s8(sha256Hex(token.toUtf8())), s8(deviceId));
        if (rows.empty()) {
            recordAuthFailure(w, address);
            return outcomeReply(401, QStringLiteral("login"), QStringLiteral("Unknown, used or expired enrolment token."));
        }
        const long long facilityId = rows[0][0].as<long long>();
        w.exec_params("INSERT INTO devices (id, facility_id, name, credential_sha256) VALUES ($1, $2, $3, $4)",
                      s8(deviceId), facilityId, s8(deviceName), s8(sha256Hex(credential.toUtf8())));
        auto f = w.exec_params1("SELECT code, name, number FROM facilities WHERE id = $1", facilityId);
        QJsonArray out{parameterString(QStringLiteral("deviceId"), deviceId),
                       parameterString(QStringLiteral("credential"), credential),
                       parameterString(QStringLiteral("facilityCode"), q8(f[0].as<std::string>())),
                       parameterString(QStringLiteral("facilityName"), q8(f[1].as<std::string>())),
                       parameterInteger(QStringLiteral("facilityNumber"), f[2].as<int>())};
        return Reply{200, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), out}}, 0};
    });
    if (!r.ok()) return storageFailure(r.error());
    if (r.value().status == 200)
        std::fprintf(stderr, "rid=%s enrolled device=%s\n", qPrintable(requestId), qPrintable(deviceId));
    return r.value();
}

} // namespace bhu::registry
