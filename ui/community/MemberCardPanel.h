#pragma once
// The selected person's community card: the immunisation card (each antigen of their schedule
// with the next dose, its due date and state; the doses given) with a keyboard form to record a
// dose, and — for a woman — pregnancy registration (LMP → EDD, gravida, para) showing the
// ongoing pregnancy, her ANC/PNC and family-planning visits and the delivery outcome
// (MaternalCarePanel); for anyone, moving to another household (MoveMemberBox).
#include "bhu/domain/Clock.h"
#include "bhu/domain/Patient.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bhu::ui {

class MaternalCarePanel;
class MoveMemberBox;
class SessionAccess;

class MemberCardPanel : public QWidget {
    Q_OBJECT
public:
    MemberCardPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent = nullptr);

    void showPerson(const Patient& p);
    void refresh();

    QTableWidget* dueTable() const { return m_due; }
    QComboBox* doseBox() const { return m_dose; }
    QDateEdit* doseDateEdit() const { return m_doseDate; }
    QLineEdit* lotEdit() const { return m_lot; }
    QCheckBox* elsewhereBox() const { return m_elsewhere; }
    QPushButton* recordDoseButton() const { return m_recordDose; }
    QDateEdit* lmpEdit() const { return m_lmp; }
    QSpinBox* gravidaBox() const { return m_gravida; }
    QSpinBox* paraBox() const { return m_para; }
    QPushButton* registerPregnancyButton() const { return m_registerPregnancy; }
    QLabel* pregnancyLabel() const { return m_pregnancyText; }
    QLabel* statusLabel() const { return m_status; }
    MaternalCarePanel* maternalCare() const { return m_maternal; }
    MoveMemberBox* moveBox() const { return m_move; }

Q_SIGNALS:
    void recorded();
    void householdsChanged();   // a member moved

private:
    void recordDose();
    void registerPregnancy();
    QDate today() const;

    std::shared_ptr<SessionAccess> m_access;
    const Clock& m_clock;
    Patient m_person;
    QLabel* m_who = nullptr;
    QTableWidget* m_due = nullptr;
    QComboBox* m_dose = nullptr;
    QDateEdit* m_doseDate = nullptr;
    QLineEdit* m_lot = nullptr;
    QLineEdit* m_place = nullptr;
    QCheckBox* m_elsewhere = nullptr;
    QPushButton* m_recordDose = nullptr;
    QGroupBox* m_pregnancy = nullptr;
    QDateEdit* m_lmp = nullptr;
    QSpinBox* m_gravida = nullptr;
    QSpinBox* m_para = nullptr;
    QPushButton* m_registerPregnancy = nullptr;
    QLabel* m_pregnancyText = nullptr;
    QLabel* m_status = nullptr;
    MaternalCarePanel* m_maternal = nullptr;
    MoveMemberBox* m_move = nullptr;
};

} // namespace bhu::ui
