#include "bhu/services/UpdateService.h"

#include "bhu/db/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bhu::services {

namespace {
const QString kProduct = QStringLiteral("bhu-clinic");

QString tr(const char* s) { return QCoreApplication::translate("bhu::services::UpdateService", s); }
QString versionOr(const QString& v) { return v.isEmpty() ? QCoreApplication::applicationVersion() : v; }

Result<UpdateManifest> readManifest(const QString& path, const QList<QByteArray>& keys)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, tr("The manifest %1 cannot be read (%2).").arg(path, f.errorString()));
    return verifyUpdateManifest(f.readAll(), keys);
}
} // namespace

UpdateService::UpdateService(Session& s, QList<QByteArray> trustedKeys, QString programVersion)
    : m_s(s), m_keys(std::move(trustedKeys)), m_version(versionOr(programVersion))
{
}

Result<std::optional<db::UpdateNotice>> UpdateService::notice()
{
    BHU_TRY(m_s.require(Permission::ManageUpdates));
    auto lock = m_s.guard();
    auto n = db::UpdateNoticeStore(m_s.store().conn()).notice();
    if (!n.ok()) return n.error();
    if (!n->has_value() || !isNewerVersion(n->value().version, m_version)) return std::optional<db::UpdateNotice>();
    return n.value();
}

Result<PackageCheck> UpdateService::verifyPackage(const QString& packagePath, const QString& manifestPath)
{
    BHU_TRY(m_s.require(Permission::ManageUpdates));
    QStringList candidates{manifestPath};
    if (manifestPath.isEmpty()) {
        const QFileInfo package(packagePath);
        candidates.clear();
        for (const QFileInfo& m : package.dir().entryInfoList({QStringLiteral("*.manifest")}, QDir::Files, QDir::Name))
            candidates.append(m.filePath());
        if (candidates.isEmpty())
            return Error::make(ErrorCode::NotFound, tr("There is no release manifest (*.manifest) next to %1. Copy the manifest that came "
                                                       "with the package into the same folder and try again.")
                                                        .arg(package.fileName()));
    }
    // The first manifest that verifies and lists the package decides; otherwise the error of
    // the first one tried says what is wrong.
    std::optional<Error> firstError;
    Result<PackageCheck> out = Error::make(ErrorCode::Failed, QString());
    for (const QString& path : std::as_const(candidates)) {
        auto manifest = readManifest(path, m_keys);
        Result<UpdateFile> file = manifest.ok() ? verifyUpdatePackage(manifest.value(), packagePath) : Result<UpdateFile>(manifest.error());
        if (file.ok()) {
            out = PackageCheck{manifest.value(), file.value(), path, isNewerVersion(manifest->version, m_version)};
            break;
        }
        if (!firstError || (firstError->code == ErrorCode::NotFound && file.error().code != ErrorCode::NotFound)) firstError = file.error();
    }
    if (!out.ok()) out = *firstError;
    auto lock = m_s.guard();
    (void)db::AuditLog(m_s.store().conn())
        .record(m_s.actor(), out.ok() ? QStringLiteral("update.package-verified") : QStringLiteral("update.package-refused"),
                QStringLiteral("Release"), QFileInfo(packagePath).fileName(), QString(),
                out.ok() ? QStringLiteral("version=%1").arg(out->manifest.version) : QString());
    return out;
}

ManifestVerifier announcedManifestVerifier(QList<QByteArray> trustedKeys, QString programVersion)
{
    if (trustedKeys.isEmpty()) return {};
    return [keys = std::move(trustedKeys), version = versionOr(programVersion)](const QByteArray& bytes) -> Result<std::optional<db::UpdateNotice>> {
        auto m = verifyUpdateManifest(bytes, keys);
        if (!m.ok()) return m.error();
        if (m->product != kProduct || !isNewerVersion(m->version, version)) return std::optional<db::UpdateNotice>();
        return std::optional<db::UpdateNotice>(db::UpdateNotice{m->product, m->version, m->released, m->where, m->notes, {}});
    };
}

} // namespace bhu::services
