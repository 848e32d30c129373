#pragma once
// The main window of an unlocked clinic database: navigation between the product's areas and a
// status bar saying where, who and whether the clinic syncs. It only wires screens together;
// each area is its own widget in ui/screens/.
//
// Language switch (bhu::ui::Language): on QEvent::LanguageChange the window retitles itself
// (title, menus, status bar) and rebuilds its screens in the new language and direction, so
// that every screen, table header and date is in it, including screens added later. The area
// shown and the patient open stay; a form not yet saved is started again.
#include <QMainWindow>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class NewAnswersNotice;
class Screen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // In navigation order; Ctrl+1 … Ctrl+8 follow it. Consultations is the BHU clinician's
    // Consultations screen, or the specialist's inbox for the specialist role; other roles may
    // not open it.
    enum class Area { Patients, TodayVisits, Community, Reports, Sync, Admin, Audit, Consultations };

    explicit MainWindow(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    // Areas the user's role may not open (the audit trail for most roles) are refused.
    bool showArea(Area area);
    bool isAreaAvailable(Area area) const;
    services::Session& session() const { return *m_session; }
    std::shared_ptr<services::Session> sessionPtr() const { return m_session; }

    // The screens now in the stack, in Area order (they are rebuilt on a language switch).
    QList<Screen*> screens() const;
    // How many times the screens were rebuilt for a language switch.
    int rebuildCount() const { return m_rebuilds; }
    // The "new answers" notice of the status bar (teleconsultation, after a sync).
    NewAnswersNotice* answersNotice() const { return m_answersNotice; }

Q_SIGNALS:
    void lockRequested();   // Go → Lock (Ctrl+L)
    void screensRebuilt();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildScreens();
    void rebuildScreens();
    void retranslateUi();
    void addScreen(Screen* screen);
    void setupStatusBar();

    std::shared_ptr<services::Session> m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_screens = nullptr;
    QList<QAction*> m_areaActions;
    QMenu* m_goMenu = nullptr;
    QActionGroup* m_areaGroup = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QLabel* m_facilityStatus = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_syncStatus = nullptr;
    NewAnswersNotice* m_answersNotice = nullptr;
    int m_generation = 0;   // Language::generation() the screens were built in
    bool m_rebuildPending = false;
    int m_rebuilds = 0;
};

} // namespace bhu::ui
