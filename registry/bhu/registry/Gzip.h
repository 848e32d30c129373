#pragma once
// gzip for response bodies (requests are inflated by cpp-httplib, capped by the server).
#include <QByteArray>

namespace bhu::registry {

QByteArray gzipCompress(const QByteArray& data);

} // namespace bhu::registry
