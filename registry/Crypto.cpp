#include "bhu/registry/Crypto.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

#include <cstdlib>

namespace bhu::registry {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1) std::abort();   // no weak secrets, ever
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace bhu::registry
