#pragma once
// Update notices and packages on USB for the administrator (docs/installing.md, "Update
// notice"). Admin only (Permission::ManageUpdates), checked here for the Sync screen, the Admin
// area and bhuctl alike. Nothing here downloads, installs or replaces anything.
//
//   notice()         the newer version the registry announced (a manifest that verified during
//                    sync, sync/UpdateCheck), or nullopt; never a version this program already is
//   verifyPackage()  the check of `bhuctl verify-package` (services::checkPackage): the manifest's
//                    signature (release key built in), then the package's name, size and SHA-256.
//                    Without a manifest path, the *.manifest files next to the package are tried.
//                    Audited. Reads and hashes the whole file: call it off the GUI thread.
//
// The trusted keys and the running version come through the constructor: production code
// uses the defaults (the key built into the program, QCoreApplication::applicationVersion());
// only tests pass others.
#include "bhu/db/UpdateNoticeStore.h"
#include "bhu/services/Session.h"
#include "bhu/services/UpdateManifest.h"

#include <functional>
#include <optional>

namespace bhu::services {

class UpdateService {
public:
    explicit UpdateService(Session& s, QList<QByteArray> trustedKeys = builtInUpdateKeys(), QString programVersion = {});

    Result<std::optional<db::UpdateNotice>> notice();
    Result<PackageCheck> verifyPackage(const QString& packagePath, const QString& manifestPath = {});

private:
    Session& m_s;
    QList<QByteArray> m_keys;
    QString m_version;
};

// The verifier the sync engine runs on the registry's manifest (bhu::sync::UpdateVerifier):
// an error when it does not verify with `trustedKeys`; nullopt when it verifies but is not a
// newer bhu-clinic than `programVersion` (default: the running program); else the notice.
// An empty function when there is no key (a build without BHU_UPDATE_PUBLIC_KEY asks nothing).
using ManifestVerifier = std::function<Result<std::optional<db::UpdateNotice>>(const QByteArray&)>;
ManifestVerifier announcedManifestVerifier(QList<QByteArray> trustedKeys = builtInUpdateKeys(), QString programVersion = {});

} // namespace bhu::services
