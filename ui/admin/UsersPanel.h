#pragma once
// Admin → Users: the accounts with their roles and state; add a user, reset a password,
// disable or enable an account, and change one's own password. The work (key derivation) runs
// off the GUI thread; rules and audit are services::UserService's.
#include "bhu/domain/Result.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class UsersModel;

class UsersPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit UsersPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    UsersModel* model() const { return m_model; }
    bool isBusy() const { return m_watcher->isRunning(); }
    // Runs work on the thread pool, then refreshes the list and shows done or the error.
    void runInBackground(std::function<Status()> work, const QString& done);

public Q_SLOTS:
    void refresh();
    void addUser();
    void resetPassword();
    void toggleActive();
    void changeOwnPassword();

Q_SIGNALS:
    void finished(bool ok);

private:
    QString selectedUser() const;
    void onFinished();

    std::shared_ptr<services::Session> m_session;
    UsersModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_adminButtons;
    QFutureWatcher<Status>* m_watcher = nullptr;
    QString m_done;
};

} // namespace bhu::ui
