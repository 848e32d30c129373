#pragma once
// An opened patient: who they are at a glance (name in Latin and Urdu script, guardian,
// age/sex, the MR number large, CNIC, phone, village), Edit and printing, the history of their
// details, "Start visit" (puts the patient in today's queue and shows the token) and the visit
// timeline with trend charts. "Withdraw registration (entered in error)…" (Alt+W; users allowed
// to, services/WithdrawalService) withdraws a patient registered by mistake after a confirmation
// with the reason, then goes back to the search.
#include "bhu/domain/Patient.h"
#include "bhu/domain/VisitRecord.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::ui {

class PatientHistoryView;
class PatientPrinting;
class SessionAccess;
class VisitTimeline;
class WithdrawDialog;

class PatientPage : public QWidget {
    Q_OBJECT
public:
    explicit PatientPage(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void setPatient(const Patient& p);   // also loads the history of its details
    const Patient& patient() const { return m_patient; }
    PatientPrinting* printing() const { return m_printing; }
    VisitTimeline* timeline() const { return m_timeline; }
    std::shared_ptr<SessionAccess> access() const { return m_access; }

public Q_SLOTS:
    void startVisit();
    void reloadVisits();
    // The confirmation dialog (not modal), or nullptr when the user may not withdraw.
    WithdrawDialog* withdrawPatient();

Q_SIGNALS:
    void editRequested(const bhu::Patient& patient);
    void backRequested();
    void visitStarted(const bhu::Visit& visit);
    void openVisitRequested(const bhu::VisitRecord& record);

private:
    QLabel* fact(const char* name, QWidget* parent);
    void showMessage(const QString& text, bool error);
    void showMergeInfo(const QString& patientId);

    std::shared_ptr<SessionAccess> m_access;
    Patient m_patient;
    QLabel* m_name = nullptr;
    QLabel* m_nameUrdu = nullptr;
    QLabel* m_guardian = nullptr;
    QLabel* m_ageSex = nullptr;
    QLabel* m_mr = nullptr;
    QLabel* m_mrKind = nullptr;
    QLabel* m_cnic = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_village = nullptr;
    QLabel* m_merged = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_withdraw = nullptr;
    bool m_mayWithdraw = false;
    PatientHistoryView* m_history = nullptr;
    PatientPrinting* m_printing = nullptr;
    VisitTimeline* m_timeline = nullptr;
};

} // namespace bhu::ui
