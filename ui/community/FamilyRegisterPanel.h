#pragma once
// The family register of a village: households (address) and their members (name, MR number,
// relationship, age/sex) in a tree, and two keyboard forms under it — a new household (village,
// address) and a new member of the selected household (name, sex, date of birth, relationship).
// A member is registered as a patient through PatientService::registerPatient, with the same
// duplicate check as the front desk: possible duplicates are listed and the LHW confirms
// "register as a new person" before the record is made.
#include "bhu/domain/Clock.h"
#include "bhu/domain/Household.h"
#include "bhu/domain/Patient.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace bhu::ui {

class SessionAccess;

class FamilyRegisterPanel : public QWidget {
    Q_OBJECT
public:
    FamilyRegisterPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent = nullptr);

    void setVillage(const QString& village);   // "" = every village of the area
    void refresh();

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* villageEdit() const { return m_village; }
    QLineEdit* addressEdit() const { return m_address; }
    QPushButton* addHouseholdButton() const { return m_addHousehold; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* sexBox() const { return m_sex; }
    QDateEdit* birthEdit() const { return m_birth; }
    QComboBox* relationshipBox() const { return m_relationship; }
    QCheckBox* notDuplicateBox() const { return m_notDuplicate; }
    QPushButton* addMemberButton() const { return m_addMember; }
    QLabel* statusLabel() const { return m_status; }
    QString currentHouseholdId() const;

Q_SIGNALS:
    void memberSelected(const bhu::Patient& patient);
    void householdsChanged();

private:
    void addHousehold();
    void addMember();
    void selectHousehold(const QString& id);
    void showStatus(const QString& text);

    std::shared_ptr<SessionAccess> m_access;
    const Clock& m_clock;
    QString m_filterVillage;
    QList<Patient> m_patients;   // of the tree's member rows, by the row's data index
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_village = nullptr;
    QLineEdit* m_address = nullptr;
    QPushButton* m_addHousehold = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QDateEdit* m_birth = nullptr;
    QComboBox* m_relationship = nullptr;
    QCheckBox* m_notDuplicate = nullptr;
    QPushButton* m_addMember = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace bhu::ui
