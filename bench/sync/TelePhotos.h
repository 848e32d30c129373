#pragma once
// The teleconsultation scenario of bhu-bench-sync (docs/performance.md, "Teleconsultation"):
// a request with three photos from a 12-megapixel camera, compressed as the clinic does
// (services/PhotoCompression) and uploaded in resumable chunks (sync/PhotoUpload) through
// bhu-linksim to the real registry.
#include "bhu/test/TestSupport.h"

#include <QJsonObject>

namespace bhu::bench {

// The clinic must be enrolled with `url` already. Fills `out` (compress_ms, photo_bytes,
// upload_ms, bytes_sent, completed) or returns false with `error`.
bool runTelePhotos(const test::TestDb& clinic, const QString& url, QJsonObject& out, QString* error);

} // namespace bhu::bench
