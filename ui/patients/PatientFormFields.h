#pragma once
// The inputs of the patient form, each with a small issue label beside it, and the mapping
// between them and a Patient. Workflow (validate, duplicates, save) lives in PatientForm.
#include "AddressPicker.h"
#include "bhu/domain/Patient.h"
#include "bhu/services/PatientService.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace bhu::ui {

class AgeInput;
class FieldIssueLabel;

class PatientFormFields : public QWidget {
    Q_OBJECT
public:
    // `places` lists the geography reference data for the address (AddressPicker).
    explicit PatientFormFields(AddressPicker::PlaceLoader places, QWidget* parent = nullptr);

    void setPatient(const Patient& p);            // fills every input
    void clear(const Address& defaultAddress = {});
    void prefillFromSearch(const QString& typed);   // "ali s/o akbar" → name, relation, guardian
    // The inputs written over `base` (id, version, MR numbers and the rest are kept).
    Patient applyTo(Patient base) const;
    // Problems found before validate() can run (e.g. a date that cannot be read).
    QList<services::FieldIssue> localIssues() const;

    void clearIssues();
    void showIssues(const QList<services::FieldIssue>& issues);
    QWidget* firstFieldWithIssue() const;   // the input to focus after a failed save
    QWidget* firstInput() const;
    QWidget* lastInput() const;
    AgeInput* ageInput() const { return m_age; }
    AddressPicker* addressPicker() const { return m_address; }

private:
    // The Urdu name from the Latin one for common names (UrduNames), unless the user typed
    // their own.
    void suggestUrduName();
    QWidget* withIssue(const QString& key, QWidget* input, QWidget* focus = nullptr);
    QWidget* buildPerson();
    QWidget* buildIdentity();
    static QString issueKey(const QString& field);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_nameUrdu = nullptr;
    QString m_suggestedUrdu;   // last suggestion put into m_nameUrdu (replaced while not edited)
    QComboBox* m_relation = nullptr;
    QLineEdit* m_guardian = nullptr;
    QComboBox* m_sex = nullptr;
    AgeInput* m_age = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_idKind = nullptr;
    QLineEdit* m_nationalId = nullptr;
    QLineEdit* m_guardianCnic = nullptr;
    QComboBox* m_guardianRelationship = nullptr;
    AddressPicker* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldIssueLabel* m_general = nullptr;   // issues of fields without their own label
    QHash<QString, FieldIssueLabel*> m_issueLabels;
    QHash<QString, QWidget*> m_focusFor;
    QStringList m_keyOrder;                 // form order, for firstFieldWithIssue()
};

} // namespace bhu::ui
