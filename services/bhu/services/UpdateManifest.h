#pragma once
// Update notices (docs/installing.md, "Update notice"): a release is described by a manifest
// (product, version, where to get it, and each package file's name, size and SHA-256) signed with
// the project's Ed25519 release key. The public half is built into the programs
// (CMake option BHU_UPDATE_PUBLIC_KEY); a package brought on USB is offered only after its
// manifest's signature and its own size and hash check out. Nothing here installs anything:
// the administrator installs the verified package with apt (or the Windows installer).
//
// Signed manifest file (JSON):
//   {"manifest": "<base64 of the manifest JSON bytes>", "signature": "<base64 Ed25519 signature of those bytes>"}
// Manifest JSON:
//   {"product": "bhu-clinic", "version": "0.2.0", "released": "2026-12-01",
//    "where": "the district IT office's USB stick, or https://…",
//    "notes": "what changed (optional, shown with the update notice)",
//    "files": [{"name": "bhu-clinic_0.2.0-1_amd64.deb", "size": 1234, "sha256": "<hex>"}]}
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bhu::services {

struct UpdateFile {
    QString name;
    qint64 size = 0;
    QByteArray sha256;   // hex, lower case
};

struct UpdateManifest {
    QString product, version, released, where;
    QList<UpdateFile> files;
    QString notes;   // optional
};

// The release keys this build trusts (raw 32-byte Ed25519 public keys); empty when the build was
// configured without BHU_UPDATE_PUBLIC_KEY.
QList<QByteArray> builtInUpdateKeys();

// Checks the signature against `trustedKeys` and reads the manifest. Corrupt when the signature
// does not verify (a changed manifest, another key), Invalid when it is not a manifest.
Result<UpdateManifest> verifyUpdateManifest(const QByteArray& signedManifest, const QList<QByteArray>& trustedKeys);
// The package file named in the manifest: same file name, size and SHA-256. Returns its entry.
Result<UpdateFile> verifyUpdatePackage(const UpdateManifest& manifest, const QString& packagePath);

struct PackageCheck {
    UpdateManifest manifest;
    UpdateFile file;
    QString manifestPath;
    bool newer = false;   // newer than `programVersion`
};
// The whole check of a package brought on USB (bhuctl verify-package, Admin → Verify a package
// from USB…): the manifest `manifestPath`, or when it is empty the *.manifest files next to the
// package (the first that verifies and lists the package decides), then the package itself.
// Reads and hashes the whole file.
Result<PackageCheck> checkPackage(const QString& packagePath, const QString& manifestPath, const QList<QByteArray>& trustedKeys,
                                  const QString& programVersion);
// True when `version` (dotted numbers, e.g. 0.10.1) is newer than `current`.
bool isNewerVersion(const QString& version, const QString& current);

} // namespace bhu::services
