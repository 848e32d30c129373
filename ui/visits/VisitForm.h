#pragma once
// One OPD visit as the clinician records it, keyboard only: complaint, vitals, diagnoses,
// prescriptions, advice and follow-up, referral. Ctrl+S saves the draft, Ctrl+Enter closes and
// signs (after a confirmation). A closed visit opens read-only; "Correct…" makes it editable
// and Ctrl+Enter then saves a correction with a reason (VisitService::amendVisit). Earlier
// versions of a corrected visit can be chosen and read. Under the fields, the visit's
// teleconsultations with the specialist's answer and its one-action adoption.
// "Withdraw (entered in error)…" (Alt+W; users allowed to, services/WithdrawalService) withdraws
// the visit, open or signed, after a confirmation with the reason; a withdrawn visit opens
// read-only under a banner saying who withdrew it, when and why.
#include "bhu/domain/VisitRecord.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace bhu::ui {

class AskSpecialistDialog;
class SessionAccess;
class VisitConsultationsPanel;
class VisitFields;
class VisitPrinting;
class VitalsPanel;
class WithdrawDialog;

class VisitForm : public QWidget {
    Q_OBJECT
public:
    explicit VisitForm(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);
    ~VisitForm() override;

    // Shows a visit (read-only when closed) of this patient, with its correction chain.
    void setRecord(const VisitRecord& r, const Patient& patient);
    VisitRecord record() const;   // the visit as typed
    const Patient& patient() const { return m_patient; }
    bool isReadOnly() const { return m_readOnly; }
    VitalsPanel* vitals() const { return m_vitals; }
    VisitPrinting* printing() const { return m_printing; }
    VisitConsultationsPanel* consultations() const { return m_consults; }

    bool saveDraft();         // Ctrl+S; false (and the reason shown) if nothing was saved
    void requestClose();      // Ctrl+Enter: confirm, then close and sign (or save the correction)
    void startCorrection();   // "Correct…" on a closed visit
    // "Withdraw (entered in error)…": the confirmation dialog (not modal), or nullptr when the
    // user may not withdraw or the visit is already withdrawn.
    WithdrawDialog* withdrawVisit();
    // Ctrl+Shift+A on an open visit: saves the draft, then opens "Ask a specialist" (not modal).
    AskSpecialistDialog* askSpecialist();

Q_SIGNALS:
    void changed(const bhu::VisitRecord& record);   // saved, closed or corrected
    void backRequested();

private:
    bool checkVitals();
    void closeConfirmed();
    void saveCorrection(const QString& reason);
    void setReadOnly(bool readOnly);
    void showMessage(const QString& text, bool error);
    void updateHeader();
    void loadVersions();
    void showWithdrawal();

    std::shared_ptr<SessionAccess> m_access;
    VisitRecord m_record;
    Patient m_patient;
    QList<VisitRecord> m_versions;
    bool m_readOnly = false;
    bool m_correcting = false;
    QLabel* m_header = nullptr;
    QLabel* m_correction = nullptr;
    QComboBox* m_versionCombo = nullptr;
    VisitFields* m_fields = nullptr;
    VitalsPanel* m_vitals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_ask = nullptr;
    QPushButton* m_withdraw = nullptr;
    QLabel* m_withdrawn = nullptr;
    bool m_mayAsk = false;
    bool m_mayWithdraw = false;
    bool m_isWithdrawn = false;
    VisitPrinting* m_printing = nullptr;
    VisitConsultationsPanel* m_consults = nullptr;
};

} // namespace bhu::ui
