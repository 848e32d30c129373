#include "bhu/services/UpdateService.h"

#include "bhu/db/AuditLog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bhu::services {

namespace {
const QString kProduct = QStringLiteral("bhu-clinic");

QString versionOr(const QString& v) { return v.isEmpty() ? QCoreApplication::applicationVersion() : v; }
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
    Result<PackageCheck> out = checkPackage(packagePath, manifestPath, m_keys, m_version);   // no lock while hashing
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
