#pragma once
// The fields of a visit in the order the clinician works: complaint (with the quick-pick
// complaints as a completer), vital signs, diagnoses, prescriptions, advice and follow-up,
// referral. VisitForm adds the header, the messages and saving/signing around it.
#include "bhu/domain/VisitRecord.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace bhu::ui {

class DiagnosisEditor;
class PrescriptionEditor;
class ReferralEditor;
class VitalsPanel;

class VisitFields : public QWidget {
    Q_OBJECT
public:
    explicit VisitFields(QWidget* parent = nullptr);

    void load(const VisitRecord& r, bool child);
    void fill(VisitRecord& r) const;   // writes what is typed into r
    void setReadOnly(bool readOnly);
    VitalsPanel* vitals() const { return m_vitals; }
    QLineEdit* complaint() const { return m_complaint; }

private:
    QLineEdit* m_complaint = nullptr;
    VitalsPanel* m_vitals = nullptr;
    DiagnosisEditor* m_diagnoses = nullptr;
    PrescriptionEditor* m_prescriptions = nullptr;
    QLineEdit* m_advice = nullptr;
    QCheckBox* m_followUp = nullptr;
    QDateEdit* m_followUpDate = nullptr;
    ReferralEditor* m_referral = nullptr;
};

} // namespace bhu::ui
