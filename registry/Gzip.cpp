#include "bhu/registry/Gzip.h"

#include <zlib.h>

namespace bhu::registry {

QByteArray gzipCompress(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const auto written = static_cast<qsizetype>(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) return {};
    out.resize(written);
    return out;
}

} // namespace bhu::registry
