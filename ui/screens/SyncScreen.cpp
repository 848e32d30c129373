#include "SyncScreen.h"

#include "../sync/EnrolmentBox.h"
#include "../sync/UpdateNoticeLabel.h"
#include "bhu/services/UpdateService.h"
#include "bhu/services/SyncService.h"
#include "bhu/services/ReferenceService.h"
#include "bhu/sync/SyncController.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : SyncScreen::tr("never");
}
QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n);
}
} // namespace

SyncScreen::SyncScreen(std::shared_ptr<services::Session> session, QWidget* parent) : Screen(parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("syncScreen"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(content));
    m_update = new UpdateNoticeLabel(content);   // the administrator only (UpdateService)
    layout->addWidget(m_update);

    m_registry = new QLabel(content);
    m_registry->setObjectName(QStringLiteral("syncRegistry"));
    m_registry->setWordWrap(true);
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_last = new QLabel(content);
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_last->setWordWrap(true);
    m_waiting = new QLabel(content);
    m_waiting->setObjectName(QStringLiteral("syncWaiting"));
    m_waiting->setWordWrap(true);
    for (QLabel* l : {m_registry, m_state, m_last, m_waiting}) layout->addWidget(l);

    m_enrol = new EnrolmentBox(services::SyncService(*m_session).mayEnrol(), content);
    layout->addWidget(m_enrol);
    connect(m_enrol, &EnrolmentBox::enrolRequested, this, [this](const QString& url, const QString& token, const QString& caFile) {
        QByteArray ca;
        if (!caFile.isEmpty()) {
            QFile file(caFile);
            if (!file.open(QIODevice::ReadOnly)) {
                m_enrol->showResult(false, tr("%1 could not be read: %2.").arg(caFile, file.errorString()));
                return;
            }
            ca = file.readAll();
        }
        ensureController();
        if (!m_controller) return;
        m_enrol->setBusy(true);
        m_controller->enroll(sync::EnrolRequest{url, token, QSysInfo::machineHostName(), ca});
    });

    m_syncNow = new QPushButton(tr("&Sync now"), content);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_cancel = new QPushButton(tr("&Cancel"), content);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncScreen::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_controller) m_controller->cancel();
    });

    layout->addWidget(new QLabel(tr("Needs attention"), content));
    m_issues = new QTableWidget(0, 4, content);
    m_issues->setObjectName(QStringLiteral("syncIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Why"), tr("Since")});
    m_issues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_issues, 1);
    m_retry = new QPushButton(tr("&Retry"), content);
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_dismiss = new QPushButton(tr("&Dismiss (reviewed)"), content);
    m_dismiss->setObjectName(QStringLiteral("syncDismiss"));
    auto* issueButtons = new QHBoxLayout;
    issueButtons->addWidget(m_retry);
    issueButtons->addWidget(m_dismiss);
    issueButtons->addStretch();
    layout->addLayout(issueButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] { onIssueAction(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { onIssueAction(false); });
    setContent(content);

    refresh();
}

SyncScreen::~SyncScreen() = default;

QString SyncScreen::title() const
{
    return tr("Sync");
}

void SyncScreen::ensureController()
{
    if (m_controller) return;
    auto lock = m_session->guard();
    auto sibling = m_session->store().openSibling();
    if (!sibling.ok()) {
        m_state->setText(sibling.error().message);
        return;
    }
    sync::SyncController::Options options;
    options.engine.verifyUpdate = services::announcedManifestVerifier();   // the release key built into the program
    m_controller = new sync::SyncController(std::move(sibling.value()), options, this);
    connect(m_controller, &sync::SyncController::progress, this, &SyncScreen::onProgress);
    connect(m_controller, &sync::SyncController::finished, this, &SyncScreen::onFinished);
    connect(m_controller, &sync::SyncController::stateChanged, this, [this] { refresh(); });
    connect(m_controller, &sync::SyncController::enrolled, this, [this](bool ok, const QString& message) {
        m_enrol->setBusy(false);
        m_enrol->showResult(ok, message);
        refresh();
        if (ok) m_controller->start();
    });
}

void SyncScreen::refresh()
{
    m_update->refresh(*m_session);
    auto o = services::SyncService(*m_session).overview();
    if (!o.ok()) {
        m_state->setText(o.error().message);
        return;
    }
    m_enrol->setVisible(!o->enrolled);
    m_syncNow->setEnabled(o->enrolled && !(m_controller && m_controller->isRunning()));
    m_cancel->setEnabled(m_controller && m_controller->isRunning());
    m_registry->setText(o->enrolled ? tr("Registry: %1 (facility %2, enrolled %3)").arg(o->registryUrl, o->facilityCode, when(o->enrolledAt))
                                    : tr("This clinic is not enrolled with a registry yet: its records stay on this computer."));
    QString state = tr("Idle");
    if (m_controller) {
        switch (m_controller->state()) {
        case sync::SyncController::State::Syncing: state = tr("Syncing…"); break;
        case sync::SyncController::State::Waiting: state = tr("Waiting to try again"); break;
        case sync::SyncController::State::Offline: state = tr("Offline: will sync when the connection returns"); break;
        case sync::SyncController::State::Idle: break;
        }
    }
    m_state->setText(tr("State: %1").arg(state));
    QString last = tr("Last success: %1. Last attempt: %2.").arg(when(o->status.lastSuccessAt), when(o->status.lastAttemptAt));
    if (!o->status.lastError.isEmpty()) last += u' ' + tr("Last error: %1").arg(o->status.lastError);
    last += u' ' + tr("Sent %1, received %2 in all.").arg(bytes(o->status.bytesSent), bytes(o->status.bytesReceived));
    m_last->setText(last);
    QStringList waiting;
    qint64 total = 0;
    for (auto it = o->waitingByType.cbegin(); it != o->waitingByType.cend(); ++it) {
        waiting << tr("%1: %2").arg(it.key(), QLocale().toString(it.value()));
        total += it.value();
    }
    m_waiting->setText(total == 0 ? tr("Nothing is waiting to be sent.")
                                  : tr("Waiting to be sent: %1 (%2)").arg(QLocale().toString(total), waiting.join(QStringLiteral(", "))));
    m_issues->setRowCount(static_cast<int>(o->issues.size()));
    for (int i = 0; i < o->issues.size(); ++i) {
        const db::SyncIssue& is = o->issues.at(i);
        auto* record = new QTableWidgetItem(is.resourceType);
        record->setData(Qt::UserRole, is.id);
        m_issues->setItem(i, 0, record);
        m_issues->setItem(i, 1, new QTableWidgetItem(is.field));
        m_issues->setItem(i, 2, new QTableWidgetItem(is.reason));
        m_issues->setItem(i, 3, new QTableWidgetItem(when(is.createdAt)));
    }
    m_retry->setEnabled(!o->issues.isEmpty());
    m_dismiss->setEnabled(!o->issues.isEmpty());
    if (o->enrolled && !m_controller) {
        ensureController();
        if (m_controller) m_controller->start();
    }
}

void SyncScreen::syncNow()
{
    ensureController();
    if (!m_controller) return;
    m_controller->syncNow();
    m_syncNow->setEnabled(false);
    m_cancel->setEnabled(true);
}

void SyncScreen::onProgress(const QString& phase, qint64 done, qint64 total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
    m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
    const QString what = phase == u"push" ? tr("Sending") : phase == u"pull" ? tr("Receiving") : tr("Getting MR numbers");
    m_progress->setFormat(total > 0 ? tr("%1: %2 of %3").arg(what, QLocale().toString(done), QLocale().toString(total)) : what);
}

void SyncScreen::onFinished(const sync::SyncReport& r)
{
    m_progress->setVisible(false);
    // A newer national reference list arrived: the pickers use it from now on.
    if (r.referenceLists > 0) {
        if (const Status st = services::ReferenceService(*m_session).activate(); !st.ok())
            qWarning("bhu: the reference lists received could not be loaded; the lists in use stay: %s", qUtf8Printable(st.error().detail));
    }
    refresh();
    Q_EMIT synced(r);
}

void SyncScreen::onIssueAction(bool retry)
{
    const int row = m_issues->currentRow();
    if (row < 0) return;
    const QString id = m_issues->item(row, 0)->data(Qt::UserRole).toString();
    services::SyncService svc(*m_session);
    const Status st = retry ? svc.retry(id) : svc.dismiss(id);
    if (!st.ok()) m_state->setText(st.error().message);
    refresh();
}

} // namespace bhu::ui
