#pragma once
// Admin → Locking and key: minutes of inactivity before the screen locks, and "Change database
// key…" — key rotation as an explicit action: the new recovery key is shown (print or PDF) first,
// the administrator confirms with their password, the rotation runs off the GUI thread with
// progress. Rules: services::UserService (idle lock) and services::KeyService.
#include "bhu/domain/Result.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class KeyPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit KeyPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~KeyPanel() override;
    bool isBusy() const { return m_watcher->isRunning(); }
    QString pendingRecoveryKey() const { return m_newKey; }

public Q_SLOTS:
    bool saveIdleMinutes();
    void prepareRotation();              // shows a new recovery key and asks for the password
    void rotate(const QString& password); // runs the rotation (after the key was printed)

Q_SIGNALS:
    void rotationFinished(bool ok);
    void progressed(int step);

private:
    void onFinished();
    std::shared_ptr<services::Session> m_session;
    QSpinBox* m_idle = nullptr;
    QLabel* m_key = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pdf = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QString m_newKey;
    QFutureWatcher<Result<QStringList>>* m_watcher = nullptr;
};

} // namespace bhu::ui
