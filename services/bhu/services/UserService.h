#pragma once
// User accounts: list, add, disable/enable, change one's own password, an administrator's
// reset, and recovery. Every change rewrites only the key file (never re-encrypts the
// database) and is audited. Permission::ManageUsers except for changing one's own password.
#include "bhu/services/Session.h"

namespace bhu::services {

struct UserInfo {
    db::UserRecord record;
    bool canSignIn = false;   // active and with a key slot (false after a key rotation until reset)
};

class UserService {
public:
    explicit UserService(Session& s) : m_s(s) {}
    Result<QList<UserInfo>> list();
    Result<db::UserRecord> add(const QString& username, const QString& fullName, Role role, const QString& password);
    Status deactivate(const QString& username);   // not oneself, not the last active administrator
    Status reactivate(const QString& username, const QString& newPassword);
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);
    Status resetPassword(const QString& username, const QString& newPassword);

    // Auto-lock after this many idle minutes (0: never). Anyone reads it; ManageUsers sets it.
    Result<int> idleLockMinutes();
    Status setIdleLockMinutes(int minutes);

    // With the recovery key, when no administrator can sign in: a new password for an
    // administrator account (re-enabled if it was disabled). Audited as "user.recover".
    static Status recoverAdmin(const QString& dbPath, const QString& recoveryKey, const QString& adminUser,
                               const QString& newPassword, const QString& source);

private:
    Session& m_s;
};

} // namespace bhu::services
