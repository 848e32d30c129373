#include "SpecialistInboxScreen.h"

#include "consult/AnswerForm.h"
#include "consult/ConsultationCaseView.h"
#include "patients/SessionAccess.h"
#include "consult/StatusMessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

using services::ConsultationService;

SpecialistInboxScreen::SpecialistInboxScreen(std::shared_ptr<SessionAccess> access, services::ConsultationRemote remote, QWidget* parent)
    : SpecialistInboxScreen(std::move(access), ConsultationRemoteFactory([remote](std::shared_ptr<std::atomic_bool>) { return remote; }), parent)
{
}

SpecialistInboxScreen::SpecialistInboxScreen(std::shared_ptr<SessionAccess> access, ConsultationRemoteFactory remotes, QWidget* parent)
    : Screen(parent), m_access(std::move(access)), m_remotes(std::move(remotes)), m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("specialistInboxScreen"));
    auto* content = new QWidget(this);
    m_specialty = new QComboBox(content);
    m_specialty->setObjectName(QStringLiteral("inboxSpecialty"));
    for (const QString& code : consultationSpecialties()) m_specialty->addItem(specialtyName(code), code);
    auto* specialtyLabel = new QLabel(tr("S&pecialty:"), content);
    specialtyLabel->setBuddy(m_specialty);
    m_refresh = new QPushButton(tr("Refresh (F5)"), content);
    m_refresh->setObjectName(QStringLiteral("inboxRefresh"));
    m_refresh->setAutoDefault(false);
    // While the registry answers: a busy bar and Cancel (the list fetched earlier stays usable).
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("inboxProgress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Asking the registry…"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), content);
    m_cancelButton->setObjectName(QStringLiteral("inboxCancel"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();

    m_table = new QTableWidget(0, 5, content);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setHorizontalHeaderLabels({tr("Urgency"), tr("Asked"), tr("From"), tr("Status"), tr("Photos")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_case = new ConsultationCaseView(content);
    m_form = new AnswerForm(content);
    m_claim = new QPushButton(tr("&Claim this request"), content);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setAutoDefault(false);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("inboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* lower = new QWidget(content);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_case, 1);
    lowerLayout->addWidget(m_claim, 0, Qt::AlignLeading);
    lowerLayout->addWidget(m_form);
    auto* split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(1, 3);
    auto* top = new QHBoxLayout;
    top->addWidget(makeHeading(content));
    top->addStretch(1);
    top->addWidget(specialtyLabel);
    top->addWidget(m_specialty);
    top->addWidget(m_refresh);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setContent(content);
    setFocusProxy(m_table);

    connect(m_specialty, &QComboBox::activated, this, &SpecialistInboxScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SpecialistInboxScreen::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &SpecialistInboxScreen::cancel);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &SpecialistInboxScreen::onFinished);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpecialistInboxScreen::openCurrent);
    connect(m_claim, &QPushButton::clicked, this, &SpecialistInboxScreen::claim);
    connect(m_form, &AnswerForm::answerRequested, this, &SpecialistInboxScreen::sendAnswer);
    connect(m_form, &AnswerForm::followUpRequested, this, &SpecialistInboxScreen::askFollowUp);
    auto* f5 = new QShortcut(QKeySequence::Refresh, this, this, &SpecialistInboxScreen::refresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    auto* esc = new QShortcut(QKeySequence::Cancel, this, this, &SpecialistInboxScreen::cancel);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    m_claim->setEnabled(false);
    m_form->setActive(false);
}

SpecialistInboxScreen::~SpecialistInboxScreen()
{
    if (m_cancel) *m_cancel = true;   // the request in flight is aborted; its outcome is dropped
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

QString SpecialistInboxScreen::title() const
{
    return tr("Specialist inbox");
}

QString SpecialistInboxScreen::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row).request.id : QString();
}

QString SpecialistInboxScreen::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SpecialistInboxScreen::showMessage(const QString& text, bool error)
{
    showStatus(m_message, text, error);
}

void SpecialistInboxScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    refresh();
}

void SpecialistInboxScreen::refresh()
{
    if (m_busy) {   // once the running call is done (the specialty may have changed meanwhile)
        m_refreshAgain = true;
        return;
    }
    const QString specialty = m_specialty->currentData().toString();
    start([specialty](services::ConsultationService& s, const services::ConsultationRemote& remote) {
        Outcome o;
        o.list = s.inbox(specialty, remote);
        return o;
    });
}

void SpecialistInboxScreen::start(const std::function<Outcome(services::ConsultationService&, const services::ConsultationRemote&)>& work)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const services::ConsultationRemote remote = m_remotes(m_cancel);
    const quint64 generation = ++m_generation;
    setBusy(true);
    // On a worker thread, without the area's lock (the services take the session's guard for
    // each database step): the registry may take up to its timeout to answer.
    std::shared_ptr<services::Session> session = m_access->sharedSession();
    m_watcher->setFuture(QtConcurrent::run([session, remote, work, generation] {
        services::ConsultationService service(*session);
        Outcome o = work(service, remote);
        o.generation = generation;
        return o;
    }));
}

void SpecialistInboxScreen::cancel()
{
    if (!m_busy) return;
    *m_cancel = true;   // aborts the request in flight
    m_refreshAgain = false;
    ++m_generation;     // its outcome, when it comes, is dropped
    setBusy(false);
    showCached();
    showMessage(tr("Cancelled. Showing the requests fetched earlier."), false);
    Q_EMIT refreshed();
}

void SpecialistInboxScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_refresh->setEnabled(!busy);
    m_specialty->setEnabled(!busy);
    if (busy) m_claim->setEnabled(false);
}

void SpecialistInboxScreen::onFinished()
{
    if (m_watcher->future().resultCount() == 0) return;
    const Outcome o = m_watcher->result();
    if (o.generation != m_generation) return;   // cancelled
    setBusy(false);
    if (o.isClaim) {
        if (!o.claimed.ok()) {
            showMessage(o.claimed.error().message, true);
            openCurrent();
        } else {
            showCached();   // the claim is recorded here: no second trip to the registry
            showMessage(tr("You have claimed this request; no other specialist can answer it now."), false);
            m_form->setFocus(Qt::OtherFocusReason);
        }
        Q_EMIT refreshed();
        return;
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    m_offline = !o.list.ok();
    if (m_offline) {
        const Error& e = o.list.error();
        if (e.code == ErrorCode::Forbidden)
            showMessage(tr("The registry refused this computer's access to this specialty's requests, so none can be fetched or "
                           "claimed. Showing the requests fetched earlier. (%1)")
                            .arg(e.message),
                        true);
        else if (e.code == ErrorCode::Cancelled)
            showMessage(tr("Cancelled. Showing the requests fetched earlier."), false);
        else
            // Registry unreachable (or not enrolled): say so and show what was fetched last time.
            showMessage(tr("The registry cannot be reached, so new requests cannot be fetched and requests cannot be claimed. "
                           "Showing the requests fetched earlier. (%1)")
                            .arg(e.message),
                        true);
        showCached();
    } else {
        showMessage(QString(), false);
        showList(o.list.value());
    }
    Q_EMIT refreshed();
}

void SpecialistInboxScreen::showCached()
{
    const QString specialty = m_specialty->currentData().toString();
    auto list = m_access->runWith<ConsultationService>([&](ConsultationService& s) { return s.cachedInbox(specialty); });
    showList(list.ok() ? list.value() : QList<services::ConsultationListItem>{});
}

void SpecialistInboxScreen::showList(const QList<services::ConsultationListItem>& items)
{
    const QString keep = currentId();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_items = items;
    m_table->setRowCount(int(m_items.size()));
    int select = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const ConsultationRequest& r = m_items.at(i).request;
        const QStringList cells{consultationUrgencyName(r.urgency), QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat),
                                r.facilityCode,
                                r.escalated ? tr("%1 — escalated").arg(consultationStatusName(r.status)) : consultationStatusName(r.status),
                                QLocale().toString(m_items.at(i).photoCount)};
        for (int c = 0; c < cells.size(); ++c) m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (r.urgency == ConsultationUrgency::Urgent) m_table->item(i, 0)->setFont([f = m_table->font()]() mutable { f.setBold(true); return f; }());
        if (r.id == keep) select = i;
    }
    m_table->resizeColumnsToContents();
    // Only the case the user chose is opened (every view is audited).
    if (select >= 0) m_table->selectRow(select);
    openCurrent();
}

void SpecialistInboxScreen::openCurrent()
{
    const QString id = currentId();
    m_open.reset();
    if (!id.isEmpty()) {
        auto c = m_access->runWith<ConsultationService>([&id](ConsultationService& s) { return s.open(id); });
        if (c.ok()) m_open = c.value();
        else showMessage(c.error().message, true);
    }
    if (m_open) m_case->setCase(*m_open);
    else m_case->clear();
    const QString me = m_access->userName();
    const bool mine = m_open && m_open->request.assignedTo == me && m_open->request.status != ConsultationStatus::Answered;
    m_claim->setEnabled(m_open && m_open->request.status == ConsultationStatus::Sent && !m_offline && !m_busy);
    m_form->setActive(mine);
}

void SpecialistInboxScreen::claim()
{
    const QString id = currentId();
    if (id.isEmpty() || m_busy) return;
    start([id](services::ConsultationService& s, const services::ConsultationRemote& remote) {
        Outcome o;
        o.isClaim = true;
        o.claimed = s.claim(id, remote);
        return o;
    });
}

void SpecialistInboxScreen::sendAnswer()
{
    const QString id = currentId();
    if (id.isEmpty()) return;
    const ConsultationMessage a = m_form->answer();
    auto r = m_access->runWith<ConsultationService>([&](ConsultationService& s) { return s.answer(id, a); });
    if (!r.ok()) {
        showMessage(r.error().message, true);
        return;
    }
    m_form->clear();
    showCached();
    showMessage(tr("Answer stored; it travels to the BHU with the next sync."), false);
}

void SpecialistInboxScreen::askFollowUp()
{
    const QString id = currentId();
    if (id.isEmpty()) return;
    const QString q = m_form->followUpQuestion();
    auto r = m_access->runWith<ConsultationService>([&](ConsultationService& s) { return s.askFollowUp(id, q); });
    if (!r.ok()) {
        showMessage(r.error().message, true);
        return;
    }
    m_form->clear();
    showCached();
    showMessage(tr("Question stored; it travels to the BHU with the next sync."), false);
}

} // namespace bhu::ui
