#include "MedicinesListPanel.h"

#include "bhu/domain/ReferenceData.h"
#include "bhu/services/ReferenceService.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace bhu::ui {

MedicinesListPanel::MedicinesListPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Medicines list"), parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("medicinesListPanel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("medicinesListState"));
    m_state->setWordWrap(true);
    m_otherLists = new QLabel(this);
    m_otherLists->setObjectName(QStringLiteral("referenceListsState"));
    m_otherLists->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("medicinesListMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* exportButton = new QPushButton(tr("&Export as CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportMedicines"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importMedicines"));
    m_reset = new QPushButton(tr("Stop using &this facility's list"), this);
    m_reset->setObjectName(QStringLiteral("resetMedicines"));

    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the medicines list"), QStringLiteral("medicines.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportTo(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a medicines list"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty()) importFrom(path);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetToShipped(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(m_import);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The medicines offered when prescribing. Export the list, edit it in a spreadsheet "
                                    "(keep the columns), and import it back."),
                                 this));
    layout->addWidget(m_state);
    layout->addWidget(m_otherLists);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    const bool mayChange = services::allowed(m_session->role(), services::Permission::ImportData);
    m_import->setEnabled(mayChange);
    m_reset->setEnabled(mayChange);
    refresh();
}

namespace {
QString sourceText(const services::ReferenceListInUse& u)
{
    using Source = services::ReferenceListInUse::Source;
    if (u.source == Source::Facility) return MedicinesListPanel::tr("this facility's list");
    if (u.source == Source::National) {
        const QDateTime at = QDateTime::fromString(u.publishedAt, Qt::ISODateWithMs);
        return MedicinesListPanel::tr("the national list, version %1 of %2")
            .arg(QLocale().toString(u.version), QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
    }
    return MedicinesListPanel::tr("the shipped list");
}

QString listTitle(const QString& list)
{
    if (list == u"icd10") return MedicinesListPanel::tr("Diagnoses (ICD-10)");
    if (list == u"complaints") return MedicinesListPanel::tr("Complaints");
    if (list == u"epi-schedule") return MedicinesListPanel::tr("Immunisation schedule");
    return MedicinesListPanel::tr("Medicines");
}
} // namespace

void MedicinesListPanel::refresh()
{
    const int count = static_cast<int>(ReferenceData::current()->medicines().size());
    auto lists = services::ReferenceService(*m_session).listsInUse();
    if (!lists.ok()) {
        m_state->setText(lists.error().message);
        return;
    }
    QStringList others;
    for (const services::ReferenceListInUse& u : lists.value()) {
        if (u.list == u"medicines")
            m_state->setText(tr("In use: %1, %2 medicines.").arg(sourceText(u), QLocale().toString(count)));
        else
            others << tr("%1: %2").arg(listTitle(u.list), sourceText(u));
    }
    m_otherLists->setText(tr("Other lists in use — %1.").arg(others.join(QStringLiteral("; "))));
}

void MedicinesListPanel::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

bool MedicinesListPanel::exportTo(const QString& path)
{
    auto csv = services::ReferenceService(*m_session).medicinesCsv();
    if (!csv.ok()) {
        showError(csv.error().message);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv->size() || !out.commit()) {
        showError(tr("The list could not be written to %1: %2. Choose another folder.").arg(path, out.errorString()));
        return false;
    }
    m_message->setStyleSheet({});
    m_message->setText(tr("Exported to %1.").arg(path));
    return true;
}

bool MedicinesListPanel::importFrom(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("%1 could not be read: %2.").arg(path, in.errorString()));
        return false;
    }
    auto rows = services::ReferenceService(*m_session).importMedicines(in.readAll());
    if (!rows.ok()) {
        showError(tr("Nothing was changed. %1").arg(rows.error().message));
        return false;
    }
    m_message->setStyleSheet({});
    m_message->setText(tr("Imported %1 medicines. Prescriptions now offer this list.").arg(QLocale().toString(rows.value())));
    refresh();
    return true;
}

bool MedicinesListPanel::resetToShipped()
{
    if (const Status st = services::ReferenceService(*m_session).resetMedicines(); !st.ok()) {
        showError(st.error().message);
        return false;
    }
    m_message->setStyleSheet({});
    m_message->setText(tr("This facility's own list is no longer used."));
    refresh();
    return true;
}

} // namespace bhu::ui
