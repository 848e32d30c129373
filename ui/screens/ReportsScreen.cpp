#include "ReportsScreen.h"

#include "bhu/services/ReportDocument.h"
#include "bhu/services/ReportService.h"
#include "bhu/services/UserPreferences.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace bhu::ui {

using services::ReportKind;

ReportsScreen::ReportsScreen(std::shared_ptr<services::Session> session, QWidget* parent)
    : Screen(parent), m_session(std::move(session)),
      m_language(QLocale().language() == QLocale::Urdu ? QStringLiteral("ur") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("reportsScreen"));
    buildUi();
    m_watcher = new QFutureWatcher<std::shared_ptr<reportwork::Computed>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReportsScreen::onComputed);
    m_saveWatcher = new QFutureWatcher<reportwork::Done>(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const int p = m_control.progress->load();
        if (p < 0) {
            m_progress->setRange(0, 0);   // busy, no measure (a file or print job)
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(p);
        }
    });
    updateButtons();
}

ReportsScreen::~ReportsScreen()
{
    m_control.cancel->store(true);
    // The workers hold only shared data; after Cancel this is short (a paint already started
    // finishes first).
    m_watcher->waitForFinished();
    m_saveWatcher->waitForFinished();
}

QString ReportsScreen::title() const { return tr("Reports"); }

void ReportsScreen::buildUi()
{
    auto* content = new QWidget(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Monthly facility report (DHIS MR)"), QVariant::fromValue(int(ReportKind::Monthly)));
    m_kind->addItem(tr("Daily OPD register"), QVariant::fromValue(int(ReportKind::OpdRegister)));
    m_kind->addItem(tr("Referral register"), QVariant::fromValue(int(ReportKind::ReferralRegister)));
    m_kind->addItem(tr("LHW monthly summary"), QVariant::fromValue(int(ReportKind::LhwSummary)));
    form->addRow(tr("&Report:"), m_kind);

    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    auto* period = new QHBoxLayout;
    m_byMonth = new QRadioButton(tr("&Month"), content);
    m_byMonth->setChecked(true);
    m_month = new QDateEdit(QDate(lastMonth.year(), lastMonth.month(), 1), content);
    m_month->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_byRange = new QRadioButton(tr("&Dates"), content);
    m_from = new QDateEdit(QDate::currentDate(), content);
    m_from->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_to = new QDateEdit(QDate::currentDate(), content);
    m_to->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    period->addWidget(m_byMonth);
    period->addWidget(m_month);
    period->addSpacing(16);
    period->addWidget(m_byRange);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), content));
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(tr("Period:"), period);

    auto* templ = new QHBoxLayout;
    m_templateLabel = new QLabel(tr("Built-in (%1)").arg(ReportTemplate::defaultName()), content);
    m_templateButton = new QPushButton(tr("Other &template…"), content);
    templ->addWidget(m_templateLabel, 1);
    templ->addWidget(m_templateButton);
    form->addRow(tr("Template:"), templ);

    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("&Preview"), content);
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_previewButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), content);
    m_printButton = new QPushButton(tr("P&rint…"), content);
    m_pdfButton = new QPushButton(tr("Save &PDF…"), content);
    m_pdfButton->setObjectName(QStringLiteral("reportPdfButton"));
    m_csvButton = new QPushButton(tr("Export &CSV…"), content);
    m_dhis2Button = new QPushButton(tr("Export D&HIS2…"), content);
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    for (QWidget* w : std::initializer_list<QWidget*>{m_previewButton, m_cancelButton, m_progress, m_printButton, m_pdfButton, m_csvButton,
                                                      m_dhis2Button})
        buttons->addWidget(w);
    buttons->addStretch(1);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_preview = new QTextBrowser(content);
    m_preview->setObjectName(QStringLiteral("reportPreview"));

    auto* box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(form);
    box->addLayout(buttons);
    box->addWidget(m_status);
    box->addWidget(m_preview, 1);
    setContent(content);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportsScreen::showPreview);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsScreen::cancel);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsScreen::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsScreen::savePdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsScreen::exportCsv);
    connect(m_dhis2Button, &QPushButton::clicked, this, &ReportsScreen::exportDhis2);
    connect(m_templateButton, &QPushButton::clicked, this, &ReportsScreen::chooseTemplate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsScreen::updateButtons);
    connect(m_byMonth, &QRadioButton::toggled, this, &ReportsScreen::updateButtons);
}

QString ReportsScreen::statusText() const { return m_status->text(); }

bool ReportsScreen::isBusy() const { return m_busy; }

void ReportsScreen::updateButtons()
{
    const bool busy = isBusy();
    const bool monthly = ReportKind(m_kind->currentData().toInt()) == ReportKind::Monthly;
    m_month->setEnabled(m_byMonth->isChecked());
    m_from->setEnabled(!m_byMonth->isChecked());
    m_to->setEnabled(!m_byMonth->isChecked());
    m_templateButton->setEnabled(monthly && !busy);
    m_previewButton->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    const bool have = m_report.has_value() && !busy;
    m_printButton->setEnabled(have);
    m_pdfButton->setEnabled(have);
    m_csvButton->setEnabled(have);
    m_dhis2Button->setEnabled(have && m_report->reportId == (m_template ? m_template->id : QStringLiteral("flcf-mr")) &&
                              m_report->from.day() == 1 && m_report->to == m_report->from.addMonths(1).addDays(-1));
}

void ReportsScreen::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::Highlight : QPalette::WindowText);
    if (error) Q_EMIT failed(text);
}

void ReportsScreen::showPreview()
{
    if (isBusy()) return;
    services::ReportRequest req;
    req.kind = ReportKind(m_kind->currentData().toInt());
    if (m_byMonth->isChecked()) {
        const QDate m = m_month->date();
        req = services::ReportRequest::month(m.year(), m.month(), req.kind);
    } else {
        req.from = m_from->date();
        req.to = m_to->date();
    }
    req.language = m_language;
    req.templ = m_template;
    m_control = reportwork::Control{};
    m_busy = true;
    startPolling();
    showStatus(tr("Computing the report…"));
    auto session = m_session;
    const reportwork::Control control = m_control;
    // Printed (and saved as PDF) in Urdu digits if the user chose so; the preview too.
    const auto urduDigits = services::UserPreferences(*m_session).urduDigitsInPrint();
    const bool digits = urduDigits.ok() && urduDigits.value();
    m_watcher->setFuture(QtConcurrent::run([session, req, control, digits]() { return reportwork::compute(session, req, control, digits); }));
    updateButtons();
}

void ReportsScreen::startPolling()
{
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_poll->start();
}

void ReportsScreen::cancel()
{
    m_control.cancel->store(true);
    if (isBusy()) showStatus(tr("Cancelling…"));
}

void ReportsScreen::onComputed()
{
    m_poll->stop();
    m_busy = false;
    const std::shared_ptr<reportwork::Computed> out = m_watcher->result();
    if (!out->table.ok() || !out->preview) {
        const bool cancelled = !out->table.ok() ? out->table.is(ErrorCode::Cancelled) : true;
        showStatus(cancelled ? tr("Cancelled.") : out->table.error().message, !cancelled);
        updateButtons();
        return;
    }
    m_report = out->table.value();
    // The preview document was laid out on the worker and moved to this thread.
    // The browser deletes only the document it made itself; an earlier preview is ours.
    QTextDocument* ours = m_preview->document() && m_preview->document()->parent() == m_preview ? m_preview->document() : nullptr;
    QTextDocument* doc = out->preview.release();
    doc->setParent(m_preview);
    m_preview->setLayoutDirection(m_report->rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    m_preview->setDocument(doc);
    delete ours;
    showStatus(tr("%1, %2.").arg(m_report->title, m_report->periodText));
    updateButtons();
    Q_EMIT previewReady();
}

void ReportsScreen::runOutput(const QString& busyText, const QString& path, std::function<reportwork::Done(const reportwork::Control&)> job)
{
    if (!m_report || isBusy()) return;
    disconnect(m_saveWatcher, nullptr, this, nullptr);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, [this, path] {
        m_poll->stop();
        m_busy = false;
        const reportwork::Done done = m_saveWatcher->result();
        if (done.cancelled) {
            showStatus(path.isEmpty() ? tr("Cancelled.") : tr("Cancelled: %1 was not written.").arg(path));
        } else if (!done.error.isEmpty()) {
            showStatus(done.error, true);
        } else if (path.isEmpty()) {
            showStatus(tr("Sent to the printer."));
        } else {
            showStatus(tr("Saved %1.").arg(path));
            Q_EMIT fileSaved(path);
        }
        updateButtons();
    });
    m_control = reportwork::Control{};
    m_control.progress->store(-1);
    m_busy = true;
    startPolling();
    showStatus(busyText);
    const reportwork::Control control = m_control;
    m_saveWatcher->setFuture(QtConcurrent::run([job = std::move(job), control]() { return job(control); }));
    updateButtons();
}

QString ReportsScreen::suggestedName(const QString& extension) const
{
    if (!m_report) return {};
    return m_report->reportId + u'-' + m_report->facilityCode + u'-' + m_report->from.toString(Qt::ISODate) + u'.' + extension;
}

void ReportsScreen::print()
{
    if (!m_report || isBusy()) return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(services::reportOrientation(*m_report));
    printer->setDocName(m_report->title);
    {
        QPrintDialog dialog(printer.get(), this);   // a widget: the GUI thread
        dialog.setWindowTitle(tr("Print report"));
        if (dialog.exec() != QDialog::Accepted) return;
    }
    // Laying out and painting every page runs on the worker (QPainter on a QPrinter may).
    auto session = m_session;
    const ReportTable table = *m_report;
    runOutput(tr("Printing…"), QString(), [session, table, printer](const reportwork::Control& c) {
        return reportwork::print(session, table, printer, c);
    });
}

void ReportsScreen::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as PDF"), suggestedName(QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty()) savePdfTo(path);
}

void ReportsScreen::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report as CSV"), suggestedName(QStringLiteral("csv")), tr("CSV (*.csv)"));
    if (!path.isEmpty()) saveCsvTo(path);
}

void ReportsScreen::exportDhis2()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export for DHIS2"), suggestedName(QStringLiteral("dhis2.json")), tr("DHIS2 JSON (*.json)"));
    if (!path.isEmpty()) saveDhis2To(path);
}

void ReportsScreen::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Report template"), {}, tr("Report templates (*.json)"));
    if (path.isEmpty()) return;
    auto t = ReportTemplate::load(path);
    if (!t.ok()) {
        showStatus(t.error().message, true);   // names the section and row
        return;
    }
    m_template = t.value();
    m_templatePath = path;
    m_templateLabel->setText(tr("%1 (version %2)").arg(path, m_template->version));
    updateButtons();
}

void ReportsScreen::savePdfTo(const QString& path)
{
    auto session = m_session;
    const ReportTable table = m_report ? *m_report : ReportTable{};
    runOutput(tr("Saving %1…").arg(path), path,
              [session, table, path](const reportwork::Control& c) { return reportwork::savePdf(session, table, path, c); });
}

void ReportsScreen::saveCsvTo(const QString& path)
{
    auto session = m_session;
    const ReportTable table = m_report ? *m_report : ReportTable{};
    runOutput(tr("Saving %1…").arg(path), path,
              [session, table, path](const reportwork::Control& c) { return reportwork::saveCsv(session, table, path, c); });
}

void ReportsScreen::saveDhis2To(const QString& path)
{
    auto session = m_session;
    const ReportTable table = m_report ? *m_report : ReportTable{};
    const std::optional<ReportTemplate> templ = m_template;
    const QString templatePath = m_templatePath;
    runOutput(tr("Saving %1…").arg(path), path, [session, table, path, templ, templatePath](const reportwork::Control& c) {
        return reportwork::saveDhis2(session, table, path, templ, templatePath, c);
    });
}

} // namespace bhu::ui
