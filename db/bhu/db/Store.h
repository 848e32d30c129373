#pragma once
// One opened, unlocked clinic database: the connection, the key slots, the facility and the
// user who unlocked it. Create and open live here; repositories hang off conn().
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/KeySlots.h"
#include "bhu/domain/Roles.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

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

// Progress of a long operation: done of total (units of the operation), and a step name.
using Progress = std::function<void(qint64 done, qint64 total)>;

// Key rotation, step by step; tests stop after a step to play a crash.
enum class RotationStep { Staged, Rekeyed };

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

    // Users (db/StoreUsers.cpp). Permission checks are the caller's (services/UserService).
    Result<QList<UserRecord>> listUsers();
    Result<UserRecord> findUser(const QString& username);
    bool hasKeySlot(const QString& username) const;
    // Replaces the user's password slot: only the key file is rewritten. Audited as `action`.
    Status setPassword(const QString& username, const QString& password, const Actor& who, const QString& action);
    // Deactivating also removes the key slot, so the account cannot unlock the database at all.
    Status setActive(const QString& username, bool active, const Actor& who);

    // Key rotation (db/KeyRotation.cpp): a new random database key. The acting user's password
    // and the new recovery key get slots for it; every other user's slot is dropped (an admin
    // resets their passwords). Crash-safe: the key file holds slots for both keys until the
    // database has been re-encrypted. Returns the users whose passwords must be reset.
    Result<QStringList> rotateKey(const Actor& who, const QString& user, const QString& password, const QString& newRecoveryKey,
                                  const Progress& progress = {}, std::optional<RotationStep> crashAfter = std::nullopt);

    // Online backup (db/Backup.cpp) through the SQLite backup API into a new file encrypted with
    // the same key, plus a copy of the key file beside it (<file>.keys). Uses its own
    // connection, so other work goes on meanwhile.
    Status backupTo(const QString& file, const Progress& progress = {});
    // Verifies a backup (opens with the secret, integrity, encryption, audit chain) and only
    // then replaces the database and its key file; the old ones are kept as
    // <db>.before-restore(.keys). user empty: the secret is the recovery key.
    // `accept` sees the opened backup (the signed-in user's role) before anything is replaced.
    static Status restore(const QString& backupFile, const QString& dbPath, const QString& user, const QString& secret,
                          const std::function<Status(const Store&)>& accept = {});

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
    static Result<std::unique_ptr<Store>> finishOpen(const QString& path, KeySlotFile keys, std::vector<UnwrappedKey> keysToTry,
                                                     const QString& user);
    Result<KeySlotFile> freshKeys() const;   // the key file as it is on disk now
    std::unique_ptr<Connection> m_conn;
    KeySlotFile m_keys;
    SecretBytes m_key;
    FacilityInfo m_facility;
    UserRecord m_user;
};

} // namespace bhu::db
