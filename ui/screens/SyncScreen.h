#pragma once
// Sync: enrolment with the registry, what is waiting, the last run, "Sync now" with progress
// and Cancel, "Needs attention" (records the registry refused, merge conflicts) with
// Retry and Dismiss, and for the administrator the update notice the registry announced
// (verified with the release key during sync; ui/sync/UpdateNoticeLabel). The work runs in a bhu::sync::SyncController on its own thread and its
// own database handle; automatic runs follow its schedule and the network's return.
#include "Screen.h"

#include "bhu/sync/SyncReport.h"

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bhu::services {
class Session;
}
namespace bhu::sync {
class SyncController;
}

namespace bhu::ui {

class EnrolmentBox;
class UpdateNoticeLabel;

class SyncScreen : public Screen {
    Q_OBJECT
public:
    explicit SyncScreen(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~SyncScreen() override;
    QString title() const override;

    void refresh();
    void syncNow();
    sync::SyncController* controller() const { return m_controller; }

Q_SIGNALS:
    // A run finished (automatic or Sync now); the main window looks for new consultation answers.
    void synced(const bhu::sync::SyncReport& report);

private:
    void ensureController();
    void onProgress(const QString& phase, qint64 done, qint64 total);
    void onFinished(const sync::SyncReport& r);
    void onIssueAction(bool retry);

    std::shared_ptr<services::Session> m_session;
    sync::SyncController* m_controller = nullptr;
    EnrolmentBox* m_enrol = nullptr;
    UpdateNoticeLabel* m_update = nullptr;
    QLabel* m_registry = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_waiting = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableWidget* m_issues = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace bhu::ui
