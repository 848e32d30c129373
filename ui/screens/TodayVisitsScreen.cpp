#include "TodayVisitsScreen.h"

#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "visits/QueueModel.h"
#include "visits/VisitForm.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bhu::ui {

TodayVisitsScreen::TodayVisitsScreen(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : Screen(parent), m_access(std::move(access)), m_model(new QueueModel(this))
{
    setObjectName(QStringLiteral("todayVisitsScreen"));
    m_stack = new QStackedWidget(this);
    m_queuePage = new QWidget(m_stack);
    m_table = new QTableView(m_queuePage);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QueueModel::Name, QHeaderView::Stretch);
    m_status = new QLabel(m_queuePage);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(m_queuePage);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    m_queuePage->setFocusProxy(m_table);

    m_form = new VisitForm(m_access, m_stack);
    m_stack->addWidget(m_queuePage);
    m_stack->addWidget(m_form);
    setContent(m_stack);
    setFocusProxy(m_table);

    auto* f5 = new QShortcut(QKeySequence::Refresh, this, this, [this] {
        if (!isShowingForm()) refresh();
    });
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) { openRow(i.row()); });
    connect(m_form, &VisitForm::backRequested, this, &TodayVisitsScreen::showQueue);
    connect(m_form, &VisitForm::changed, this, [this](const VisitRecord& r) {
        refresh();
        Q_EMIT visitChanged(r.visit.patientId);
    });
}

TodayVisitsScreen::~TodayVisitsScreen() = default;

QString TodayVisitsScreen::title() const
{
    return tr("Today's visits");
}

bool TodayVisitsScreen::isShowingForm() const
{
    return m_stack->currentWidget() == m_form;
}

void TodayVisitsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    if (!isShowingForm()) {
        refresh();
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void TodayVisitsScreen::refresh()
{
    const int row = qMax(0, m_table->currentIndex().row());
    auto q = m_access->runVisits([](services::VisitService& s) { return s.todayQueue(); });
    if (!q.ok()) {
        m_model->setEntries({});
        showError(q.error().message);
        return;
    }
    m_model->setEntries(q.value());
    int waiting = 0;
    for (const QueueEntry& e : q.value())
        if (e.visit.status == VisitStatus::Waiting) ++waiting;
    m_status->setPalette(palette());
    m_status->setText(q->isEmpty() ? tr("Nobody is in today's queue yet. Start a visit from a patient's page.")
                                   : tr("%1 waiting, %2 in today's queue. Enter calls the patient in; F5 refreshes.")
                                         .arg(QLocale().toString(waiting), QLocale().toString(qlonglong(q->size()))));
    if (m_model->rowCount() > 0) m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void TodayVisitsScreen::showQueue()
{
    m_stack->setCurrentWidget(m_queuePage);
    refresh();
    m_table->setFocus(Qt::OtherFocusReason);
}

void TodayVisitsScreen::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) return;
    const QueueEntry e = m_model->entries().at(row);
    const QString id = e.visit.id;
    auto r = m_access->runVisits([&](services::VisitService& s) {
        return e.visit.status == VisitStatus::Closed ? s.open(id) : s.beginConsultation(id);
    });
    if (!r.ok()) {
        showError(r.error().message);
        return;
    }
    showVisit(r.value());
    refresh();
}

void TodayVisitsScreen::showVisit(const VisitRecord& record)
{
    const QString pid = record.visit.patientId;
    auto p = m_access->run([&pid](services::PatientService& s) { return s.open(pid); });
    if (!p.ok()) {
        showError(p.error().message);
        return;
    }
    m_form->setRecord(record, p.value());
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus(Qt::OtherFocusReason);
}

void TodayVisitsScreen::showError(const QString& text)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(pal);
    m_status->setText(text);
}

} // namespace bhu::ui
