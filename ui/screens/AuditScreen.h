#pragma once
// Audit trail (supervisors and administrators): who did what, when, to which patient, from
// which screen or command. Filters by user, patient (MR number or CNIC), action and dates; the
// query runs on the thread pool; the list can be printed or saved as PDF (itself audited).
// Other roles see why they cannot, and the service refuses them too.
#include "Screen.h"
#include "bhu/services/AuditService.h"

#include <QFutureWatcher>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QTableView;

namespace bhu::ui {

class AuditModel;

class AuditScreen : public Screen {
    Q_OBJECT
public:
    explicit AuditScreen(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    QString title() const override;

    AuditModel* model() const { return m_model; }
    bool isBusy() const { return m_watcher->isRunning(); }
    bool isAllowed() const { return m_allowed; }
    services::AuditQuery query() const;
    void setQuery(const services::AuditQuery& q);
    // Writes the shown entries as PDF and records the print. Used by the button and tests.
    Status savePdf(const QString& path);

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void searched(int rows);

protected:
    void showEvent(QShowEvent* e) override;

private:
    void onFinished();
    void printInteractive();
    void savePdfInteractive();

    std::shared_ptr<services::Session> m_session;
    bool m_allowed = false;
    bool m_searchedOnce = false;
    AuditModel* m_model = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_patient = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QFutureWatcher<Result<QList<db::AuditEntry>>>* m_watcher = nullptr;
    services::AuditQuery m_shown;
};

} // namespace bhu::ui
