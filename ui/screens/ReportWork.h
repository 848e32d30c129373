#pragma once
// The Reports screen's long work, run on the thread pool (QtConcurrent) so the GUI never waits
// for it (docs/reports.md, "Threads"): computing a report and laying out its preview, and
// rendering it — PDF, CSV, DHIS2 JSON, or the paint onto a QPrinter chosen in QPrintDialog.
// Database rules (services/Session): the work reads through ReportService, which holds the
// session lock only while it queries and while it writes an audit entry; rendering holds no
// lock. Cancel: every step checks the flag; a PDF's paint cannot be interrupted, so a Cancel
// during it discards the PDF (nothing is written); a print stops at the next page.
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/Result.h"
#include "bhu/services/ReportService.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;

namespace bhu::services {
class Session;
}

namespace bhu::ui::reportwork {

// Shared between the GUI (reads progress, sets cancel) and the worker.
struct Control {
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> progress = std::make_shared<std::atomic<int>>(0);   // 0–100; -1: busy, no measure
    bool cancelled() const { return cancel->load(); }
};

struct Computed {
    Result<ReportTable> table = Error::make(ErrorCode::Cancelled, {});
    // The preview (the first kPreviewRows rows of each section), laid out on the worker and
    // moved to the GUI thread; null unless the table is there.
    std::unique_ptr<QTextDocument> preview;
};
inline constexpr int kPreviewRows = 300;

// Outcome of a rendering job: ok, cancelled (nothing written), or the error's message.
struct Done {
    bool cancelled = false;
    QString error;
    bool ok() const { return !cancelled && error.isEmpty(); }
};

std::shared_ptr<Computed> compute(const std::shared_ptr<services::Session>& session, const services::ReportRequest& request,
                                  const Control& control, bool urduDigits = false);
Done savePdf(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path, const Control& control);
Done saveCsv(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path, const Control& control);
// templatePath: the template chosen from a file (its mapping is NAME.dhis2.json beside it), or
// empty for the built-in one.
Done saveDhis2(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path,
               const std::optional<ReportTemplate>& templ, const QString& templatePath, const Control& control);
// Lays out and paints the report on a printer already set up by QPrintDialog (QPainter on a
// QPrinter may run on a worker thread), page by page: progress is pages painted / pages, and a
// Cancel stops it before the next page (before the first: nothing printed, not audited; later:
// the engine is asked to abort — the PDF and CUPS engines keep the pages painted — and the
// print is audited). Audits the print.
Done print(const std::shared_ptr<services::Session>& session, const ReportTable& table, const std::shared_ptr<QPrinter>& printer,
           const Control& control);

// Test hook: called on the worker at every progress step of compute(), before each rendering
// job (step -1) and before each printed page (step -2), e.g. to hold the work while a test
// looks at the screen.
void setStepHook(std::function<void(int step)> hook);

} // namespace bhu::ui::reportwork
