#pragma once
// Runs the application's windows: the first-run wizard when there is no database yet, else the
// unlock window; once a user has unlocked the database, the main window, which owns the session.
// Locking (idle time, Go → Lock) goes through one path, lock(): the session forgets its key and
// closes the handle, the main window and every screen with patient data are destroyed, and the
// unlock window comes back; unlocking again returns to the area the user was in.
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace bhu {
class Clock;
}

namespace bhu::services {
class Session;
class IdleMonitor;
}

namespace bhu::ui {

class FirstRunWizard;
class MainWindow;
class UnlockWindow;
class BackupScheduler;

class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(QString databasePath, QObject* parent = nullptr);
    ~AppController() override;

    void start();   // shows the first-run wizard or the unlock window

    UnlockWindow* unlockWindow() const { return m_unlockWindow.get(); }   // null once unlocked
    MainWindow* mainWindow() const { return m_mainWindow.get(); }        // null until unlocked
    FirstRunWizard* firstRunWizard() const { return m_wizard.get(); }    // null unless first run

    // Tests: a manual clock for the idle lock, and how often it is checked (default 5 s).
    void setClock(const Clock& clock) { m_clock = &clock; }
    void setIdleCheckIntervalMs(int ms) { m_idleTimer.setInterval(ms); }
    int idleTimeoutSecs() const;

public Q_SLOTS:
    void lock();   // the one forgetSensitiveData path for lock and logout
    void checkIdle();

Q_SIGNALS:
    void windowShown(QWidget* window);   // the wizard or unlock window, then the main window
    void cancelled();                    // closed without unlocking
    void locked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showUnlockWindow();
    void onWizardFinished(int result);
    void onUnlocked(std::shared_ptr<services::Session> session);
    QString settingsKey() const;

    QString m_databasePath;
    const Clock* m_clock;
    std::unique_ptr<UnlockWindow> m_unlockWindow;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::unique_ptr<services::IdleMonitor> m_idle;
    std::unique_ptr<BackupScheduler> m_backups;
    QFutureWatcher<void>* m_firstLogin = nullptr;
    QTimer m_idleTimer;
    std::optional<int> m_lockedArea;
    QString m_lockedUser;
};

} // namespace bhu::ui
