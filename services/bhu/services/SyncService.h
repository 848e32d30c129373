#pragma once
// What the Sync screen shows and the actions on it, with the roles checked here (the network
// work itself runs in bhu::sync's SyncController on its own thread and database handle):
//   overview()  enrolment (never the credential), last success / attempt / error, the last
//               run's counts, bytes moved, records waiting by type, and Needs attention
//   retry()     a refused record back to the queue; dismiss() a reviewed conflict
// Everyone signed in may look and retry (Permission::RunSync); enrolling is admin only
// (Permission::EnrolDevice, checked by the engine and by mayEnrol()).
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/SyncTypes.h"
#include "bhu/services/Session.h"

#include <QMap>

namespace bhu::services {

struct SyncOverview {
    bool enrolled = false;
    QString registryUrl, facilityCode, deviceName;
    QDateTime enrolledAt;
    db::SyncStatus status;                  // no credential in here
    QMap<QString, qint64> waitingByType;    // outbox entries pending or uploading
    QList<db::SyncIssue> issues;            // Needs attention
};

class SyncService {
public:
    explicit SyncService(Session& s) : m_s(s) {}
    Result<SyncOverview> overview();
    Status retry(const QString& issueId);
    Status dismiss(const QString& issueId);
    bool mayEnrol() const { return allowed(m_s.role(), Permission::EnrolDevice); }

private:
    Session& m_s;
};

} // namespace bhu::services
