#pragma once
// Thin OpenSSL wrappers for key wrapping: PBKDF2-HMAC-SHA512 and AES-256-GCM.
#include "bhu/db/SecretBytes.h"
#include "bhu/domain/Result.h"

namespace bhu::db::crypto {

inline constexpr int kPbkdf2MinIterations = 256000;

SecretBytes pbkdf2Sha512(const QString& password, const QByteArray& salt, int iterations, int length = 32);
QByteArray randomBytes(int n);

struct Sealed {
    QByteArray nonce, ciphertext, tag;
};
Result<Sealed> aesGcmSeal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& aad);
// Fails (ErrorCode::WrongPassword) when the tag does not verify: wrong key or tampered data.
Result<SecretBytes> aesGcmOpen(const SecretBytes& key, const Sealed& sealed, const QByteArray& aad);

} // namespace bhu::db::crypto
