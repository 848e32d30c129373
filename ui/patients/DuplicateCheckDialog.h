#pragma once
// "Is this patient already registered?" The draft and each possible duplicate side by side,
// what matches highlighted and the service's reasons listed. Opening the existing patient is
// the default; registering anyway is allowed, except that a patient whose CNIC is already on
// another record needs a supervisor's user name and password (RegisterOptions).
#include "bhu/domain/PatientSearch.h"
#include "bhu/services/PatientService.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bhu::ui {

class DuplicateCheckDialog : public QDialog {
    Q_OBJECT
public:
    DuplicateCheckDialog(const Patient& draft, const QList<DuplicateCandidate>& candidates, QWidget* parent = nullptr);

    QString selectedPatientId() const;
    bool needsSupervisor() const { return m_needsSupervisor; }
    services::RegisterOptions options() const;
    void showError(const QString& message);   // the register attempt was refused; stay open

Q_SIGNALS:
    void openExistingChosen(const QString& patientId);
    void registerNewChosen(const bhu::services::RegisterOptions& options);

private:
    QWidget* buildComparison();
    QGroupBox* buildOverride();
    void updateButtons();

    Patient m_draft;
    QList<DuplicateCandidate> m_candidates;
    bool m_needsSupervisor = false;
    QButtonGroup* m_choice = nullptr;
    QLineEdit* m_overrideUser = nullptr;
    QLineEdit* m_overridePassword = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_registerNew = nullptr;
};

} // namespace bhu::ui
