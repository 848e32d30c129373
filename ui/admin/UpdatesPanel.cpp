#include "UpdatesPanel.h"

#include "../sync/UpdateNoticeLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

UpdatesPanel::UpdatesPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Updates"), parent), m_session(std::move(session)),
      m_watcher(new QFutureWatcher<Result<services::PackageCheck>>(this))
{
    setObjectName(QStringLiteral("updatesPanel"));
    m_notice = new UpdateNoticeLabel(this);
    m_verify = new QPushButton(tr("&Verify a package from USB…"), this);
    m_verify->setObjectName(QStringLiteral("verifyPackageButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("packageResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(new QLabel(tr("Copy the package and its .manifest file from the USB stick into one folder, then choose the "
                                    "package. It is checked against the release key built into this program; nothing is installed."),
                                 this));
    layout->addWidget(m_verify, 0, Qt::AlignLeading);
    layout->addWidget(m_result);
    connect(m_verify, &QPushButton::clicked, this, &UpdatesPanel::chooseAndVerify);
    connect(m_watcher, &QFutureWatcher<Result<services::PackageCheck>>::finished, this, &UpdatesPanel::onFinished);
    m_notice->refresh(*m_session);
}

UpdatesPanel::~UpdatesPanel()
{
    m_watcher->waitForFinished();
}

void UpdatesPanel::chooseAndVerify()
{
    auto* d = new QFileDialog(this, tr("Choose the update package"), QDir::homePath(), tr("Packages (*.deb *.exe);;All files (*)"));
    d->setFileMode(QFileDialog::ExistingFile);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, &UpdatesPanel::verifyPackage);
    d->open();
}

void UpdatesPanel::verifyPackage(const QString& path)
{
    if (path.isEmpty() || m_watcher->isRunning()) return;
    m_path = path;
    m_verify->setEnabled(false);
    m_result->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    // Hashing a package of tens of MB takes a while on a slow disk: off the GUI thread. The
    // service takes the session's lock only for its audit entry.
    std::shared_ptr<services::Session> session = m_session;
    m_watcher->setFuture(QtConcurrent::run([session, path] { return services::UpdateService(*session).verifyPackage(path); }));
}

void UpdatesPanel::onFinished()
{
    m_verify->setEnabled(true);
    const Result<services::PackageCheck> r = m_watcher->result();
    if (!r.ok()) {
        m_result->setText(tr("Not verified: %1").arg(r.error().message));
        Q_EMIT verified(false);
        return;
    }
    QString text = tr("Verified: %1 version %2 (%3, SHA-256 %4).")
                       .arg(r->manifest.product, r->manifest.version, r->file.name, QString::fromLatin1(r->file.sha256));
    text += u' ' + (r->newer ? tr("It is newer than this program. Install it with: sudo apt install %1").arg(QDir::toNativeSeparators(m_path))
                             : tr("It is not newer than this program: there is no need to install it."));
    m_result->setText(text);
    Q_EMIT verified(true);
}

} // namespace bhu::ui
