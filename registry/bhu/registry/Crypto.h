#pragma once
// Secrets of the registry: random tokens and their SHA-256 (only hashes are stored).
#include <QByteArray>
#include <QString>

namespace bhu::registry {

QString sha256Hex(const QByteArray& data);
// `bytes` random bytes from OpenSSL, base64url without padding.
QString randomToken(int bytes);

} // namespace bhu::registry
