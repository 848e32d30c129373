#pragma once
// "Is this patient already registered?" The draft and each possible duplicate side by side,
// what matches highlighted and the service's reasons listed. Opening the existing patient is
// the default; registering anyway is allowed, except that a patient whose CNIC is already on
// another record needs a supervisor's user name and password (RegisterOptions).
// While online, the registry's likely matches from other facilities (Patient/$match) stand
// next to the local candidates; choosing one of them means "same person": the form fetches that
// record (audited lookup) instead of registering a duplicate. While it is fetched (on a worker
// thread: setFetching) the dialog shows a busy bar and its Cancel aborts the fetch and keeps
// the dialog open; Esc or closing the window aborts it and closes.
#include "bhu/domain/PatientSearch.h"
#include "bhu/services/PatientService.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bhu::ui {

class DuplicateCheckDialog : public QDialog {
    Q_OBJECT
public:
    DuplicateCheckDialog(const Patient& draft, const QList<DuplicateCandidate>& candidates,
                         const QList<DuplicateCandidate>& registryCandidates = {}, QWidget* parent = nullptr);

    QString selectedPatientId() const;
    bool selectedIsRegistry() const;   // the chosen candidate is a registry patient of another facility
    bool needsSupervisor() const { return m_needsSupervisor; }
    services::RegisterOptions options() const;
    void showError(const QString& message);   // the register attempt was refused; stay open
    // The chosen registry record is being fetched: "Fetching…", a busy bar, the choices locked,
    // "Back to the form" becomes Cancel (fetchCancelled()).
    void setFetching(bool fetching);
    bool isFetching() const { return m_fetching; }

public Q_SLOTS:
    void reject() override;   // while fetching: fetchCancelled(), then closes

Q_SIGNALS:
    void openExistingChosen(const QString& patientId);
    // "Same person" with a registry candidate: the dialog stays open until the form has fetched
    // it (accept()) or shows why it could not (showError()).
    void registryMatchChosen(const QString& patientId);
    void registerNewChosen(const bhu::services::RegisterOptions& options);
    void fetchCancelled();   // Cancel while the registry record was being fetched

private:
    QWidget* buildComparison();
    QGroupBox* buildOverride();
    void updateButtons();
    void openChosen();

    Patient m_draft;
    QList<DuplicateCandidate> m_candidates;   // local ones first, then the registry's
    qsizetype m_localCount = 0;
    bool m_needsSupervisor = false;
    QButtonGroup* m_choice = nullptr;
    QLineEdit* m_overrideUser = nullptr;
    QLineEdit* m_overridePassword = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_registerNew = nullptr;
    QPushButton* m_back = nullptr;
    QProgressBar* m_busy = nullptr;
    QWidget* m_comparison = nullptr;
    bool m_fetching = false;
};

} // namespace bhu::ui
