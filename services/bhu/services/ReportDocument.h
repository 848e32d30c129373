#pragma once
// A computed report as a printable document: HTML for the on-screen preview and a
// QTextDocument laid out for A4 paper (landscape for the registers), in the report's language
// and direction (Urdu: right to left in Noto Nastaliq Urdu Regular). Printing to a QPrinter
// and writing a PDF use the same document. QtGui only (no widgets); needs a QGuiApplication.
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/Result.h"

#include <QPageLayout>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace bhu::services {

QString reportHtml(const ReportTable& t);
std::unique_ptr<QTextDocument> reportDocument(const ReportTable& t);
QPageLayout::Orientation reportOrientation(const ReportTable& t);
// Lays out and prints the document on `device` (a QPdfWriter or a QPrinter).
void printReport(const ReportTable& t, QPagedPaintDevice* device);
// PDF bytes of the report (QPdfWriter, A4, fonts embedded).
Result<QByteArray> reportPdf(const ReportTable& t);

} // namespace bhu::services
