#pragma once
// "Look up in the national registry…" (docs/sync-protocol.md, "History at any facility"): a
// patient not found here is fetched from the registry by MR number, CNIC or B-form, with the
// reason the user must state ("break the glass"). On success the patient and their history are
// stored locally and patientFetched() names the patient to open.
// The registry is asked on a worker thread (RegistryFetchJob): the dialog stays responsive and
// shows "Asking the national registry…" with a busy bar; Cancel then aborts the request (the
// dialog stays open for another try; Esc or closing the window aborts it too). The attempt is
// audited before the question leaves; the answer is stored on the GUI thread.
#include "bhu/services/RegistryLookupService.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace bhu::ui {

class RegistryFetchJob;
class SessionAccess;

class RegistryLookupDialog : public QDialog {
    Q_OBJECT
public:
    // `fetch` does the network part (bhu::sync::RegistryLookup in the app, a fake in tests).
    RegistryLookupDialog(std::shared_ptr<SessionAccess> access, services::RegistryFetch fetch, QWidget* parent = nullptr);
    void setNumber(const QString& text);   // prefill (the text typed in the search box)
    QString fetchedPatientId() const { return m_patientId; }
    bool isAsking() const;   // a lookup is on its way to the registry

public Q_SLOTS:
    void reject() override;   // while asking: aborts the request, then closes

Q_SIGNALS:
    void patientFetched(const QString& patientId);

private:
    void lookUp();
    void onAnswer();
    void cancelLookUp();
    void setAsking(bool asking);
    void updateButton();

    std::shared_ptr<SessionAccess> m_access;
    services::RegistryFetch m_fetch;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_number = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_go = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_busy = nullptr;
    RegistryFetchJob* m_job = nullptr;
    QString m_patientId;
};

} // namespace bhu::ui
