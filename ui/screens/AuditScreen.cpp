#include "AuditScreen.h"

#include "audit/AuditModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

namespace {
// The printed trail: a heading and a table, as HTML with every value escaped.
QString documentHtml(const QString& facility, const QList<db::AuditEntry>& entries)
{
    QString html = QStringLiteral("<h2>") + QCoreApplication::translate("bhu::ui::AuditScreen", "Audit trail — %1").arg(facility).toHtmlEscaped() +
                   QStringLiteral("</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>");
    AuditModel header;
    for (int c = 0; c < AuditModel::ColumnCount; ++c)
        html += QStringLiteral("<th>") + header.headerData(c, Qt::Horizontal).toString().toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const auto& e : entries) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < AuditModel::ColumnCount; ++c) html += QStringLiteral("<td>") + AuditModel::cell(e, c).toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}
} // namespace

AuditScreen::AuditScreen(std::shared_ptr<services::Session> session, QWidget* parent)
    : Screen(parent), m_session(std::move(session)), m_allowed(services::allowed(m_session->role(), services::Permission::ViewAudit)),
      m_model(new AuditModel(this)), m_watcher(new QFutureWatcher<Result<QList<db::AuditEntry>>>(this))
{
    setObjectName(QStringLiteral("auditScreen"));
    if (!m_allowed) {
        setPlaceholder(title(), services::check(m_session->role(), services::Permission::ViewAudit).error().message);
        return;
    }
    auto* content = new QWidget(this);
    m_user = new QLineEdit(content);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_patient = new QLineEdit(content);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_patient->setPlaceholderText(tr("MR number or CNIC"));
    m_action = new QComboBox(content);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    for (const char* a : {"", "login", "login.failed", "patient", "patient.view", "patient.print", "visit", "export", "import",
                          "user", "backup", "key.rotate", "registry.lookup", "audit.print", "session"})
        m_action->addItem(QString::fromLatin1(a));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), content);
    m_from->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), content);
    m_to->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    auto* find = new QPushButton(tr("&Search"), content);
    find->setObjectName(QStringLiteral("auditSearch"));
    find->setDefault(true);
    auto* print = new QPushButton(tr("&Print…"), content);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), content);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* filters = new QFormLayout;
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_user);
    row1->addWidget(new QLabel(tr("Patient:"), content));
    row1->addWidget(m_patient);
    filters->addRow(tr("&User:"), row1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_action, 1);
    row2->addWidget(new QLabel(tr("From:"), content));
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(tr("To:"), content));
    row2->addWidget(m_to);
    filters->addRow(tr("&Action:"), row2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(find);
    buttons->addStretch();
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(content));
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    setContent(content);

    connect(find, &QPushButton::clicked, this, &AuditScreen::search);
    for (QLineEdit* e : {m_user, m_patient}) connect(e, &QLineEdit::returnPressed, this, &AuditScreen::search);
    connect(print, &QPushButton::clicked, this, &AuditScreen::printInteractive);
    connect(pdf, &QPushButton::clicked, this, &AuditScreen::savePdfInteractive);
    connect(m_watcher, &QFutureWatcher<Result<QList<db::AuditEntry>>>::finished, this, &AuditScreen::onFinished);
}

QString AuditScreen::title() const { return tr("Audit trail"); }

void AuditScreen::showEvent(QShowEvent* e)
{
    Screen::showEvent(e);
    if (m_allowed && !m_searchedOnce) search();
}

services::AuditQuery AuditScreen::query() const
{
    services::AuditQuery q;
    if (!m_allowed) return q;
    q.user = m_user->text().trimmed();
    q.patient = m_patient->text().trimmed();
    q.action = m_action->currentText().trimmed();
    q.from = m_from->date();
    q.to = m_to->date();
    return q;
}

void AuditScreen::setQuery(const services::AuditQuery& q)
{
    if (!m_allowed) return;
    m_user->setText(q.user);
    m_patient->setText(q.patient);
    m_action->setCurrentText(q.action);
    if (q.from.isValid()) m_from->setDate(q.from);
    if (q.to.isValid()) m_to->setDate(q.to);
}

void AuditScreen::search()
{
    if (!m_allowed || isBusy()) return;
    m_searchedOnce = true;
    m_shown = query();
    m_message->setText(tr("Searching…"));
    m_watcher->setFuture(QtConcurrent::run([s = m_session, q = m_shown] { return services::AuditService(*s).list(q); }));
}

void AuditScreen::onFinished()
{
    Result<QList<db::AuditEntry>> r = m_watcher->future().takeResult();
    if (!r.ok()) {
        m_model->setEntries({});
        m_message->setText(r.error().message);
        Q_EMIT searched(0);
        return;
    }
    const int n = static_cast<int>(r->size());
    m_model->setEntries(std::move(r.value()));
    m_message->setText(tr("%n entry(ies).", nullptr, n));
    Q_EMIT searched(n);
}

Status AuditScreen::savePdf(const QString& path)
{
    BHU_TRY(m_session->require(services::Permission::ViewAudit));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(title());
    QTextDocument doc;
    doc.setHtml(documentHtml(m_session->facility().name, m_model->entries()));
    doc.print(&writer);
    return services::AuditService(*m_session).recordPrint(m_shown, static_cast<int>(m_model->entries().size()));
}

void AuditScreen::savePdfInteractive()
{
    auto* d = new QFileDialog(this, tr("Save the audit trail"), QStringLiteral("audit-trail.pdf"), tr("PDF (*.pdf)"));
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status s = savePdf(path);
        m_message->setText(s.ok() ? tr("Saved to %1.").arg(path) : s.error().message);
    });
    d->open();
}

void AuditScreen::printInteractive()
{
    auto printer = std::make_shared<QPrinter>();
    printer->setPageOrientation(QPageLayout::Landscape);
    auto* d = new QPrintDialog(printer.get(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, printer](QPrinter*) {
        QTextDocument doc;
        doc.setHtml(documentHtml(m_session->facility().name, m_model->entries()));
        doc.print(printer.get());
        const Status s = services::AuditService(*m_session).recordPrint(m_shown, static_cast<int>(m_model->entries().size()));
        m_message->setText(s.ok() ? tr("Sent to %1.").arg(printer->printerName()) : s.error().message);
    });
    d->open();
}

} // namespace bhu::ui
