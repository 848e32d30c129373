#include "bhu/sync/AuditPush.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/AuditSyncState.h"
#include "bhu/domain/AuditChain.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::AuditPush", s); }

qint64 integerParameter(const QJsonObject& params, QStringView name)
{
    for (const QJsonValue p : params.value(u"parameter").toArray())
        if (p[u"name"].toString() == name) return p[u"valueInteger"].toInteger(-1);
    return -1;
}
} // namespace

Status AuditPush::run(SyncReport& rep, const std::function<Status()>& checkCancel)
{
    db::AuditSyncState state(m_c);
    db::AuditLog log(m_c);
    for (;;) {
        BHU_TRY(checkCancel());
        auto cursor = state.sentThrough(m_deviceId);
        if (!cursor.ok()) return cursor.error();
        auto entries = log.after(cursor.value(), m_batch);
        if (!entries.ok()) return entries.error();
        if (entries->isEmpty()) return {};
        QJsonArray params;
        for (const db::AuditEntry& e : entries.value()) params.append(auditEntryToParameter(e));
        const QJsonObject body{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), params}};
        auto answer = m_client.operation(QStringLiteral("audit-append"), body, QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!answer.ok()) {
            if (RegistryClient::httpStatus(answer.error()) != 409) return answer.error();
            rep.auditRefused = true;
            rep.error = tr("The registry refused this clinic's audit trail because it differs from the copy the registry "
                           "holds or has a gap. Run \"bhuctl audit verify\", keep this database as evidence and tell the "
                           "district.") +
                        QStringLiteral(" (") + answer.error().message + u')';
            qCWarning(lcSync).noquote() << "audit trail refused by the registry:" << answer.error().detail;
            return {};
        }
        const qint64 last = entries->constLast().seq;
        if (integerParameter(answer->json, u"head") < last)
            return Error::make(ErrorCode::Invalid, tr("The registry did not confirm the audit entries. They will be sent again."),
                               QStringLiteral("audit-append: head below %1").arg(last));
        BHU_TRY(state.setSentThrough(m_deviceId, last));
        rep.auditPushed += static_cast<int>(entries->size());
        if (entries->size() < m_batch) return {};
    }
}

} // namespace bhu::sync
