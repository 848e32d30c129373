#include "PatientsScreen.h"

#include "patients/PatientForm.h"
#include "patients/PatientPage.h"
#include "patients/PatientSearchView.h"
#include "patients/SessionAccess.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>

namespace bhu::ui {

PatientsScreen::PatientsScreen(std::shared_ptr<services::Session> session, QWidget* parent)
    : Screen(parent), m_access(std::make_shared<SessionAccess>(std::move(session)))
{
    setObjectName(QStringLiteral("patientsScreen"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("patientsStack"));
    m_search = new PatientSearchView(m_access, m_stack);
    m_form = new PatientForm(m_access, m_stack);
    m_page = new PatientPage(m_access, m_stack);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_page);
    setContent(m_stack);
    setFocusProxy(m_search);

    auto* find = new QShortcut(QKeySequence::Find, this, this, [this] {
        if (m_stack->currentWidget() == m_form) return;   // do not lose a half-filled form
        showSearch();
        m_search->focusSearch();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto* add = new QShortcut(QKeySequence::New, this, this, [this] {
        if (m_stack->currentWidget() == m_search) m_search->requestNewPatient();   // prefilled with a typed name
        else if (m_stack->currentWidget() == m_page) newPatient();
    });
    add->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_search, &PatientSearchView::openPatient, this, &PatientsScreen::openPatient);
    connect(m_search, &PatientSearchView::newPatient, this, &PatientsScreen::newPatient);
    connect(m_form, &PatientForm::saved, this, [this](const Patient& p, bool) { showPatient(p); });
    connect(m_form, &PatientForm::openExisting, this, &PatientsScreen::openPatient);
    connect(m_form, &PatientForm::cancelled, this, [this] {
        if (m_formFromPage) showView(m_page);
        else showSearch();
    });
    connect(m_page, &PatientPage::editRequested, this, &PatientsScreen::editPatient);
    connect(m_page, &PatientPage::backRequested, this, &PatientsScreen::showSearch);
}

PatientsScreen::~PatientsScreen() = default;

QString PatientsScreen::title() const
{
    return tr("Patients");
}

QWidget* PatientsScreen::currentView() const
{
    return m_stack->currentWidget();
}

void PatientsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    // Arriving at Patients means "find someone": the search box takes the keyboard.
    if (m_stack->currentWidget() == m_search) m_search->focusSearch();
    else m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void PatientsScreen::showView(QWidget* view)
{
    m_stack->setCurrentWidget(view);
    view->setFocus(Qt::OtherFocusReason);
}

void PatientsScreen::showSearch()
{
    const bool wasElsewhere = m_stack->currentWidget() != m_search;
    showView(m_search);
    m_search->focusSearch();
    if (wasElsewhere && !m_search->searchEdit()->text().isEmpty()) m_search->refresh();   // details may have changed
}

void PatientsScreen::openPatient(const QString& patientId)
{
    auto p = m_access->run([&patientId](services::PatientService& s) { return s.open(patientId); });
    if (!p.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Patient not opened"), p.error().message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    showPatient(p.value());
}

void PatientsScreen::showPatient(const Patient& patient)
{
    m_page->setPatient(patient);
    showView(m_page);
}

void PatientsScreen::newPatient(const QString& typedQuery)
{
    m_formFromPage = false;
    m_form->startNew(typedQuery);
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus(Qt::OtherFocusReason);
}

void PatientsScreen::editPatient(const Patient& patient)
{
    m_formFromPage = true;
    m_form->startEdit(patient);
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus(Qt::OtherFocusReason);
}

} // namespace bhu::ui
