#include "bhu/services/UserService.h"

#include "bhu/db/Settings.h"
#include "bhu/services/IdleMonitor.h"
#include "bhu/services/PasswordPolicy.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::UserService", s); }
} // namespace

Result<QList<UserInfo>> UserService::list()
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    const auto lock = m_s.guard();
    auto users = m_s.store().listUsers();
    if (!users.ok()) return users.error();
    QList<UserInfo> out;
    for (const db::UserRecord& u : users.value()) out.append(UserInfo{u, u.active && m_s.store().hasKeySlot(u.username)});
    return out;
}

Result<db::UserRecord> UserService::add(const QString& username, const QString& fullName, Role role, const QString& password)
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    BHU_TRY(checkPasswordStrength(password, username));
    const auto lock = m_s.guard();
    return m_s.store().addUser(username, fullName, role, password, m_s.actor());
}

Status UserService::deactivate(const QString& username)
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    const auto lock = m_s.guard();
    auto user = m_s.store().findUser(username);
    if (!user.ok()) return user.error();
    if (user->id == m_s.user().id) return Error::make(ErrorCode::Invalid, tr("You cannot disable your own account."));
    if (user->role == Role::Admin) {
        auto users = m_s.store().listUsers();
        if (!users.ok()) return users.error();
        int admins = 0;
        for (const auto& u : users.value()) admins += (u.active && u.role == Role::Admin) ? 1 : 0;
        if (admins <= 1) return Error::make(ErrorCode::Invalid, tr("This is the last administrator; add another one first."));
    }
    return m_s.store().setActive(username, false, m_s.actor());
}

Status UserService::reactivate(const QString& username, const QString& newPassword)
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    BHU_TRY(checkPasswordStrength(newPassword, username));
    const auto lock = m_s.guard();
    BHU_TRY(m_s.store().setActive(username, true, m_s.actor()));
    return m_s.store().setPassword(username, newPassword, m_s.actor(), QStringLiteral("user.password_reset"));
}

Status UserService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    const auto lock = m_s.guard();
    if (m_s.user().id.isEmpty()) return Error::make(ErrorCode::Invalid, tr("Signed in with the recovery key: set an administrator's password instead."));
    auto me = m_s.store().verifyCredentials(m_s.user().username, currentPassword);
    if (!me.ok()) return Error::make(ErrorCode::WrongPassword, tr("Your current password is not correct."));
    BHU_TRY(checkPasswordStrength(newPassword, m_s.user().username));
    return m_s.store().setPassword(m_s.user().username, newPassword, m_s.actor(), QStringLiteral("user.password_change"));
}

Status UserService::resetPassword(const QString& username, const QString& newPassword)
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    BHU_TRY(checkPasswordStrength(newPassword, username));
    const auto lock = m_s.guard();
    return m_s.store().setPassword(username, newPassword, m_s.actor(), QStringLiteral("user.password_reset"));
}

Result<int> UserService::idleLockMinutes()
{
    const auto lock = m_s.guard();
    auto v = db::Settings(m_s.store().conn()).value(QStringLiteral("session.idle_lock_minutes"),
                                                    QString::number(IdleMonitor::kDefaultTimeoutSecs / 60));
    if (!v.ok()) return v.error();
    return qMax(0, v.value().toInt());
}

Status UserService::setIdleLockMinutes(int minutes)
{
    BHU_TRY(m_s.require(Permission::ManageUsers));
    if (minutes < 0 || minutes > 240) return Error::make(ErrorCode::Invalid, tr("Choose between 0 (never) and 240 minutes."));
    const auto lock = m_s.guard();
    return db::Settings(m_s.store().conn()).setValue(QStringLiteral("session.idle_lock_minutes"), QString::number(minutes), m_s.actor());
}

Status UserService::recoverAdmin(const QString& dbPath, const QString& recoveryKey, const QString& adminUser, const QString& newPassword,
                                 const QString& source)
{
    BHU_TRY(checkPasswordStrength(newPassword, adminUser));
    auto session = Session::unlockWithRecoveryKey(dbPath, recoveryKey, source);
    if (!session.ok()) return session.error();
    Session& s = *session.value();
    const auto lock = s.guard();
    auto user = s.store().findUser(adminUser);
    if (!user.ok()) return user.error();
    if (user->role != Role::Admin)
        return Error::make(ErrorCode::Invalid, tr("%1 is not an administrator. Give the recovery key's new password to an administrator account.").arg(user->username));
    if (!user->active) BHU_TRY(s.store().setActive(user->username, true, s.actor()));
    BHU_TRY(s.store().setPassword(user->username, newPassword, s.actor(), QStringLiteral("user.recover")));
    LoginThrottle(dbPath, Clock::system()).recordSuccess(user->username);
    return {};
}

} // namespace bhu::services
