#pragma once
// Operator commands: register a facility (and get a one-time enrolment token), revoke a device.
#include "bhu/domain/Result.h"
#include "bhu/registry/Db.h"

#include <QString>

namespace bhu::registry {

struct FacilityToken {
    QString token;   // "enr_…", shown once; only its SHA-256 is stored
    int facilityNumber = 0;
    QString expiresAt;   // ISO 8601 UTC
};

// Adds the facility (or finds it by code: a new token for an existing facility) and issues an
// enrolment token valid `validDays`. number 0 = the next free facility number.
Result<FacilityToken> addFacility(Db& db, const QString& code, const QString& name, int number, int validDays = 7);
// NotFound if no such device.
Status revokeDevice(Db& db, const QString& deviceId);

} // namespace bhu::registry
