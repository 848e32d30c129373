#include "DueListPanel.h"

#include "CommunityText.h"
#include "DueListPrinting.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bhu::ui {

DueListPanel::DueListPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_clock(clock)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("dueList"));
    m_table->setAccessibleName(tr("Immunisations due and overdue"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("MR number"), tr("Age / sex"), tr("Household"), tr("Doses needed")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_pdf = new QPushButton(tr("Save list as &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("dueListPdf"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dueListStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pdf, 0, Qt::AlignLeading);
    connect(m_pdf, &QPushButton::clicked, this, &DueListPanel::askAndSavePdf);
}

void DueListPanel::setVillage(const QString& village)
{
    m_village = village;
    refresh();
}

void DueListPanel::refresh()
{
    auto list = m_access->runSession([&](services::Session& s) { return services::ImmunisationService(s, m_clock).dueList({}, m_village); });
    m_table->setRowCount(0);
    m_entries.clear();
    if (!list.ok()) {
        m_status->setText(list.error().message);
        return;
    }
    m_entries = list.value();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    int defaulters = 0;
    for (const services::DueListEntry& e : m_entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{CommunityText::listName(e.patient.name, e.pregnant), PatientText::mr(e.patient.mrNumber()),
                                PatientText::ageSex(e.patient.birthDate, e.patient.birthDateEstimated, e.patient.sex, today), e.address,
                                CommunityText::dosesNeeded(e.due)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (e.defaulter) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
        if (e.defaulter) ++defaulters;
    }
    m_status->setText(tr("%n child(ren) or women with a dose due; defaulters (overdue, in bold): %1.", nullptr, int(m_entries.size())).arg(defaulters));
}

Status DueListPanel::savePdf(const QString& path)
{
    return DueListPrinting::writePdf(*m_access, m_entries, m_village, m_clock.nowUtc().toLocalTime().date(), path);
}

void DueListPanel::askAndSavePdf()
{
    auto* dialog = new QFileDialog(this, tr("Save the due list as PDF"), QString(), tr("PDF files (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status s = savePdf(path);
        m_status->setText(s.ok() ? tr("Saved %1.").arg(path) : s.error().message);
    });
    dialog->open();
}

} // namespace bhu::ui
