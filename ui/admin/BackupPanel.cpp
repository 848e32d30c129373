#include "BackupPanel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

BackupPanel::BackupPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Backups"), parent), m_session(std::move(session)),
      m_watcher(new QFutureWatcher<Result<services::BackupResult>>(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_folder = new QLineEdit(this);
    m_folder->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_hours = new QSpinBox(this);
    m_hours->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_hours->setObjectName(QStringLiteral("backupHours"));
    m_hours->setRange(1, 24 * 7);
    m_hours->setSuffix(tr(" hours"));
    m_keep = new QSpinBox(this);
    m_keep->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 365);
    auto* save = new QPushButton(tr("&Save settings"), this);
    save->setObjectName(QStringLiteral("backupSave"));
    m_now = new QPushButton(tr("Back up &now"), this);
    m_now->setObjectName(QStringLiteral("backupNow"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Folder (e.g. a USB drive):"), folderRow);
    form->addRow(tr("Back up e&very:"), m_hours);
    form->addRow(tr("&Keep the newest:"), m_keep);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_now);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    auto current = services::BackupService(*m_session).settings();
    const services::BackupSettings b = current.ok() ? current.value() : services::BackupSettings{};
    m_folder->setText(b.folder);
    m_hours->setValue(b.intervalHours);
    m_keep->setValue(b.keep);

    connect(browse, &QPushButton::clicked, this, [this] {
        auto* d = new QFileDialog(this, tr("Folder for backups"), m_folder->text());
        d->setFileMode(QFileDialog::Directory);
        d->setOption(QFileDialog::ShowDirsOnly);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        d->open();
    });
    connect(save, &QPushButton::clicked, this, &BackupPanel::saveSettings);
    connect(m_now, &QPushButton::clicked, this, &BackupPanel::backupNow);
    connect(this, &BackupPanel::progressed, m_progress, &QProgressBar::setValue, Qt::QueuedConnection);
    connect(m_watcher, &QFutureWatcher<Result<services::BackupResult>>::finished, this, &BackupPanel::onFinished);
}

BackupPanel::~BackupPanel()
{
    // The worker reports progress through this object: let it finish first.
    m_watcher->waitForFinished();
}

bool BackupPanel::saveSettings()
{
    const Status s = services::BackupService(*m_session).saveSettings({m_folder->text().trimmed(), m_hours->value(), m_keep->value()});
    m_message->setText(s.ok() ? tr("Saved.") : s.error().message);
    return s.ok();
}

void BackupPanel::backupNow()
{
    if (isBusy()) return;
    m_now->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_message->setText(tr("Backing up… work can go on meanwhile."));
    const QString folder = m_folder->text().trimmed();
    const int keep = m_keep->value();
    m_watcher->setFuture(QtConcurrent::run([this, s = m_session, folder, keep] {
        return services::BackupService(*s).backupNow(folder, keep, [this](qint64 done, qint64 total) {
            Q_EMIT progressed(static_cast<int>(total > 0 ? done * 100 / total : 100));
        });
    }));
}

void BackupPanel::onFinished()
{
    const Result<services::BackupResult> r = m_watcher->result();
    m_now->setEnabled(true);
    m_progress->hide();
    m_message->setText(r.ok() ? tr("Backed up to %1.").arg(r->file) : r.error().message);
    Q_EMIT backupFinished(r.ok());
}

} // namespace bhu::ui
