#pragma once
// gzip (RFC 1952) with zlib: request bodies over 1 KiB are sent compressed and responses may
// come compressed (docs/sync-protocol.md). qCompress/qUncompress speak zlib, not gzip.
#include "bhu/domain/Result.h"

#include <QByteArray>

namespace bhu::sync {

QByteArray gzipCompress(const QByteArray& data);
// Refuses more than `maxSize` bytes of output (a decompression bomb) and anything not gzip.
Result<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxSize = 64ll * 1024 * 1024);

} // namespace bhu::sync
