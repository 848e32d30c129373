#include "bhu/services/KeyService.h"

#include <QCoreApplication>

namespace bhu::services {

Result<QStringList> KeyService::rotate(const QString& password, const QString& newRecoveryKey, const db::Progress& progress,
                                       std::optional<db::RotationStep> crashAfter)
{
    BHU_TRY(m_s.require(Permission::RotateKey));
    const auto lock = m_s.guard();
    if (m_s.user().id.isEmpty())
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::services::KeyService",
                                                                           "Sign in as an administrator (not with the recovery key) to change the key."));
    return m_s.store().rotateKey(m_s.actor(), m_s.user().username, password, newRecoveryKey, progress, crashAfter);
}

} // namespace bhu::services
