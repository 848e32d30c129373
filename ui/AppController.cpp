#include "bhu/ui/AppController.h"

#include "admin/BackupScheduler.h"
#include "bhu/services/IdleMonitor.h"
#include "bhu/services/ReferenceService.h"
#include "bhu/services/Session.h"
#include "bhu/services/UserPreferences.h"
#include "bhu/services/UserService.h"
#include "bhu/ui/Language.h"
#include "bhu/ui/MainWindow.h"
#include "bhu/ui/UnlockWindow.h"
#include "setup/FirstRunWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

AppController::AppController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_clock(&Clock::system())
{
    m_idleTimer.setInterval(5000);
    connect(&m_idleTimer, &QTimer::timeout, this, &AppController::checkIdle);
}

AppController::~AppController()
{
    qApp->removeEventFilter(this);
}

void AppController::start()
{
    if (!QFileInfo::exists(m_databasePath)) {
        m_wizard = std::make_unique<FirstRunWizard>(m_databasePath);
        connect(m_wizard.get(), &QWizard::finished, this, &AppController::onWizardFinished);
        m_wizard->show();
        Q_EMIT windowShown(m_wizard.get());
        return;
    }
    showUnlockWindow();
}

void AppController::showUnlockWindow()
{
    m_unlockWindow = std::make_unique<UnlockWindow>(m_databasePath);
    // The facility name is not secret; it is remembered (outside the database) only so that
    // the unlock window can say which clinic's database it opens.
    m_unlockWindow->setFacilityName(QSettings().value(settingsKey()).toString());
    connect(m_unlockWindow.get(), &UnlockWindow::unlocked, this, &AppController::onUnlocked);
    connect(m_unlockWindow.get(), &QDialog::rejected, this, &AppController::cancelled);
    m_unlockWindow->show();
    Q_EMIT windowShown(m_unlockWindow.get());
}

void AppController::onWizardFinished(int result)
{
    FirstRunWizard* w = m_wizard.get();
    if (result != QDialog::Accepted || !w->isCreated()) {
        if (w->isCreated()) {   // created, then closed: sign in normally next
            m_wizard.release()->deleteLater();
            showUnlockWindow();
            return;
        }
        Q_EMIT cancelled();
        return;
    }
    // First sign-in as the new administrator, off the GUI thread (key derivation).
    const QString path = m_databasePath, user = w->adminUser(), password = w->adminPassword();
    w->forgetPassword();
    w->hide();
    auto result_ = std::make_shared<Result<std::unique_ptr<services::Session>>>(Error{});
    m_firstLogin = new QFutureWatcher<void>(this);
    connect(m_firstLogin, &QFutureWatcher<void>::finished, this, [this, result_] {
        m_firstLogin->deleteLater();
        m_firstLogin = nullptr;
        m_wizard.release()->deleteLater();
        if (!result_->ok()) {
            showUnlockWindow();
            m_unlockWindow->setNotice(result_->error().message);
            return;
        }
        onUnlocked(std::shared_ptr<services::Session>(std::move(result_->value())));
    });
    m_firstLogin->setFuture(QtConcurrent::run([path, user, password, result_] {
        *result_ = services::Session::unlock(path, user, password, QStringLiteral("ui/first-run"));
    }));
}

void AppController::onUnlocked(std::shared_ptr<services::Session> session)
{
    QSettings().setValue(settingsKey(), session->facility().name);
    // The lists in use: the facility's own medicines list, national lists received from the
    // registry, else the shipped ones (services/ReferenceService).
    if (const Status st = services::ReferenceService(*session).activate(); !st.ok())
        qWarning("bhu: the facility's reference lists could not be loaded; the shipped lists are used: %s",
                 qUtf8Printable(st.error().detail));
    // The user's own language (Admin → Language), if they chose one: before the main window,
    // which is then built in it.
    if (auto language = services::UserPreferences(*session).language(); language.ok() && !language.value().isEmpty()) {
        Language::instance().apply(language.value());
        QSettings().setValue(QStringLiteral("ui/language"), language.value());
    }
    auto minutes = services::UserService(*session).idleLockMinutes();
    m_idle = std::make_unique<services::IdleMonitor>(*m_clock, (minutes.ok() ? minutes.value() : 5) * 60);
    const bool sameUser = session->user().username == m_lockedUser;
    m_mainWindow = std::make_unique<MainWindow>(session);
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    if (m_lockedArea && sameUser) m_mainWindow->showArea(static_cast<MainWindow::Area>(*m_lockedArea));
    m_lockedArea.reset();
    m_backups = std::make_unique<BackupScheduler>(session);
    m_mainWindow->show();
    if (m_unlockWindow) {
        // We are inside the unlock window's signal: delete it once control is back in the loop.
        m_unlockWindow->disconnect(this);
        m_unlockWindow->hide();
        m_unlockWindow.release()->deleteLater();
    }
    qApp->installEventFilter(this);
    m_idleTimer.start();
    Q_EMIT windowShown(m_mainWindow.get());
}

int AppController::idleTimeoutSecs() const { return m_idle ? m_idle->timeoutSecs() : 0; }

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle) m_idle->activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppController::checkIdle()
{
    if (m_idle && m_mainWindow && m_idle->isIdle()) lock();
}

void AppController::lock()
{
    if (!m_mainWindow) return;
    m_idleTimer.stop();
    qApp->removeEventFilter(this);
    m_lockedArea = static_cast<int>(m_mainWindow->currentArea());
    std::shared_ptr<services::Session> session = m_mainWindow->sessionPtr();
    m_lockedUser = session->user().username;
    m_backups.reset();
    // Screens holding patient data go away with the window, now (lockRequested is queued, so we
    // are not inside the window's own code): their destructors wait for searches still running
    // on the thread pool. Only then is the key wiped and the handle closed.
    m_mainWindow.reset();
    session->forgetSensitiveData(QStringLiteral("lock"));
    session.reset();
    m_idle.reset();
    if (QClipboard* c = QGuiApplication::clipboard()) c->clear();
    showUnlockWindow();
    m_unlockWindow->setUserName(m_lockedUser);
    m_unlockWindow->setNotice(tr("The screen was locked. Sign in again to continue where you were."));
    Q_EMIT locked();
}

QString AppController::settingsKey() const
{
    const QByteArray path = QFileInfo(m_databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("databases/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16)) +
           QStringLiteral("/facilityName");
}

} // namespace bhu::ui
