#include "bhu/sync/UpdateCheck.h"

#include "bhu/sync/RegistryClient.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bhu::sync {

Status UpdateCheck::run(SyncReport& report, const db::Actor& who, const QDateTime& now)
{
    db::UpdateNoticeStore store(m_c);
    auto etag = store.etag(m_programVersion);
    if (!etag.ok()) return etag.error();
    auto answer = m_client.updateManifest(etag->toLatin1());
    if (!answer.ok()) {
        if (answer.error().code == ErrorCode::Cancelled) return answer.error();
        qCInfo(lcSync).noquote() << "update manifest not checked:" << answer.error().detail;
        return {};
    }
    Status s;
    switch (answer->kind) {
    case ManifestAnswer::Kind::Unchanged: return {};
    case ManifestAnswer::Kind::None: s = store.withdraw(QString(), m_programVersion, who); break;
    case ManifestAnswer::Kind::Manifest: {
        // The ETag names the bytes; a registry that sends none still gets one (their hash).
        const QString tag = answer->etag.isEmpty()
                                ? QString::fromLatin1('"' + QCryptographicHash::hash(answer->bytes, QCryptographicHash::Sha256).toHex() + '"')
                                : QString::fromLatin1(answer->etag);
        auto verified = m_verify(answer->bytes);
        if (!verified.ok()) {
            report.updateRejected = true;
            qCWarning(lcSync).noquote() << "update manifest refused (signature or format):" << verified.error().detail << "etag" << tag;
            s = store.reject(tag, verified.error().detail.isEmpty() ? QStringLiteral("signature") : verified.error().detail, m_programVersion, who);
        } else if (!verified->has_value()) {
            s = store.withdraw(tag, m_programVersion, who);   // an older or equal version: nothing to tell
        } else {
            db::UpdateNotice n = verified->value();
            n.receivedAt = now;
            s = store.store(n, tag, m_programVersion, who);
            qCInfo(lcSync).noquote() << "update announced: version" << n.version;
        }
        break;
    }
    }
    if (!s.ok()) qCWarning(lcSync).noquote() << "update notice not stored:" << s.error().detail;
    return {};
}

} // namespace bhu::sync
