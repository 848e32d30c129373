#include "bhu/db/Crypto.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <memory>

namespace bhu::db::crypto {

namespace {
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
const unsigned char* u(const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); }
unsigned char* u(QByteArray& b) { return reinterpret_cast<unsigned char*>(b.data()); }
Error cryptoError(const char* what)
{
    return Error::make(ErrorCode::Failed,
                       QCoreApplication::translate("bhu::db::crypto", "A cryptographic operation failed. Nothing was changed."),
                       QString::fromLatin1(what));
}
} // namespace

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    if (RAND_bytes(u(b), n) != 1) qFatal("RAND_bytes failed");
    return b;
}

SecretBytes pbkdf2Sha512(const QString& password, const QByteArray& salt, int iterations, int length)
{
    QByteArray pw = password.toUtf8();
    QByteArray out(length, '\0');
    PKCS5_PBKDF2_HMAC(pw.constData(), static_cast<int>(pw.size()), u(salt), static_cast<int>(salt.size()), iterations,
                      EVP_sha512(), length, u(out));
    SecretBytes(std::move(pw)).wipe();
    return SecretBytes(std::move(out));
}

Result<Sealed> aesGcmSeal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& aad)
{
    CtxPtr ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    Sealed s;
    s.nonce = randomBytes(12);
    s.ciphertext = QByteArray(plaintext.size(), '\0');
    s.tag = QByteArray(16, '\0');
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(key.bytes()), u(s.nonce)) != 1)
        return cryptoError("gcm init");
    if (EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), static_cast<int>(aad.size())) != 1) return cryptoError("gcm aad");
    if (EVP_EncryptUpdate(ctx.get(), u(s.ciphertext), &len, u(plaintext), static_cast<int>(plaintext.size())) != 1)
        return cryptoError("gcm update");
    if (EVP_EncryptFinal_ex(ctx.get(), u(s.ciphertext) + len, &len) != 1) return cryptoError("gcm final");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, u(s.tag)) != 1) return cryptoError("gcm tag");
    return s;
}

Result<SecretBytes> aesGcmOpen(const SecretBytes& key, const Sealed& s, const QByteArray& aad)
{
    if (s.nonce.size() != 12 || s.tag.size() != 16) return cryptoError("gcm sizes");
    CtxPtr ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(s.ciphertext.size(), '\0');
    QByteArray tag = s.tag;
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(key.bytes()), u(s.nonce)) != 1)
        return cryptoError("gcm init");
    if (EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), static_cast<int>(aad.size())) != 1) return cryptoError("gcm aad");
    if (EVP_DecryptUpdate(ctx.get(), u(out), &len, u(s.ciphertext), static_cast<int>(s.ciphertext.size())) != 1)
        return cryptoError("gcm update");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, u(tag)) != 1) return cryptoError("gcm tag");
    if (EVP_DecryptFinal_ex(ctx.get(), u(out) + len, &len) != 1) {
        SecretBytes(std::move(out)).wipe();
        return Error::make(ErrorCode::WrongPassword, QCoreApplication::translate("bhu::db::crypto", "Wrong password."));
    }
    return SecretBytes(std::move(out));
}

} // namespace bhu::db::crypto
