#include "PatientSearchView.h"

#include "PatientSearchFilters.h"
#include "PatientText.h"
#include "RegistryLookupDialog.h"
#include "review/ReviewQueueDialog.h"
#include "SessionAccess.h"
#include "bhu/sync/RegistryLookup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace bhu::ui {

namespace {
constexpr int kDebounceMs = 150;
const QColor kNoticeColor(0x9a, 0x5b, 0x00);   // amber, readable on white
} // namespace

PatientSearchView::PatientSearchView(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("patientSearchView"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Find a patient"));
    m_search->setPlaceholderText(tr("Name, MR number, CNIC or phone (e.g. “ali s/o akbar”, 0300-1234567)"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_search->setFont(big);
    m_search->installEventFilter(this);

    m_new = new QPushButton(tr("&New patient"), this);
    m_new->setObjectName(QStringLiteral("newPatientButton"));
    m_new->setToolTip(tr("Register a new patient (Ctrl+N)"));
    m_new->setAutoDefault(false);
    m_lookup = new QPushButton(tr("Look up in the national registry…"), this);   // history anywhere
    m_lookup->setObjectName(QStringLiteral("registryLookupButton"));
    m_lookup->setAutoDefault(false);
    m_lookup->setVisible(m_access->runWith<services::RegistryLookupService>([](services::RegistryLookupService& s) { return s.mayLookUp(); }));
    m_review = new QPushButton(tr("Possible duplicates…"), this);   // the registry's review queue (supervisors)
    m_review->setObjectName(QStringLiteral("reviewQueueButton"));
    m_review->setAutoDefault(false);
    m_review->setVisible(m_access->runWith<services::ReviewQueueService>([](services::ReviewQueueService& s) { return s.mayReview(); }));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_lookup);
    top->addWidget(m_review);

    m_kind = new QLabel(PatientText::queryKind(QueryKind::Empty), this);
    m_kind->setObjectName(QStringLiteral("queryKindLabel"));
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_kind->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("queryNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    QPalette noticePalette = m_notice->palette();
    noticePalette.setColor(QPalette::WindowText, kNoticeColor);
    m_notice->setPalette(noticePalette);
    m_notice->hide();

    m_model = new PatientSearchModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Patients found"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_kind);
    layout->addWidget(m_notice);
    m_filters = new PatientSearchFilters(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_filters->firstInput());
    setTabOrder(m_filters->lastInput(), m_new);
    setFocusProxy(m_search);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(1);   // one search at a time; a newer one waits and the older is dropped
    m_watcher = new QFutureWatcher<Outcome>(this);

    connect(m_search, &QLineEdit::textChanged, this, &PatientSearchView::scheduleSearch);
    connect(m_filters, &PatientSearchFilters::changed, this, &PatientSearchView::scheduleSearch);
    connect(m_debounce, &QTimer::timeout, this, &PatientSearchView::startSearch);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &PatientSearchView::onSearchFinished);
    connect(m_table, &QTableView::activated, this, &PatientSearchView::openRow);
    connect(m_new, &QPushButton::clicked, this, &PatientSearchView::requestNewPatient);
    connect(m_lookup, &QPushButton::clicked, this, &PatientSearchView::lookUpInRegistry);
    connect(m_review, &QPushButton::clicked, this, &PatientSearchView::reviewDuplicates);
}

void PatientSearchView::reviewDuplicates()
{
    auto* nam = new QNetworkAccessManager(this);
    ReviewQueueDialog dialog(
        m_access, [nam](const db::Enrolment& e) { return sync::RegistryReview(nam).list(e, QStringLiteral("open"), 0, 50); },
        [nam](const db::Enrolment& e, qint64 pair, const QString& decision, const QString& user) {
            return sync::RegistryReview(nam).decide(e, pair, decision, user);
        },
        this);
    dialog.reload();
    dialog.exec();
    nam->deleteLater();
    refresh();
}

void PatientSearchView::lookUpInRegistry()
{
    // The fetch runs on a worker thread (the dialog stays live): its network access manager is
    // made there, for the call; the dialog's Cancel aborts it through the flag.
    RegistryLookupDialog dialog(
        m_access,
        [](const db::Enrolment& e, const QString& system, const QString& digits, const QString& user, const QString& reason,
           const services::CancelFlag& cancel) {
            return sync::RegistryLookup(nullptr, 20000, cancel).fetch(e, sync::LookupQuery{system, digits, user, reason});
        },
        this);
    dialog.setNumber(m_search->text());
    connect(&dialog, &RegistryLookupDialog::patientFetched, this, &PatientSearchView::openPatient);
    dialog.exec();
}

PatientSearchView::~PatientSearchView()
{
    m_watcher->disconnect(this);
    m_pool->clear();
    m_pool->waitForDone();
}

SearchQuery PatientSearchView::currentQuery() const
{
    SearchQuery q;
    q.text = m_search->text().trimmed();
    m_filters->applyTo(q);
    return q;
}

void PatientSearchView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientSearchView::refresh()
{
    m_debounce->stop();
    startSearch();
}

void PatientSearchView::scheduleSearch()
{
    m_pendingSearch = true;
    m_debounce->start();
}

void PatientSearchView::startSearch()
{
    m_pendingSearch = false;
    const SearchQuery q = currentQuery();
    const quint64 generation = ++m_generation;
    if (q.text.isEmpty()) {   // filters narrow a search; alone they would list everyone
        m_watcher->future().cancel();
        m_running = false;
        showResult(SearchResult{});
        return;
    }
    m_watcher->future().cancel();   // not started yet: it never runs; running: its result is ignored
    m_running = true;
    std::shared_ptr<SessionAccess> access = m_access;
    m_watcher->setFuture(QtConcurrent::run(m_pool, [access, q, generation]() -> Outcome {
        return Outcome{generation, access->run([&q](services::PatientService& s) { return s.search(q); })};
    }));
}

void PatientSearchView::onSearchFinished()
{
    if (m_watcher->future().isCanceled() || m_watcher->future().resultCount() == 0) return;
    Outcome outcome = m_watcher->future().takeResult();
    if (outcome.generation != m_generation) return;   // superseded by a newer query
    m_running = false;
    if (outcome.result.ok()) showResult(outcome.result.value());
    else showError(outcome.result.error().message);
}

void PatientSearchView::showResult(const SearchResult& result)
{
    m_lastKind = result.kind;
    m_kind->setText(PatientText::queryKind(result.kind));
    m_notice->setText(result.notice);
    m_notice->setVisible(!result.notice.isEmpty());
    m_model->setHits(result.hits);
    const bool any = !result.hits.isEmpty();
    const bool hasQuery = result.kind != QueryKind::Empty;
    m_filters->setCount(!hasQuery && !any ? QString()
                     : any ? (result.hits.size() == 1 ? tr("1 patient found")
                                                      : tr("%1 patients found").arg(QLocale().toString(result.hits.size())))
                                     : tr("No patient found. Press Ctrl+N to register one."));
    if (any) m_table->selectRow(0);
    m_table->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);   // a reset forgets it
    Q_EMIT searchFinished();
    if (std::exchange(m_openOnResult, false)) enterPressed();
}

void PatientSearchView::showError(const QString& message)
{
    m_model->clear();
    m_notice->setText(message);
    m_notice->show();
    m_filters->setCount(QString());
    m_openOnResult = false;
    Q_EMIT searchFinished();
}

void PatientSearchView::openRow(const QModelIndex& index)
{
    if (const SearchHit* hit = m_model->hitFromIndex(index)) Q_EMIT openPatient(hit->patientId);
}

void PatientSearchView::enterPressed()
{
    if (isSearching()) {   // a barcode scanner types the MR and Enter faster than we search
        m_openOnResult = true;
        if (m_pendingSearch) refresh();
        return;
    }
    if (m_model->rowCount() == 1) openRow(m_model->index(0, 0));
    else if (m_model->rowCount() > 1) focusTable();
}

void PatientSearchView::focusTable()
{
    if (m_model->rowCount() == 0) return;
    m_table->setFocus(Qt::TabFocusReason);
    if (!m_table->currentIndex().isValid()) m_table->selectRow(0);
    else m_table->selectRow(m_table->currentIndex().row());
}

void PatientSearchView::requestNewPatient()
{
    const QString text = m_search->text().trimmed();
    bool looksLikeName = false;
    for (const QChar c : text) looksLikeName = looksLikeName || c.isLetter();
    Q_EMIT newPatient(looksLikeName && m_lastKind != QueryKind::MrNumber ? text : QString());
}

bool PatientSearchView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            focusTable();
            return true;
        }
    }
    if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        enterPressed();
        return true;
    }
    if (watched == m_table && key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier &&
        m_table->currentIndex().row() <= 0) {
        m_search->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bhu::ui
