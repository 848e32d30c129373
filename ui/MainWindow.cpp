#include "bhu/ui/MainWindow.h"

#include "AdminScreen.h"
#include "AuditScreen.h"
#include "CommunityScreen.h"
#include "PatientsScreen.h"
#include "ReportsScreen.h"
#include "SyncScreen.h"
#include "TodayVisitsScreen.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/Session.h"
#include "patients/PatientPage.h"
#include "setup/DemoBanner.h"

#include <QAction>
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
    setWindowTitle(tr("BHU Clinic — %1").arg(m_session->facility().name));
    const bool demo = services::isDemoFacility(*m_session);
    if (demo) setWindowTitle(tr("DEMO — %1").arg(windowTitle()));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("screens"));

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    auto* areaGroup = new QActionGroup(this);
    auto* patients = new PatientsScreen(m_session, this);
    // One SessionAccess (one lock) for the Patients and Today's visits areas.
    auto* today = new TodayVisitsScreen(patients->page()->access(), this);
    const QList<Screen*> screens{patients, today, new CommunityScreen(patients->page()->access(), Clock::system(), this), new ReportsScreen(m_session, this), new SyncScreen(m_session, this), new AdminScreen(m_session, this),
                                new AuditScreen(m_session, this)};
    for (Screen* screen : screens) {   // in Area order
        addScreen(screen);
        QAction* action = m_areaActions.constLast();
        areaGroup->addAction(action);
        goMenu->addAction(action);
    }
    goMenu->addSeparator();
    auto* lockAction = goMenu->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key_L)));
    auto* quit = goMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Width of the navigation: its longest title, whatever the language.
    int widest = 0;
    for (const Screen* screen : screens) widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(screen->title()));
    m_navigation->setFixedWidth(widest + 8 * m_navigation->fontMetrics().averageCharWidth());

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
    // The audit trail is for supervisors and administrators only (the service refuses too).
    if (!isAreaAvailable(Area::Audit)) {
        const int row = static_cast<int>(Area::Audit);
        m_navigation->item(row)->setFlags(Qt::NoItemFlags);
        m_areaActions.at(row)->setEnabled(false);
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

    setupStatusBar();
    // Tab moves from the navigation into the current screen and back.
    setTabOrder(m_navigation, m_screens);
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_screens->currentIndex());
}

bool MainWindow::isAreaAvailable(Area area) const
{
    if (area == Area::Audit) return services::allowed(m_session->role(), services::Permission::ViewAudit);
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
    const auto& facility = m_session->facility();
    const auto& user = m_session->user();
    // Where and who at the start of the bar, sync state at its end (mirrored right-to-left).
    auto addLabel = [this](const QString& name, const QString& text, const QString& toolTip, bool permanent) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(toolTip);
        label->setContentsMargins(8, 0, 8, 0);
        if (permanent) statusBar()->addPermanentWidget(label);
        else statusBar()->addWidget(label);
    };
    addLabel(QStringLiteral("facilityStatus"), tr("%1 (%2)").arg(facility.name, facility.code), tr("Facility"), false);
    const QString who = user.fullName.isEmpty() ? user.username : user.fullName;
    addLabel(QStringLiteral("userStatus"), tr("%1 — %2").arg(who, roleDisplayName(user.role)), tr("Signed in"), false);
    addLabel(QStringLiteral("syncStatus"), tr("Not enrolled with a registry"), tr("Sync"), true);
    statusBar()->setSizeGripEnabled(true);
}

} // namespace bhu::ui
