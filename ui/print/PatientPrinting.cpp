#include "PatientPrinting.h"

#include "PatientCardRenderer.h"
#include "TokenCounter.h"
#include "TokenSlipRenderer.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace bhu::ui {

PatientPrinting::PatientPrinting(std::shared_ptr<SessionAccess> access, QWidget* dialogParent)
    : QObject(dialogParent), m_access(std::move(access)), m_parent(dialogParent)
{
}

QString PatientPrinting::documentName(Document d) const
{
    return d == Document::Card ? tr("Patient card") : tr("Token slip");
}

Status PatientPrinting::record(const Patient& patient, const QString& what)
{
    return m_access->run([&](services::PatientService& s) { return s.recordPrint(patient.id, what); });
}

Status PatientPrinting::writePdf(const Patient& patient, Document document, const QString& path)
{
    const PrintedPatient printed = PrintedPatient::from(patient, m_access->facilityName(), PatientText::today());
    Status written = Status::success();
    if (document == Document::Card) {
        written = PatientCardRenderer(printed).writePdf(path);
    } else {
        const int token = TokenCounter(m_access->facilityCode()).next(PatientText::today());
        written = TokenSlipRenderer(printed, token, QDateTime::currentDateTime()).writePdf(path);
    }
    if (!written.ok()) return written;
    return record(patient, document == Document::Card ? QStringLiteral("card.pdf") : QStringLiteral("token.pdf"));
}

Status PatientPrinting::printTo(QPrinter& printer, const Patient& patient, Document document)
{
    const PrintedPatient printed = PrintedPatient::from(patient, m_access->facilityName(), PatientText::today());
    Status done = Status::success();
    if (document == Document::Card) {
        done = PatientCardRenderer(printed).print(printer);
    } else {
        const int token = TokenCounter(m_access->facilityCode()).next(PatientText::today());
        done = TokenSlipRenderer(printed, token, QDateTime::currentDateTime()).print(printer);
    }
    if (!done.ok()) return done;
    return record(patient, document == Document::Card ? QStringLiteral("card.print") : QStringLiteral("token.print"));
}

void PatientPrinting::print(const Patient& patient, Document document)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(document == Document::Card ? PatientCardRenderer::pageSize() : TokenSlipRenderer::pageSize());
    printer->setDocName(documentName(document));
    auto* dialog = new QPrintDialog(printer, m_parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(tr("Print %1").arg(documentName(document)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, patient, document](QPrinter* p) {
        const Status s = printTo(*p, patient, document);
        if (s.ok()) Q_EMIT finished(tr("%1 sent to %2.").arg(documentName(document), p->printerName()));
        else Q_EMIT failed(s.error().message);
    });
    dialog->open();
}

void PatientPrinting::saveAsPdf(const Patient& patient, Document document)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = (document == Document::Card ? QStringLiteral("card-%1.pdf") : QStringLiteral("token-%1.pdf")).arg(patient.mrNumber());
    auto* dialog = new QFileDialog(m_parent, tr("Save %1 as PDF").arg(documentName(document)), QDir(folder).filePath(file),
                                   tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("pdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, patient, document](const QString& path) {
        const Status s = writePdf(patient, document, path);
        if (s.ok()) Q_EMIT finished(tr("%1 saved to %2.").arg(documentName(document), QDir::toNativeSeparators(path)));
        else Q_EMIT failed(s.error().message);
    });
    dialog->open();
}

} // namespace bhu::ui
