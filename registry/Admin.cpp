#include "bhu/registry/Admin.h"

#include "bhu/registry/Crypto.h"

#include <QUuid>

namespace bhu::registry {

Result<FacilityToken> addFacility(Db& db, const QString& code, const QString& name, int number, int validDays)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, QStringLiteral("A facility needs a code and a name."));
    if (number < 0 || number > 99999)
        return Error::make(ErrorCode::Invalid, QStringLiteral("The facility number must be 1–99999."));
    const QString token = QStringLiteral("enr_") + randomToken(24);
    auto r = db.transact([&](pqxx::work& w) {
        FacilityToken t;
        t.token = token;
        auto existing = w.exec_params("SELECT id, number FROM facilities WHERE code = $1", s8(code));
        long long facilityId = 0;
        if (!existing.empty()) {
            facilityId = existing[0][0].as<long long>();
            t.facilityNumber = existing[0][1].as<int>();
        } else {
            w.exec("LOCK TABLE facilities IN SHARE ROW EXCLUSIVE MODE");
            int n = number;
            if (n == 0) n = w.exec1("SELECT coalesce(max(number), 0) + 1 FROM facilities")[0].as<int>();
            auto row = w.exec_params1("INSERT INTO facilities (code, name, number) VALUES ($1, $2, $3) RETURNING id",
                                      s8(code), s8(name), n);
            facilityId = row[0].as<long long>();
            t.facilityNumber = n;
        }
        auto exp = w.exec_params1(
            "INSERT INTO enrolment_tokens (token_sha256, facility_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))"
            " RETURNING to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
            s8(sha256Hex(token.toUtf8())), facilityId, validDays);
        t.expiresAt = q8(exp[0].as<std::string>());
        return t;
    });
    return r;
}

Status revokeDevice(Db& db, const QString& deviceId)
{
    if (QUuid::fromString(deviceId).isNull())
        return Error::make(ErrorCode::Invalid, QStringLiteral("A device id is a UUID."));
    auto r = db.transact([&](pqxx::work& w) {
        return w.exec_params("UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1", s8(deviceId))
            .affected_rows();
    });
    if (!r.ok()) return r.error();
    if (r.value() == 0) return Error::make(ErrorCode::NotFound, QStringLiteral("No such device."));
    return Status::success();
}

} // namespace bhu::registry
