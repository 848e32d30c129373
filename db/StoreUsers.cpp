// Store: user accounts. Each change writes the users row and its audit entry in one
// transaction and rewrites only the key file; the database is never re-encrypted.
#include "bhu/db/AuditLog.h"
#include "bhu/db/Store.h"

#include <QCoreApplication>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::Store", s); }
} // namespace

Result<KeySlotFile> Store::freshKeys() const
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(path()));
    if (!keys.ok()) return keys.error();
    if (keys->databaseId() != m_keys.databaseId())
        return Error::make(ErrorCode::Corrupt, tr("The key file does not belong to this database."));
    return keys;
}

bool Store::hasKeySlot(const QString& username) const
{
    auto keys = freshKeys();
    return keys.ok() && keys->hasUser(username);
}

Result<QList<UserRecord>> Store::listUsers()
{
    auto st = m_conn->prepare("SELECT id, username, full_name, role, active FROM users ORDER BY username");
    if (!st.ok()) return st.error();
    QList<UserRecord> out;
    for (;;) {
        auto r = st.value()->step();
        if (!r.ok()) return r.error();
        if (!r.value()) break;
        Statement* q = st.value();
        out.append(UserRecord{q->text(0), q->text(1), q->text(2), roleFromCode(q->text(3)).value_or(Role::FrontDesk), q->int64(4) != 0});
    }
    return out;
}

Result<UserRecord> Store::findUser(const QString& username)
{
    auto u = loadUser(*m_conn, username);
    if (u.is(ErrorCode::WrongPassword)) return Error::make(ErrorCode::NotFound, tr("There is no user %1.").arg(KeySlotFile::normalizeUser(username)));
    return u;
}

Status Store::setPassword(const QString& username, const QString& password, const Actor& who, const QString& action)
{
    auto user = findUser(username);
    if (!user.ok()) return user.error();
    if (!user->active) return Error::make(ErrorCode::Invalid, tr("The account %1 is disabled. Enable it first.").arg(user->username));
    auto fresh = freshKeys();
    if (!fresh.ok()) return fresh.error();
    KeySlotFile keys = fresh.value();
    BHU_TRY(keys.setPassword(user->username, password, m_key));
    keys.clearFailures(user->username);
    Transaction tx(*m_conn);
    BHU_TRY(tx.started());
    BHU_TRY(AuditLog(*m_conn).append(who, action, QStringLiteral("User"), user->id));
    // The key file is written before the commit: if it fails, the audit entry is rolled back.
    BHU_TRY(keys.save());
    BHU_TRY(tx.commit());
    m_keys = keys;
    return {};
}

Status Store::setActive(const QString& username, bool active, const Actor& who)
{
    auto user = findUser(username);
    if (!user.ok()) return user.error();
    Transaction tx(*m_conn);
    BHU_TRY(tx.started());
    auto st = m_conn->prepare("UPDATE users SET active = ? WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, active ? 1 : 0).bind(2, user->id);
    BHU_TRY(st.value()->run());
    BHU_TRY(AuditLog(*m_conn).append(who, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"), QStringLiteral("User"),
                                     user->id));
    if (!active) {
        auto fresh = freshKeys();
        if (!fresh.ok()) return fresh.error();
        KeySlotFile keys = fresh.value();
        keys.removeUser(user->username);
        BHU_TRY(keys.save());
        m_keys = keys;
    }
    return tx.commit();
}

} // namespace bhu::db
