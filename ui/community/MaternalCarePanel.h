#pragma once
// A woman's mother-and-child care on her community card (docs/community.md), keyboard first:
//  - an antenatal or postnatal visit of her ongoing (or last) pregnancy: date, BP, weight, Hb,
//    danger signs (a checkable list); a danger sign, BP ≥ 140/90 or Hb < 7 marks the visit
//    referred and the reasons are shown so the LHW writes a referral slip;
//  - a family-planning visit: method, new acceptor;
//  - the delivery outcome of the ongoing pregnancy: outcome, date, place, attendant.
// Recorded through MaternalService (role: record pregnancies and family-planning visits).
#include "bhu/domain/Clock.h"
#include "bhu/domain/Maternal.h"
#include "bhu/domain/Patient.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bhu::ui {

class SessionAccess;

class MaternalCarePanel : public QWidget {
    Q_OBJECT
public:
    MaternalCarePanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent = nullptr);

    // The woman and her pregnancies (newest first), as the card loaded them.
    void showWoman(const Patient& p, const QList<Pregnancy>& pregnancies);

    QComboBox* contactKindBox() const { return m_kind; }
    QDateEdit* contactDateEdit() const { return m_date; }
    QSpinBox* systolicBox() const { return m_systolic; }
    QSpinBox* diastolicBox() const { return m_diastolic; }
    QDoubleSpinBox* weightBox() const { return m_weight; }
    QDoubleSpinBox* hbBox() const { return m_hb; }
    QListWidget* dangerSignList() const { return m_signs; }
    QPushButton* recordContactButton() const { return m_recordContact; }
    QComboBox* fpMethodBox() const { return m_method; }
    QCheckBox* newAcceptorBox() const { return m_newAcceptor; }
    QPushButton* recordFpButton() const { return m_recordFp; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QDateEdit* outcomeDateEdit() const { return m_outcomeDate; }
    QComboBox* placeBox() const { return m_place; }
    QLineEdit* attendantEdit() const { return m_attendant; }
    QPushButton* recordOutcomeButton() const { return m_recordOutcome; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void recorded();

private:
    QWidget* contactForm();
    QWidget* fpForm();
    QWidget* outcomeForm();
    void recordContact();
    void recordFp();
    void recordOutcome();
    void done(const QString& text);
    QDate today() const;

    std::shared_ptr<SessionAccess> m_access;
    const Clock& m_clock;
    Patient m_woman;
    QString m_ongoingId, m_lastPregnancyId;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_systolic = nullptr;
    QSpinBox* m_diastolic = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
    QDoubleSpinBox* m_hb = nullptr;
    QListWidget* m_signs = nullptr;
    QPushButton* m_recordContact = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_newAcceptor = nullptr;
    QDateEdit* m_fpDate = nullptr;
    QPushButton* m_recordFp = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_outcomeDate = nullptr;
    QComboBox* m_place = nullptr;
    QLineEdit* m_attendant = nullptr;
    QPushButton* m_recordOutcome = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace bhu::ui
