#pragma once
// Runs the application's windows: the unlock window first, then, once a user has unlocked the
// database, the main window, which owns the session. main() only creates this and starts it.
#include <QObject>
#include <QString>
#include <QWidget>
#include <memory>

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class MainWindow;
class UnlockWindow;

class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(QString databasePath, QObject* parent = nullptr);
    ~AppController() override;

    void start();   // shows the unlock window

    UnlockWindow* unlockWindow() const { return m_unlockWindow.get(); }   // null once unlocked
    MainWindow* mainWindow() const { return m_mainWindow.get(); }        // null until unlocked

Q_SIGNALS:
    void windowShown(QWidget* window);   // the unlock window, then the main window
    void cancelled();                    // the unlock window was closed without unlocking

private:
    void onUnlocked(std::shared_ptr<services::Session> session);
    QString settingsKey() const;

    QString m_databasePath;
    std::unique_ptr<UnlockWindow> m_unlockWindow;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace bhu::ui
