#pragma once
// Registering a new patient and editing one, in one widget. Save (Ctrl+S) validates through
// PatientService::validate and shows each issue next to its field: errors block saving,
// warnings need a second Save. A new patient then goes through the duplicate check
// (DuplicateCheckDialog) before registerPatient(); an edit is saved with update().
//
// A new patient's address starts as the address of the last patient registered at this
// facility (QSettings, per facility code, so it survives a restart): a BHU's patients mostly
// come from its own union council and a few villages, and the receptionist corrects the rest.
// While the clinic is enrolled, the duplicate check also asks the registry (Patient/$match) on
// a worker thread with a short timeout; its likely matches from other facilities join the
// local ones in the dialog. No answer (offline, timeout, refused) is silently the same as none.
// Chosen over "the most used address of recent registrations" because it needs no query over
// patients and follows a day's run of one village. Only place names are kept there, never
// who lived at them.
#include "DuplicateCheckDialog.h"
#include "bhu/domain/Patient.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/RegistryLookupService.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::ui {

class PatientFormFields;
class RegistryFetchJob;
class SessionAccess;

class PatientForm : public QWidget {
    Q_OBJECT
public:
    explicit PatientForm(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);
    ~PatientForm() override;

    void startNew(const QString& typedQuery = {});   // prefilled with a typed name, if any
    void startEdit(const Patient& p);
    bool isEditing() const { return m_editing; }
    PatientFormFields* fields() const { return m_fields; }
    DuplicateCheckDialog* duplicateDialog() const { return m_dialog; }   // while it is open
    bool isCheckingRegistry() const { return m_matchWatcher->isRunning(); }
    bool isFetchingRegistryPatient() const;   // "same person" chosen: its record on its way
    // The registry calls: Patient/$match before registering (run on a worker thread) and the
    // fetch of a registry patient chosen as "same person". bhu::sync by default; fakes in tests.
    void setRegistryCalls(services::RegistryMatchFetch match, services::RegistryFetch fetch);

public Q_SLOTS:
    void save();
    void cancel();

Q_SIGNALS:
    void saved(const bhu::Patient& patient, bool created);
    void cancelled();
    void openExisting(const QString& patientId);   // chosen in the duplicate check

private:
    void showStatus(const QString& text, bool error);
    void checkDuplicates(const Patient& p);
    void onRegistryAnswer();
    void showCandidates(const Patient& p, const QList<DuplicateCandidate>& local, const QList<DuplicateCandidate>& registry);
    void adoptRegistryPatient(const QString& patientId);
    void onAdoptAnswer();
    void registerNew(const Patient& p, const services::RegisterOptions& options);
    void saveEdit(const Patient& p);
    void finish(const Result<Patient>& result, bool created);

    std::shared_ptr<SessionAccess> m_access;
    PatientFormFields* m_fields = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPointer<DuplicateCheckDialog> m_dialog;
    services::RegistryMatchFetch m_registryMatch;
    services::RegistryFetch m_registryFetch;
    QFutureWatcher<Result<QList<services::RegistryMatchHit>>>* m_matchWatcher = nullptr;
    RegistryFetchJob* m_adoptJob = nullptr;       // the "same person" fetch (worker thread)
    Patient m_pending;                            // the draft while the registry is asked
    QList<DuplicateCandidate> m_pendingLocal;     // its local candidates meanwhile
    QList<DuplicateCandidate> m_registryShown;    // the registry's candidates in the open dialog
    Patient m_base;                       // the patient being edited (id, version, MR numbers)
    bool m_editing = false;
    QStringList m_shownWarnings;          // warnings the user has seen; saving again accepts them
    Address m_lastAddress;                // default address of a new patient (see above)
};

} // namespace bhu::ui
