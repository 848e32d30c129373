#include "Screenshots.h"

#include "CommandLine.h"
#include "bhu/services/ReferenceService.h"
#include "bhu/services/Session.h"
#include "bhu/ui/MainWindow.h"
#include "screens/Screen.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QThreadPool>

namespace bhu::clinic {

namespace {

// Lets queued work (searches on the thread pool, deferred loads) finish before a screen is taken.
void settle()
{
    for (int round = 0; round < 3; ++round) {
        QThreadPool::globalInstance()->waitForDone(10000);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 100) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

bool save(QWidget* window, const QString& path, QTextStream& out, QTextStream& err)
{
    settle();
    if (!window->grab().save(path, "PNG")) {
        err << QCoreApplication::translate("bhu::clinic", "bhu-clinic: could not write %1.").arg(path) << Qt::endl;
        return false;
    }
    out << path << Qt::endl;
    return true;
}

} // namespace

int takeScreenshots(const QString& databasePath, const QString& user, const QString& dir)
{
    QTextStream out(stdout), err(stderr);
    if (!QDir().mkpath(dir)) {
        err << QCoreApplication::translate("bhu::clinic", "bhu-clinic: cannot create the folder %1.").arg(dir) << Qt::endl;
        return Failure;
    }
    auto session = services::Session::unlock(databasePath, user, qEnvironmentVariable("BHU_PASSWORD"), QStringLiteral("ui/screenshots"));
    if (!session.ok()) {
        err << "bhu-clinic: " << session.error().message << Qt::endl;
        return Failure;
    }
    std::shared_ptr<services::Session> s(std::move(session.value()));
    (void)services::ReferenceService(*s).activate();

    int written = 0;
    bool ok = true;
    {
        ui::MainWindow window(s);
        window.resize(1280, 800);
        window.show();
        const QList<ui::Screen*> screens = window.screens();
        for (int i = 0; i < screens.size(); ++i) {
            if (!window.showArea(static_cast<ui::MainWindow::Area>(i))) continue;   // not for this role
            const QString name = screens.at(i)->objectName();
            ok = save(&window, QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name)), out, err) && ok;
            ++written;
        }
        // The registration form, the screen the front desk spends most time in.
        window.showArea(ui::MainWindow::Area::Patients);
        if (QMetaObject::invokeMethod(screens.constFirst(), "newPatient", Q_ARG(QString, QString()))) {
            ok = save(&window, QDir(dir).filePath(QStringLiteral("%1-patientForm.png").arg(screens.size() + 1, 2, 10, QLatin1Char('0'))), out, err) && ok;
            ++written;
        }
    }
    s->forgetSensitiveData(QStringLiteral("screenshots"));
    return ok && written > 0 ? Ok : Failure;
}

} // namespace bhu::clinic
