#pragma once
// The first window: asks for a user name and password and unlocks the clinic database.
// Key derivation is slow on purpose, so the unlock runs on the thread pool; the window stays
// responsive and shows that it is working.
#include "bhu/services/Session.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bhu::ui {

class UnlockWindow : public QDialog {
    Q_OBJECT
public:
    using UnlockResult = Result<std::shared_ptr<services::Session>>;

    explicit UnlockWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~UnlockWindow() override;

    // The facility name is inside the encrypted database; before unlocking we can only show
    // the name remembered from an earlier unlock (empty: show the database file instead).
    void setFacilityName(const QString& name);
    // After an auto-lock: who was signed in, and why the window is back.
    void setUserName(const QString& user);
    void setNotice(const QString& notice);
    bool isBusy() const;

Q_SIGNALS:
    void unlocked(std::shared_ptr<bhu::services::Session> session);
    void busyChanged(bool busy);

public Q_SLOTS:
    void unlock();
    void useRecoveryKey();   // "Forgot? Use the recovery key"
    void reject() override;   // ignored while unlocking

private:
    void onUnlockFinished();
    void setBusy(bool busy);
    void showError(const QString& message);

    QString m_databasePath;
    QLabel* m_facility = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_forgot = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busyText = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QFutureWatcher<UnlockResult>* m_watcher = nullptr;
    bool m_busy = false;
};

} // namespace bhu::ui
