#pragma once
// Patients: find (PatientSearchView), register or edit (PatientForm) and open (PatientPage).
// The screen only switches between them; each is its own widget.
#include "Screen.h"

#include <memory>

class QStackedWidget;

namespace bhu {
struct Patient;
}
namespace bhu::services {
class Session;
}

namespace bhu::ui {

class PatientForm;
class PatientPage;
class PatientSearchView;
class SessionAccess;

class PatientsScreen : public Screen {
    Q_OBJECT
public:
    explicit PatientsScreen(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~PatientsScreen() override;
    QString title() const override;

    PatientSearchView* searchView() const { return m_search; }
    PatientForm* form() const { return m_form; }
    PatientPage* page() const { return m_page; }
    QWidget* currentView() const;

public Q_SLOTS:
    void showSearch();
    void openPatient(const QString& patientId);
    void newPatient(const QString& typedQuery = {});
    void editPatient(const bhu::Patient& patient);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showPatient(const bhu::Patient& patient);
    void showView(QWidget* view);

    std::shared_ptr<SessionAccess> m_access;
    QStackedWidget* m_stack = nullptr;
    PatientSearchView* m_search = nullptr;
    PatientForm* m_form = nullptr;
    PatientPage* m_page = nullptr;
    bool m_formFromPage = false;   // Esc in the form goes back where it came from
};

} // namespace bhu::ui
