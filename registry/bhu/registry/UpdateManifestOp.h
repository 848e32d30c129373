#pragma once
// GET [base]/$update-manifest (docs/sync-protocol.md, "Update manifest"): the signed release
// manifest the operator configured (`update-manifest = FILE`), served byte for byte to enrolled
// devices. The registry never signs and never changes it; the clinics verify the signature with
// the release key built into them. The file is read on each request, so replacing it takes
// effect without a restart. Answers: 200 with the bytes and an ETag (the SHA-256 of the bytes),
// 304 when If-None-Match names that ETag, 404 `not-found` when no manifest is configured or the
// file is missing.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace bhu::registry {

struct ManifestReply {
    int status = 404;   // 200, 304 or 404
    QByteArray bytes;   // 200: the file as it is
    QByteArray etag;    // 200 and 304: "\"<sha-256 hex of the bytes>\""
};

// `file` empty: no manifest configured. `ifNoneMatch`: the request's If-None-Match header.
ManifestReply updateManifest(const QString& file, const QString& ifNoneMatch);

// Start-up check of the configured file: readable (NotFound otherwise), a JSON object with the
// base64 strings "manifest" and "signature" (Invalid otherwise). It is not verified here (the
// registry has no release key).
Status checkUpdateManifestFile(const QString& file);

} // namespace bhu::registry
