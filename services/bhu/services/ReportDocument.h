#pragma once
// A computed report as a printable document: HTML for the on-screen preview and a
// QTextDocument laid out for A4 paper (landscape for the registers), in the report's language
// and direction (Urdu: right to left in Noto Nastaliq Urdu Regular). Printing to a QPrinter
// and writing a PDF use the same document. QtGui only (no widgets); needs a QGuiApplication.
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/Result.h"

#include <QPageLayout>
#include <QString>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace bhu::services {

QString reportHtml(const ReportTable& t);
std::unique_ptr<QTextDocument> reportDocument(const ReportTable& t);
QPageLayout::Orientation reportOrientation(const ReportTable& t);
// Lays out and prints the document on `device` (a QPdfWriter or a QPrinter), the pages of
// device->pageRanges() (all when none are chosen), page by page. `onPage(done, total)` is called
// once after the layout, before the print job starts (done = 0), and before each page is
// painted (done = pages painted so far): when it returns false, nothing more is painted and
// printReport returns false — stopped at the first call, nothing was printed. Returns true
// when every page was painted.
bool printReport(const ReportTable& t, QPagedPaintDevice* device, const std::function<bool(int done, int total)>& onPage = {});
// PDF bytes of the report (QPdfWriter, A4, fonts embedded).
Result<QByteArray> reportPdf(const ReportTable& t);

} // namespace bhu::services
