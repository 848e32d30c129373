#pragma once
// The teleconsultation scenario of bhu-bench-sync (docs/performance.md, "Teleconsultation"):
// a request with three photos from a 12-megapixel camera, compressed as the clinic does
// (services/PhotoCompression), sent by one real sync run (sync/SyncEngine: the request's text in
// the push, then the photos in resumable chunks, then their Communications) through bhu-linksim
// to the real registry.
#include "bhu/test/TestSupport.h"

#include <QJsonObject>

namespace bhu::bench {

// The clinic must be enrolled (through the slow link) already. Fills `out` (compress_ms, photo_bytes, text_ms:
// the request acknowledged, photos_ms: the photos' Communications acknowledged, sync_ms,
// text_first, bytes_sent, pushed, completed) or returns false with `error`.
bool runTelePhotos(const test::TestDb& clinic, QJsonObject& out, QString* error);

} // namespace bhu::bench
