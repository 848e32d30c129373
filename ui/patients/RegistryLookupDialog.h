#pragma once
// "Look up in the national registry…" (docs/sync-protocol.md, "History at any facility"): a
// patient not found here is fetched from the registry by MR number, CNIC or B-form, with the
// reason the user must state ("break the glass"). On success the patient and their history are
// stored locally and patientFetched() names the patient to open.
#include "bhu/services/RegistryLookupService.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bhu::ui {

class SessionAccess;

class RegistryLookupDialog : public QDialog {
    Q_OBJECT
public:
    // `fetch` does the network part (bhu::sync::RegistryLookup in the app, a fake in tests).
    RegistryLookupDialog(std::shared_ptr<SessionAccess> access, services::RegistryFetch fetch, QWidget* parent = nullptr);
    void setNumber(const QString& text);   // prefill (the text typed in the search box)
    QString fetchedPatientId() const { return m_patientId; }

Q_SIGNALS:
    void patientFetched(const QString& patientId);

private:
    void lookUp();
    void updateButton();

    std::shared_ptr<SessionAccess> m_access;
    services::RegistryFetch m_fetch;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_number = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_go = nullptr;
    QString m_patientId;
};

} // namespace bhu::ui
