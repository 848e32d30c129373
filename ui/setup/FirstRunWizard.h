#pragma once
// First run of bhu-clinic, when the database file does not exist yet: the facility (code, name,
// number), the administrator's account (password rule shown as it is typed), a note on registry
// enrolment (Admin → Sync, once enrolment lands), then the database is created off the GUI
// thread and the recovery key shown, to be printed (or saved as PDF) for the facility's safe and
// confirmed by typing it back or ticking "I have printed it". `bhuctl init` does the same.
// The "demo facility" option makes a training database instead: filled
// with invented patients and visits (services/DemoFacility), marked DEMO on every screen, never
// synchronised or reported.
#include "bhu/db/Store.h"

#include <QFutureWatcher>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPrinter;
class QSpinBox;

namespace bhu::ui {

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FacilityPage, AdminPage, RegistryPage, RecoveryPage };
    static constexpr int kDemoPatients = 300;          // the demo facility's sample data
    static constexpr int kDemoVisitsPerPatient = 2;
    explicit FirstRunWizard(QString databasePath, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    QString adminUser() const;
    QString adminPassword() const;   // for the first sign-in right after; cleared on close
    bool isCreated() const { return m_created.has_value(); }
    QString recoveryKey() const { return m_created ? m_created->recoveryKey : QString(); }
    bool isBusy() const;

    Status saveRecoveryKeyPdf(const QString& path);   // also ticks nothing: the user confirms
    void forgetPassword();

Q_SIGNALS:
    void databaseCreated();

protected:
    void reject() override;   // not while the database is being created

private:
    friend class RecoveryKeyPage;
    void startCreating();
    static Result<db::Created> createDatabase(const db::CreateOptions& o, bool demo);   // worker thread
    void onCreated();
    void printRecoveryKey();
    void savePdfInteractive();

    QString m_databasePath;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_number = nullptr;
    QCheckBox* m_demo = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_key = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QLineEdit* m_typedBack = nullptr;
    QCheckBox* m_printed = nullptr;
    QFutureWatcher<Result<db::Created>>* m_watcher = nullptr;
    std::optional<db::Created> m_created;
};

} // namespace bhu::ui
