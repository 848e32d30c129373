#pragma once
// The key-slot file beside the database (<db>.keys): the random 32-byte database key,
// wrapped once per user password (and once by the recovery key). Adding a user or changing a
// password rewrites only this small file, atomically; the database is never re-encrypted.
//
// Format (JSON, version 1):
// { "format": "bhu-keyslots", "version": 1, "database_id": "<uuid>",
//   "slots": [ { "id": "<uuid>", "kind": "password"|"recovery", "user": "admin",
//                "kdf": { "alg": "pbkdf2-hmac-sha512", "iterations": 256000, "salt": "<b64>" },
//                "wrap": { "alg": "aes-256-gcm", "nonce": "<b64>", "ciphertext": "<b64>", "tag": "<b64>" },
//                "created_at": "<iso>", "pending": false } ],
//   "login_failures": { "<user>": { "count": 3, "last_at": "<iso>" } },
//   "unreported_failures": [ { "user": "...", "at": "<iso>", "source": "..." } ] }
// "pending" marks slots of a key rotation in progress (they wrap the new key); whichever of the
// two keys opens the database decides which slots survive (see Store::finishKeyRotation).
// The login failures live here because the database is locked when they happen; deleting
// them means deleting the key file, which locks everyone out.
// The GCM additional data binds each slot to the database id, slot id, kind and user, so a
// slot cannot be moved to another user or database.
#include "bhu/db/SecretBytes.h"
#include "bhu/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <vector>
#include <QString>

namespace bhu::db {

struct KeySlot {
    QString id;
    QString kind;    // "password" or "recovery"
    QString user;    // lower-case user name; empty for recovery
    int iterations = 0;
    QByteArray salt, nonce, ciphertext, tag;
    QString createdAt;
    bool pending = false;
};

struct LoginFailures {
    int count = 0;
    QString lastAt;   // ISO UTC
};

struct UnreportedFailure {
    QString user, at, source;
};

struct UnwrappedKey {
    SecretBytes key;
    bool pending = false;
};

class KeySlotFile {
public:
    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".keys"); }

    static KeySlotFile createNew(const QString& path, const QString& databaseId);
    static Result<KeySlotFile> load(const QString& path);
    Status save() const;   // atomic: write a temporary file, fsync, rename

    const QString& databaseId() const { return m_databaseId; }
    const QList<KeySlot>& keySlots() const { return m_slots; }
    bool hasUser(const QString& user) const;

    // Adds or replaces the password slot of a user.
    Status setPassword(const QString& user, const QString& password, const SecretBytes& databaseKey);
    Status setRecoveryKey(const QString& recoveryKey, const SecretBytes& databaseKey);
    bool removeUser(const QString& user);

    // Key rotation: slots for the new key are added marked pending; commit drops every other
    // slot, discard drops the pending ones.
    Status stagePassword(const QString& user, const QString& password, const SecretBytes& newKey);
    Status stageRecoveryKey(const QString& recoveryKey, const SecretBytes& newKey);
    void commitStaged();
    void discardStaged();
    bool hasStaged() const;

    // Every key the secret unwraps for this user (the current one and, during a rotation, the
    // pending one). WrongPassword when none.
    Result<std::vector<UnwrappedKey>> unlockCandidates(const QString& user, const QString& password) const;
    Result<std::vector<UnwrappedKey>> recoveryCandidates(const QString& recoveryKey) const;

    // Failed logins (the key used for the recovery key is kRecoveryPrincipal).
    static inline const QString kRecoveryPrincipal = QStringLiteral("#recovery");
    LoginFailures failures(const QString& user) const { return m_failures.value(normalizeUser(user)); }
    void setFailures(const QString& user, const LoginFailures& f);
    void clearFailures(const QString& user) { m_failures.remove(normalizeUser(user)); }
    const QList<UnreportedFailure>& unreported() const { return m_unreported; }
    void addUnreported(const UnreportedFailure& f);
    void clearUnreported() { m_unreported.clear(); }

    // Unwraps the database key. Wrong password or unknown user → ErrorCode::WrongPassword
    // (the two are not told apart, so user names cannot be probed).
    Result<SecretBytes> unlock(const QString& user, const QString& password) const;
    Result<SecretBytes> unlockWithRecoveryKey(const QString& recoveryKey) const;

    static QString normalizeUser(const QString& u) { return u.trimmed().toLower(); }

private:
    Result<std::vector<UnwrappedKey>> candidates(const QString& kind, const QString& user, const QString& secret) const;
    Result<KeySlot> seal(const QString& kind, const QString& user, const QString& secret, const SecretBytes& key) const;
    Result<SecretBytes> open(const KeySlot& slot, const QString& secret) const;
    QByteArray aad(const KeySlot& s) const;

    QString m_path;
    QString m_databaseId;
    QList<KeySlot> m_slots;
    QMap<QString, LoginFailures> m_failures;
    QList<UnreportedFailure> m_unreported;
};

} // namespace bhu::db
