#include "VisitPrinting.h"

#include "VisitSlipRenderer.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace bhu::ui {

namespace {
VisitSlipRenderer::Kind kindOf(VisitPrinting::Document d)
{
    return d == VisitPrinting::Document::Prescription ? VisitSlipRenderer::Kind::Prescription : VisitSlipRenderer::Kind::ReferralSlip;
}
QString code(VisitPrinting::Document d, const char* how)
{
    return (d == VisitPrinting::Document::Prescription ? QStringLiteral("prescription.") : QStringLiteral("referral.")) + QLatin1String(how);
}
} // namespace

VisitPrinting::VisitPrinting(std::shared_ptr<SessionAccess> access, QWidget* dialogParent)
    : QObject(dialogParent), m_access(std::move(access)), m_parent(dialogParent)
{
}

QString VisitPrinting::documentName(Document d) const
{
    return d == Document::Prescription ? tr("Prescription") : tr("Referral slip");
}

Status VisitPrinting::check(const VisitRecord& r, Document document) const
{
    if (r.visit.id.isEmpty()) return Error::make(ErrorCode::Invalid, tr("Open a visit first."));
    if (document == Document::ReferralSlip && r.referrals.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("This visit has no referral. Tick \"Refer the patient\" and fill it in first."));
    if (document == Document::Prescription && r.prescriptions.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("This visit has no prescriptions to print."));
    return {};
}

Status VisitPrinting::writePdf(const VisitRecord& r, const Patient& patient, Document document, const QString& path)
{
    BHU_TRY(check(r, document));
    const PrintedPatient printed = PrintedPatient::from(patient, m_access->facilityName(), PatientText::today());
    BHU_TRY(VisitSlipRenderer(kindOf(document), printed, r).writePdf(path));
    const QString id = r.visit.id;
    return m_access->runVisits([&](services::VisitService& s) { return s.recordPrint(id, code(document, "pdf")); });
}

Status VisitPrinting::printTo(QPrinter& printer, const VisitRecord& r, const Patient& patient, Document document)
{
    BHU_TRY(check(r, document));
    const PrintedPatient printed = PrintedPatient::from(patient, m_access->facilityName(), PatientText::today());
    BHU_TRY(VisitSlipRenderer(kindOf(document), printed, r).print(printer));
    const QString id = r.visit.id;
    return m_access->runVisits([&](services::VisitService& s) { return s.recordPrint(id, code(document, "print")); });
}

void VisitPrinting::print(const VisitRecord& r, const Patient& patient, Document document)
{
    if (const Status ok = check(r, document); !ok.ok()) {
        Q_EMIT failed(ok.error().message);
        return;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(VisitSlipRenderer::pageSize());
    printer->setDocName(documentName(document));
    auto* dialog = new QPrintDialog(printer, m_parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(tr("Print %1").arg(documentName(document)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, r, patient, document](QPrinter* p) {
        const Status s = printTo(*p, r, patient, document);
        if (s.ok()) Q_EMIT finished(tr("%1 sent to %2.").arg(documentName(document), p->printerName()));
        else Q_EMIT failed(s.error().message);
    });
    dialog->open();
}

void VisitPrinting::saveAsPdf(const VisitRecord& r, const Patient& patient, Document document)
{
    if (const Status ok = check(r, document); !ok.ok()) {
        Q_EMIT failed(ok.error().message);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = (document == Document::Prescription ? QStringLiteral("prescription-%1.pdf") : QStringLiteral("referral-%1.pdf"))
                             .arg(patient.mrNumber());
    auto* dialog = new QFileDialog(m_parent, tr("Save %1 as PDF").arg(documentName(document)), QDir(folder).filePath(file),
                                   tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("pdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, r, patient, document](const QString& path) {
        const Status s = writePdf(r, patient, document, path);
        if (s.ok()) Q_EMIT finished(tr("%1 saved to %2.").arg(documentName(document), QDir::toNativeSeparators(path)));
        else Q_EMIT failed(s.error().message);
    });
    dialog->open();
}

} // namespace bhu::ui
