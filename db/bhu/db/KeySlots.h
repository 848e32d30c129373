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
//                "created_at": "<iso>" } ] }
// The GCM additional data binds each slot to the database id, slot id, kind and user, so a
// slot cannot be moved to another user or database.
#include "bhu/db/SecretBytes.h"
#include "bhu/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bhu::db {

struct KeySlot {
    QString id;
    QString kind;    // "password" or "recovery"
    QString user;    // lower-case user name; empty for recovery
    int iterations = 0;
    QByteArray salt, nonce, ciphertext, tag;
    QString createdAt;
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

    // Unwraps the database key. Wrong password or unknown user → ErrorCode::WrongPassword
    // (the two are not told apart, so user names cannot be probed).
    Result<SecretBytes> unlock(const QString& user, const QString& password) const;
    Result<SecretBytes> unlockWithRecoveryKey(const QString& recoveryKey) const;

    static QString normalizeUser(const QString& u) { return u.trimmed().toLower(); }

private:
    Result<KeySlot> seal(const QString& kind, const QString& user, const QString& secret, const SecretBytes& key) const;
    Result<SecretBytes> open(const KeySlot& slot, const QString& secret) const;
    QByteArray aad(const KeySlot& s) const;

    QString m_path;
    QString m_databaseId;
    QList<KeySlot> m_slots;
};

} // namespace bhu::db
