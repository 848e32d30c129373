#pragma once
// The update notice (docs/installing.md, "Update notice"): the newest release the registry
// announced during sync, stored only after its manifest's signature verified (sync/UpdateCheck).
// Kept in the meta table of the encrypted database; storing, withdrawing and refusing a notice
// are audited. Nothing here installs anything.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QDateTime>
#include <optional>

namespace bhu::db {

struct UpdateNotice {
    QString product, version, released, where, notes;
    QDateTime receivedAt;
};

class UpdateNoticeStore {
public:
    explicit UpdateNoticeStore(Connection& c) : m_c(c) {}

    // The stored (verified) notice, whatever its version; nullopt when there is none.
    Result<std::optional<UpdateNotice>> notice();
    // Stores a verified notice with the ETag it came with and the program version that checked
    // it (audited "update.notice" when the version is new to this database).
    Status store(const UpdateNotice& n, const QString& etag, const QString& programVersion, const Actor& who);
    // The registry announces nothing (newer) any more: the notice goes (audited
    // "update.withdrawn" when there was one); `etag` (may be empty) is what was checked.
    Status withdraw(const QString& etag, const QString& programVersion, const Actor& who);
    // A manifest whose signature did not verify: never stored as a notice; its ETag is kept so
    // the same file is not fetched and refused on every run (audited "update.rejected").
    Status reject(const QString& etag, const QString& why, const QString& programVersion, const Actor& who);

    // The ETag of the manifest last checked and the program version that checked it: a newer
    // program (another release key) checks the same manifest again.
    Result<QString> etag(const QString& programVersion);

private:
    Status setMeta(const QString& key, const QString& value);
    Result<QString> meta(const QString& key);
    Connection& m_c;
};

} // namespace bhu::db
