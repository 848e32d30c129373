#pragma once
// "Forgot? Use the recovery key": when no administrator can sign in, the recovery key from the
// facility's safe sets a new password for an administrator account. The key derivation runs
// off the GUI thread; attempts are throttled and audited like logins.
#include "bhu/domain/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bhu::ui {

class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(QString databasePath, QWidget* parent = nullptr);
    QString adminUser() const;
    bool isBusy() const { return m_watcher->isRunning(); }

public Q_SLOTS:
    void submit();
    void reject() override;

private:
    void onFinished();
    QString m_databasePath;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    QFutureWatcher<Status>* m_watcher = nullptr;
};

} // namespace bhu::ui
