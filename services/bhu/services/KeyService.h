#pragma once
// Key rotation as an explicit administrator action (Permission::RotateKey). The caller shows
// and prints the new recovery key (Store::generateRecoveryKey) before calling rotate().
#include "bhu/services/Session.h"

namespace bhu::services {

class KeyService {
public:
    explicit KeyService(Session& s) : m_s(s) {}
    // Re-encrypts the database with a new key; returns the users whose passwords must now be
    // reset by an administrator (their old key slots no longer apply).
    Result<QStringList> rotate(const QString& password, const QString& newRecoveryKey, const db::Progress& progress = {},
                               std::optional<db::RotationStep> crashAfter = std::nullopt);

private:
    Session& m_s;
};

} // namespace bhu::services
