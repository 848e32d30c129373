#pragma once
// The resumable upload of teleconsultation photos (docs/telemedicine.md, docs/sync-protocol.md
// "Teleconsultation"): each photo not yet complete at the registry is sent in chunks to
// POST [base]/Binary/$chunk, starting at the offset the registry has committed (asked with
// GET [base]/Binary/$chunk?id=). After every answer the committed offset is stored
// (consultation_photos.uploaded_bytes), so a dropped link or a restart resumes there and never
// sends a photo from the start again. A gap (409) re-asks the offset; a whole-file hash refused
// at the end (422) starts that photo over once.
#include "bhu/db/Connection.h"
#include "bhu/sync/RegistryClient.h"

namespace bhu::sync {

struct PhotoUploadReport {
    int completed = 0;         // photos finished in this run
    qint64 bytesSent = 0;      // photo bytes sent (chunks), resends included
};

class PhotoUpload {
public:
    static constexpr int kDefaultChunkBytes = 32 * 1024;
    PhotoUpload(db::Connection& c, RegistryClient& client, int chunkBytes = kDefaultChunkBytes)
        : m_c(c), m_client(client), m_chunk(chunkBytes) {}

    // Uploads every unfinished photo, oldest first. The first transport error stops the run
    // (what was committed stays committed); the next run resumes.
    Result<PhotoUploadReport> uploadAll();

private:
    Result<qint64> committedOffset(const QString& id, bool* complete);
    db::Connection& m_c;
    RegistryClient& m_client;
    int m_chunk;
};

} // namespace bhu::sync
