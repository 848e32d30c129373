#include "bhu/ui/MainWindow.h"

#include "AdminScreen.h"
#include "AuditScreen.h"
#include "CommunityScreen.h"
#include "ConsultationsScreen.h"
#include "PatientsScreen.h"
#include "ReportsScreen.h"
#include "SpecialistInboxScreen.h"
#include "SyncScreen.h"
#include "TodayVisitsScreen.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/Session.h"
#include "bhu/ui/Language.h"
#include "consult/NewAnswersNotice.h"
#include "patients/PatientPage.h"
#include "setup/DemoBanner.h"

#include <QAction>
#include <QEvent>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bhu::ui {

MainWindow::MainWindow(std::shared_ptr<services::Session> session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    const bool demo = services::isDemoFacility(*m_session);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("screens"));

    m_goMenu = menuBar()->addMenu(QString());
    m_areaGroup = new QActionGroup(this);
    m_goMenu->addSeparator();
    m_lockAction = m_goMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_L)));
    m_quitAction = m_goMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (demo) outer->addWidget(new DemoBanner(central));   // above every screen
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        m_screens->setCurrentIndex(row);
        m_areaActions.at(row)->setChecked(true);
        // Audit entries say from which screen the user acted.
        m_session->setSource(QStringLiteral("ui/") + m_screens->widget(row)->objectName());
    });

    setupStatusBar();
    buildScreens();
    retranslateUi();
    // Tab moves from the navigation into the current screen and back.
    setTabOrder(m_navigation, m_screens);
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildScreens()
{
    m_generation = Language::instance().generation();
    auto* patients = new PatientsScreen(m_session, this);
    // One SessionAccess (one lock) for the Patients and Today's visits areas.
    auto* today = new TodayVisitsScreen(patients->page()->access(), this);
    // The specialist's inbox asks the registry (sync/ConsultationClient) on a worker thread.
    Screen* consultations = nullptr;
    if (services::allowed(m_session->role(), services::Permission::AnswerConsultation))
        consultations = new SpecialistInboxScreen(
            patients->page()->access(),
            [session = m_session](std::shared_ptr<std::atomic_bool> cancel) { return registryConsultationRemote(session, std::move(cancel)); },
            this);
    else
        consultations = new ConsultationsScreen(patients->page()->access(), this);
    auto* syncScreen = new SyncScreen(m_session, this);
    const QList<Screen*> screens{patients, today, new CommunityScreen(patients->page()->access(), Clock::system(), this), new ReportsScreen(m_session, this), syncScreen, new AdminScreen(m_session, this),
                                new AuditScreen(m_session, this), consultations};
    QAction* separator = m_goMenu->actions().value(0);
    for (Screen* screen : screens) {   // in Area order
        addScreen(screen);
        QAction* action = m_areaActions.constLast();
        m_areaGroup->addAction(action);
        m_goMenu->insertAction(separator, action);
    }
    // The audit trail is for supervisors and administrators only (the service refuses too).
    // Teleconsultations are for clinicians and specialists only (the service refuses too).
    for (Area area : {Area::Audit, Area::Consultations}) {
        if (isAreaAvailable(area)) continue;
        const int row = static_cast<int>(area);
        m_navigation->item(row)->setFlags(Qt::NoItemFlags);
        m_areaActions.at(row)->setEnabled(false);
    }
    if (auto* bhu = qobject_cast<ConsultationsScreen*>(consultations)) {
        connect(bhu, &ConsultationsScreen::visitChanged, patients->page(), [page = patients->page()](const QString& patientId) {
            if (page->patient().id == patientId) page->reloadVisits();
        });
        // After every sync run: did it bring specialists' answers or questions?
        m_answersNotice->setAccess(patients->page()->access());
        connect(syncScreen, &SyncScreen::synced, m_answersNotice, &NewAnswersNotice::check);
        connect(syncScreen, &SyncScreen::synced, bhu, [bhu] {
            if (bhu->isVisible()) bhu->refresh();
        });
    }

    // A visit opened from the patient's timeline is shown in Today's visits; a changed visit
    // refreshes the timeline.
    connect(patients->page(), &PatientPage::openVisitRequested, this, [this, today](const VisitRecord& r) {
        showArea(Area::TodayVisits);
        today->showVisit(r);
    });
    connect(today, &TodayVisitsScreen::visitChanged, patients->page(), [page = patients->page()](const QString& patientId) {
        if (page->patient().id == patientId) page->reloadVisits();
    });

    // Width of the navigation: its longest title, whatever the language.
    int widest = 0;
    for (const Screen* screen : screens) widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(screen->title()));
    m_navigation->setFixedWidth(widest + 8 * m_navigation->fontMetrics().averageCharWidth());
}

QList<Screen*> MainWindow::screens() const
{
    QList<Screen*> list;
    for (int i = 0; i < m_screens->count(); ++i) list << static_cast<Screen*>(m_screens->widget(i));
    return list;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    retranslateUi();
    if (m_generation == Language::instance().generation() || m_rebuildPending) return;
    // Rebuilt from the event loop, never inside the code of a screen that is being replaced
    // (the language is chosen on the Admin screen).
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &MainWindow::rebuildScreens, Qt::QueuedConnection);
}

void MainWindow::rebuildScreens()
{
    m_rebuildPending = false;
    if (m_generation == Language::instance().generation()) return;
    const int area = m_screens->currentIndex();
    const bool hadFocus = isActiveWindow();
    QString openPatient;
    if (auto* patients = qobject_cast<PatientsScreen*>(m_screens->widget(0)); patients && patients->currentView() == patients->page())
        openPatient = patients->page()->patient().id;

    const QSignalBlocker block(m_navigation);
    for (QAction* a : std::as_const(m_areaActions)) delete a;
    m_areaActions.clear();
    m_navigation->clear();
    // Screens holding patient data wait for their searches in their destructors.
    while (m_screens->count() > 0) delete m_screens->widget(0);
    buildScreens();
    retranslateUi();

    if (!openPatient.isEmpty()) static_cast<PatientsScreen*>(m_screens->widget(0))->openPatient(openPatient);
    const int row = qMax(0, area);
    m_navigation->setCurrentRow(row);
    m_screens->setCurrentIndex(row);
    m_areaActions.at(row)->setChecked(true);
    if (hadFocus) m_screens->currentWidget()->setFocus(Qt::OtherFocusReason);
    ++m_rebuilds;
    Q_EMIT screensRebuilt();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("BHU Clinic — %1").arg(m_session->facility().name));
    if (services::isDemoFacility(*m_session)) setWindowTitle(tr("DEMO — %1").arg(windowTitle()));
    m_navigation->setAccessibleName(tr("Areas"));
    m_goMenu->setTitle(tr("&Go"));
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("&Quit"));
    const auto& facility = m_session->facility();
    const auto& user = m_session->user();
    m_facilityStatus->setText(tr("%1 (%2)").arg(facility.name, facility.code));
    m_facilityStatus->setToolTip(tr("Facility"));
    const QString who = user.fullName.isEmpty() ? user.username : user.fullName;
    m_userStatus->setText(tr("%1 — %2").arg(who, roleDisplayName(user.role)));
    m_userStatus->setToolTip(tr("Signed in"));
    m_syncStatus->setText(tr("Not enrolled with a registry"));
    m_syncStatus->setToolTip(tr("Sync"));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_screens->currentIndex());
}

bool MainWindow::isAreaAvailable(Area area) const
{
    if (area == Area::Audit) return services::allowed(m_session->role(), services::Permission::ViewAudit);
    if (area == Area::Consultations)
        return services::allowed(m_session->role(), services::Permission::RequestConsultation) ||
               services::allowed(m_session->role(), services::Permission::AnswerConsultation);
    return true;
}

bool MainWindow::showArea(Area area)
{
    if (!isAreaAvailable(area)) return false;
    m_navigation->setCurrentRow(static_cast<int>(area));
    return true;
}

void MainWindow::addScreen(Screen* screen)
{
    const int index = m_screens->addWidget(screen);
    auto* item = new QListWidgetItem(screen->title(), m_navigation);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2 + 4));
    item->setTextAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto* action = new QAction(screen->title(), this);
    action->setObjectName(screen->objectName() + QStringLiteral("Action"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index))));
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, index] { showArea(static_cast<Area>(index)); });
    item->setToolTip(tr("%1 (%2)").arg(screen->title(), action->shortcut().toString(QKeySequence::NativeText)));
    m_areaActions.append(action);
}

void MainWindow::setupStatusBar()
{
    // Where and who at the start of the bar, sync state at its end (mirrored right-to-left).
    auto addLabel = [this](const QString& name, bool permanent) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(8, 0, 8, 0);
        if (permanent) statusBar()->addPermanentWidget(label);
        else statusBar()->addWidget(label);
        return label;
    };
    m_facilityStatus = addLabel(QStringLiteral("facilityStatus"), false);
    m_userStatus = addLabel(QStringLiteral("userStatus"), false);
    m_syncStatus = addLabel(QStringLiteral("syncStatus"), true);
    m_answersNotice = new NewAnswersNotice(this);   // hidden until a sync brings answers
    statusBar()->addPermanentWidget(m_answersNotice);
    connect(m_answersNotice, &NewAnswersNotice::openRequested, this, [this] {
        if (showArea(Area::Consultations)) m_screens->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    });
    statusBar()->setSizeGripEnabled(true);
}

} // namespace bhu::ui
