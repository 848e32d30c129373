#include "ConsultationsScreen.h"

#include "consult/AnswerActions.h"
#include "consult/ConsultationCaseView.h"
#include "consult/ConsultationNotePrinting.h"
#include "consult/LiveCallBar.h"
#include "bhu/ui/Language.h"
#include "patients/SessionAccess.h"
#include "print/PrintLanguage.h"
#include "consult/StatusMessage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bhu::ui {

using services::ConsultationService;

ConsultationsScreen::ConsultationsScreen(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : Screen(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("consultationsScreen"));
    auto* content = new QWidget(this);
    m_filter = new QComboBox(content);
    m_filter->setObjectName(QStringLiteral("consultationFilter"));
    m_filter->addItem(tr("Sent, not answered"), int(services::ConsultationFilter::Open));
    m_filter->addItem(tr("Answered"), int(services::ConsultationFilter::Answered));
    m_filter->addItem(tr("Overdue"), int(services::ConsultationFilter::Overdue));
    m_filter->addItem(tr("All"), int(services::ConsultationFilter::All));
    m_filter->setCurrentIndex(3);
    auto* filterLabel = new QLabel(tr("&Show:"), content);
    filterLabel->setBuddy(m_filter);

    m_table = new QTableWidget(0, 6, content);
    m_table->setObjectName(QStringLiteral("consultationTable"));
    m_table->setHorizontalHeaderLabels({tr("Asked"), tr("Patient"), tr("MR number"), tr("Specialty"), tr("Urgency"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_case = new ConsultationCaseView(content);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("consultationsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto button = [content](const QString& text, const char* name) {
        auto* b = new QPushButton(text, content);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_actions = new AnswerActions(m_access, content);
    m_callBar = new LiveCallBar(m_access, content);
    m_reply = button(tr("Re&ply to question…"), "replyButton");
    m_print = button(tr("Print &note…"), "printNoteButton");
    m_pdf = button(tr("Note as PDF…"), "noteAsPdfButton");
    // The paper's language, whatever the program's (the patient's file may be read in Urdu).
    m_noteLanguage = new QComboBox(content);
    m_noteLanguage->setObjectName(QStringLiteral("noteLanguage"));
    for (const auto& [code, name] : PrintLanguage::choices()) m_noteLanguage->addItem(name, code);
    m_noteLanguage->setCurrentIndex(qMax(0, m_noteLanguage->findData(Language::instance().code())));
    auto* languageLabel = new QLabel(tr("Note &in:"), content);
    languageLabel->setBuddy(m_noteLanguage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_actions);
    buttons->addWidget(m_reply);
    buttons->addStretch(1);
    buttons->addWidget(languageLabel);
    buttons->addWidget(m_noteLanguage);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);

    auto* split = new QSplitter(Qt::Vertical, content);
    split->addWidget(m_table);
    split->addWidget(m_case);
    split->setStretchFactor(1, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(makeHeading(content));
    top->addStretch(1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(m_callBar);
    layout->addLayout(buttons);
    setContent(content);
    setFocusProxy(m_table);

    connect(m_filter, &QComboBox::activated, this, &ConsultationsScreen::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsultationsScreen::openCurrent);
    connect(m_actions, &AnswerActions::adopted, this, [this](const VisitRecord& r, const QString& message) {
        showMessage(message, false);
        Q_EMIT visitChanged(r.visit.patientId);
    });
    connect(m_actions, &AnswerActions::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_callBar, &LiveCallBar::callLogged, this, [this](const Visit& v, const QString& message) {
        showMessage(message, false);
        Q_EMIT visitChanged(v.patientId);
    });
    connect(m_callBar, &LiveCallBar::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_reply, &QPushButton::clicked, this, &ConsultationsScreen::replyToQuestion);
    connect(m_print, &QPushButton::clicked, this, &ConsultationsScreen::print);
    connect(m_pdf, &QPushButton::clicked, this, &ConsultationsScreen::saveAsPdf);
    auto* f5 = new QShortcut(QKeySequence::Refresh, this, this, &ConsultationsScreen::refresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    updateButtons();
}

QString ConsultationsScreen::title() const
{
    return tr("Consultations");
}

QString ConsultationsScreen::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row).request.id : QString();
}

QString ConsultationsScreen::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString ConsultationsScreen::noteLanguage() const
{
    return m_noteLanguage->currentData().toString();
}

void ConsultationsScreen::showMessage(const QString& text, bool error)
{
    showStatus(m_message, text, error);
}

void ConsultationsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    refresh();
}

void ConsultationsScreen::refresh()
{
    const QString keep = currentId();
    const auto filter = services::ConsultationFilter(m_filter->currentData().toInt());
    auto list = m_access->runWith<ConsultationService>([filter](ConsultationService& s) { return s.list(filter); });
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_items.clear();
    if (!list.ok()) {
        showMessage(list.error().message, true);
        return;
    }
    m_items = list.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(m_items.size()));
    int select = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const auto& it = m_items.at(i);
        const ConsultationRequest& r = it.request;
        QString status = it.overdue || r.isOverdue(now) ? tr("%1 — overdue").arg(consultationStatusName(r.status)) : consultationStatusName(r.status);
        if (r.escalated) status = tr("%1 — escalated").arg(status);   // by the registry: urgent, not answered in time
        const QStringList cells{QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat), it.patientName, it.mr,
                                specialtyName(r.specialty), consultationUrgencyName(r.urgency), status};
        for (int c = 0; c < cells.size(); ++c) m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (r.id == keep) select = i;
    }
    m_table->resizeColumnsToContents();
    // Only the case the user chose is opened (every view is audited).
    if (select >= 0) m_table->selectRow(select);
    openCurrent();
}

void ConsultationsScreen::openCurrent()
{
    const QString id = currentId();
    m_open.reset();
    if (id.isEmpty()) {
        m_case->clear();
        updateButtons();
        return;
    }
    auto c = m_access->runWith<ConsultationService>([&id](ConsultationService& s) { return s.open(id); });
    if (!c.ok()) {
        m_case->clear();
        showMessage(c.error().message, true);
    } else {
        m_open = c.value();
        const auto& it = m_items.at(m_table->currentRow());
        m_case->setCase(c.value(), tr("%1, MR %2").arg(it.patientName, it.mr));
    }
    updateButtons();
}

void ConsultationsScreen::updateButtons()
{
    m_actions->setCase(m_open);
    m_callBar->setCase(m_open);
    m_reply->setEnabled(m_open && m_open->request.status == ConsultationStatus::FollowUp);
    m_print->setEnabled(m_open.has_value());
    m_pdf->setEnabled(m_open.has_value());
}

void ConsultationsScreen::adoptDiagnosis()
{
    m_actions->adoptDiagnosis();
}

void ConsultationsScreen::adoptPrescription()
{
    m_actions->adoptPrescription();
}

void ConsultationsScreen::adoptReferral()
{
    m_actions->adoptReferral();
}

void ConsultationsScreen::replyToQuestion()
{
    const QString id = currentId();
    if (id.isEmpty()) return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("replyDialog"));
    dialog->setWindowTitle(tr("Reply to the specialist"));
    dialog->setLabelText(tr("Your reply:"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        auto r = m_access->runWith<ConsultationService>([&](ConsultationService& s) { return s.reply(id, text.trimmed()); });
        if (!r.ok()) showMessage(r.error().message, true);
        else showMessage(tr("Reply stored; it travels with the next sync."), false);
        refresh();
    });
    dialog->open();
}

void ConsultationsScreen::print()
{
    const QString id = currentId();
    if (id.isEmpty()) return;
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, id](QPrinter* chosen) {
        const Status st = ConsultationNotePrinting::printTo(*m_access, id, *chosen, noteLanguage());
        showMessage(st.ok() ? tr("The consultation note was sent to the printer.") : st.error().message, !st.ok());
    });
    dialog->open();
}

void ConsultationsScreen::saveAsPdf()
{
    const QString id = currentId();
    if (id.isEmpty()) return;
    auto* dialog = new QFileDialog(this, tr("Save the consultation note"), QString(), tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) {
        const Status st = ConsultationNotePrinting::writePdf(*m_access, id, path, noteLanguage());
        showMessage(st.ok() ? tr("The consultation note was saved: %1").arg(path) : st.error().message, !st.ok());
    });
    dialog->open();
}

} // namespace bhu::ui
