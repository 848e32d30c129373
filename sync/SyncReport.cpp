#include "bhu/sync/SyncReport.h"

namespace bhu::sync {

QJsonObject SyncReport::toJson() const
{
    QJsonObject o{{QStringLiteral("pushed"), pushed},
                  {QStringLiteral("pulled"), pulled},
                  {QStringLiteral("applied"), applied},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("rejected"), rejected},
                  {QStringLiteral("invalid"), invalid},
                  {QStringLiteral("deferred"), deferred},
                  {QStringLiteral("mr_received"), mrReceived},
                  {QStringLiteral("reference_lists"), referenceLists},
                  {QStringLiteral("resynced"), resynced},
                  {QStringLiteral("audit_pushed"), auditPushed},
                  {QStringLiteral("bytes_sent"), bytesSent},
                  {QStringLiteral("bytes_received"), bytesReceived},
                  {QStringLiteral("duration_ms"), durationMs},
                  {QStringLiteral("pending_left"), pendingLeft},
                  {QStringLiteral("ok"), ok}};
    if (auditRefused) o.insert(QStringLiteral("audit_refused"), true);
    if (updateRejected) o.insert(QStringLiteral("update_rejected"), true);
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("transient"), transient);
    }
    return o;
}

} // namespace bhu::sync
