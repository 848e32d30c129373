#include "bhu/sync/Gzip.h"

#include <QCoreApplication>
#include <zlib.h>

namespace bhu::sync {

namespace {
Error broken(const char* why)
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::sync::Gzip", "The registry sent a damaged compressed answer. Try again later."),
                       QString::fromLatin1(why));
}
} // namespace

QByteArray gzipCompress(const QByteArray& data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxSize)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) return broken("inflateInit2");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char buf[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return broken("inflate");
        }
        out.append(buf, static_cast<qsizetype>(sizeof buf - zs.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&zs);
            return broken("too large");
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {   // truncated
            inflateEnd(&zs);
            return broken("truncated");
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace bhu::sync
