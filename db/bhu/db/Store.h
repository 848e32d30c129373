#pragma once
// One opened, unlocked clinic database: the connection, the key slots, the facility and the
// user who unlocked it. Create and open live here; repositories hang off conn().
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/KeySlots.h"
#include "bhu/domain/Roles.h"

#include <QJsonObject>
#include <memory>

namespace bhu::db {

struct FacilityInfo {
    QString id, code, name;
};

struct UserRecord {
    QString id, username, fullName;
    Role role = Role::FrontDesk;
    bool active = true;
};

struct CreateOptions {
    QString path;
    QString facilityCode, facilityName;
    QString adminUser, adminPassword, adminFullName;
    int facilityNumber = 0;   // 1–99,999 for provisional MR numbers; 0: the digits of the code
};

struct Created {
    QString databaseId;
    QString recoveryKey;   // shown once, printed for the facility safe
};

class Store {
public:
    ~Store();
    // Creates the encrypted database, its key-slot file (admin password + recovery key),
    // schema, facility and admin account. Refuses to touch existing files.
    static Result<Created> create(const CreateOptions& o);
    // Unlocks with a user's password. Wrong password: ErrorCode::WrongPassword, files untouched.
    static Result<std::unique_ptr<Store>> open(const QString& path, const QString& user, const QString& password);
    static Result<std::unique_ptr<Store>> openWithRecoveryKey(const QString& path, const QString& recoveryKey);

    // A second handle on the same encrypted file with the same key, user and facility, for a
    // worker thread (the sync engine): WAL lets it read while this one writes; writers wait for
    // each other up to `busyTimeoutMs`. Each handle must be used by one thread at a time.
    Result<std::unique_ptr<Store>> openSibling(int busyTimeoutMs = 15000) const;

    Connection& conn() { return *m_conn; }
    const FacilityInfo& facility() const { return m_facility; }
    const UserRecord& user() const { return m_user; }
    Actor actor(const QString& source) const { return Actor{m_user.id, m_user.username, source}; }
    QString path() const { return m_conn->path(); }
    QString databaseId() const { return m_keys.databaseId(); }

    // Adds a user account: the users row (audited) and a key slot for the password. The
    // database is not re-encrypted. Conflict when the user name exists.
    Result<UserRecord> addUser(const QString& username, const QString& fullName, Role role, const QString& password, const Actor& who);

    // Checks another user's credentials (a supervisor override at the front desk) without
    // changing the session. WrongPassword when they do not match.
    Result<UserRecord> verifyCredentials(const QString& user, const QString& password);

    // Integrity: SQLite, SQLCipher HMACs, foreign keys, audit chain. Corrupt names the problem.
    Status verify();
    Result<QJsonObject> info();

    // Closes the handle and wipes the key from memory (lock, logout).
    void close();

    static QString generateRecoveryKey();
    static int facilityNumberFromCode(const QString& code);   // 32 base32 characters in groups of four

private:
    Store() = default;
    static Result<UserRecord> loadUser(Connection& c, const QString& user);
    static Result<std::unique_ptr<Store>> finishOpen(const QString& path, KeySlotFile keys, SecretBytes key, const QString& user);
    std::unique_ptr<Connection> m_conn;
    KeySlotFile m_keys;
    SecretBytes m_key;
    FacilityInfo m_facility;
    UserRecord m_user;
};

} // namespace bhu::db
