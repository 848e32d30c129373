#pragma once
// An opened patient: who they are at a glance (name in Latin and Urdu script, guardian,
// age/sex, the MR number large, CNIC, phone, village), Edit and printing, the history of their
// details, and room for the visit timeline (a later issue).
#include "bhu/domain/Patient.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::ui {

class PatientHistoryView;
class PatientPrinting;
class SessionAccess;

class PatientPage : public QWidget {
    Q_OBJECT
public:
    explicit PatientPage(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void setPatient(const Patient& p);   // also loads the history of its details
    const Patient& patient() const { return m_patient; }
    PatientPrinting* printing() const { return m_printing; }

Q_SIGNALS:
    void editRequested(const bhu::Patient& patient);
    void backRequested();

private:
    QLabel* fact(const char* name, QWidget* parent);
    void showMessage(const QString& text, bool error);

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
    QLabel* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    PatientHistoryView* m_history = nullptr;
    PatientPrinting* m_printing = nullptr;
};

} // namespace bhu::ui
