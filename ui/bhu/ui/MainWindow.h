#pragma once
// The main window of an unlocked clinic database: navigation between the product's areas and a
// status bar saying where, who and whether the clinic syncs. It only wires screens together;
// each area is its own widget in ui/screens/.
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class Screen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // In navigation order; Ctrl+1 … Ctrl+7 follow it.
    enum class Area { Patients, TodayVisits, Community, Reports, Sync, Admin, Audit };

    explicit MainWindow(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    // Areas the user's role may not open (the audit trail for most roles) are refused.
    bool showArea(Area area);
    bool isAreaAvailable(Area area) const;
    services::Session& session() const { return *m_session; }
    std::shared_ptr<services::Session> sessionPtr() const { return m_session; }

Q_SIGNALS:
    void lockRequested();   // Go → Lock (Ctrl+L)

private:
    void addScreen(Screen* screen);
    void setupStatusBar();

    std::shared_ptr<services::Session> m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_screens = nullptr;
    QList<QAction*> m_areaActions;
};

} // namespace bhu::ui
