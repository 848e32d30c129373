#pragma once
// The update notice, clinic side (docs/installing.md, "Update notice"; docs/sync-protocol.md,
// "Update manifest"): at the start of each sync run the engine asks the registry for its signed
// release manifest with the ETag last seen (If-None-Match), so an unchanged manifest costs one
// small 304. A new manifest is verified with the release key built into the program (the
// verifier is services::announcedManifestVerifier) and, when it verifies and announces a newer
// version, stored as the update notice (db::UpdateNoticeStore). A manifest that does not verify
// is refused: logged and audited, never stored or shown. Nothing is downloaded or installed.
//
// The check never fails the run: an unreachable or refusing registry leaves the stored notice
// as it is and the sync goes on (only a cancel stops it).
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/UpdateNoticeStore.h"
#include "bhu/sync/SyncReport.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace bhu::sync {

class RegistryClient;

// Verifies a signed manifest as served: an error when the signature does not verify (or it is
// not a manifest); nullopt when it verifies but announces nothing newer for this program; else
// the notice to store.
using UpdateVerifier = std::function<Result<std::optional<db::UpdateNotice>>(const QByteArray& signedManifest)>;

class UpdateCheck {
public:
    UpdateCheck(db::Connection& c, RegistryClient& client, const UpdateVerifier& verify, QString programVersion)
        : m_c(c), m_client(client), m_verify(verify), m_programVersion(std::move(programVersion)) {}

    // Cancelled only when the run was cancelled; every other problem is logged and ignored.
    Status run(SyncReport& report, const db::Actor& who, const QDateTime& now);

private:
    db::Connection& m_c;
    RegistryClient& m_client;
    const UpdateVerifier& m_verify;
    QString m_programVersion;
};

} // namespace bhu::sync
