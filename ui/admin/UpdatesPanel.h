#pragma once
// Admin → Updates: the update notice (UpdateNoticeLabel) and "Verify a package from USB…":
// a file dialog for the package, then the same check as `bhuctl verify-package` (the signed
// manifest next to it, the release key built in, the package's size and SHA-256) off the GUI
// thread; the answer is "verified" or "not verified" with the reason. Nothing is installed.
// Rules: services::UpdateService (admin only).
#include "bhu/services/UpdateService.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::ui {

class UpdateNoticeLabel;

class UpdatesPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit UpdatesPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~UpdatesPanel() override;
    bool isBusy() const { return m_watcher->isRunning(); }

public Q_SLOTS:
    void chooseAndVerify();                      // the file dialog
    void verifyPackage(const QString& path);     // the check, off the GUI thread

Q_SIGNALS:
    void verified(bool ok);

private:
    void onFinished();
    std::shared_ptr<services::Session> m_session;
    UpdateNoticeLabel* m_notice = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_result = nullptr;
    QString m_path;
    QFutureWatcher<Result<services::PackageCheck>>* m_watcher = nullptr;
};

} // namespace bhu::ui
