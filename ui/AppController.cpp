#include "bhu/ui/AppController.h"

#include "bhu/services/ReferenceService.h"
#include "bhu/services/Session.h"
#include "bhu/ui/MainWindow.h"
#include "bhu/ui/UnlockWindow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace bhu::ui {

AppController::AppController(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
}

AppController::~AppController() = default;

void AppController::start()
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

void AppController::onUnlocked(std::shared_ptr<services::Session> session)
{
    QSettings().setValue(settingsKey(), session->facility().name);
    // The facility's own medicines list, if it has one (validated when it was imported).
    if (const Status st = services::ReferenceService(*session).activate(); !st.ok())
        qWarning("bhu: the facility's reference lists could not be loaded; the shipped lists are used: %s",
                 qUtf8Printable(st.error().detail));
    m_mainWindow = std::make_unique<MainWindow>(std::move(session));
    m_mainWindow->show();
    // We are inside the unlock window's signal: delete it once control is back in the loop.
    m_unlockWindow->disconnect(this);
    m_unlockWindow->hide();
    m_unlockWindow.release()->deleteLater();
    Q_EMIT windowShown(m_mainWindow.get());
}

QString AppController::settingsKey() const
{
    const QByteArray path = QFileInfo(m_databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("databases/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16)) +
           QStringLiteral("/facilityName");
}

} // namespace bhu::ui
