#pragma once
// Admin → Backups: the folder (a USB drive), how often (daily by default) and how many to keep;
// "Back up now" runs on the thread pool with progress while work goes on. Scheduled backups use
// these settings (BackupScheduler). Rules and audit: services::BackupService.
#include "bhu/services/BackupService.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace bhu::ui {

class BackupPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit BackupPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~BackupPanel() override;
    bool isBusy() const { return m_watcher->isRunning(); }

public Q_SLOTS:
    bool saveSettings();
    void backupNow();

Q_SIGNALS:
    void backupFinished(bool ok);
    void progressed(int percent);   // queued from the worker

private:
    void onFinished();
    std::shared_ptr<services::Session> m_session;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_keep = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_now = nullptr;
    QFutureWatcher<Result<services::BackupResult>>* m_watcher = nullptr;
};

} // namespace bhu::ui
