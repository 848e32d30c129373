#include "ReportWork.h"

#include "bhu/services/ReportDocument.h"
#include "bhu/services/Session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QPrinter>
#include <QTextDocument>
#include <QThread>

namespace bhu::ui::reportwork {

namespace {
QMutex g_hookMutex;
std::function<void(int)> g_hook;

void step(int s)
{
    std::function<void(int)> hook;
    {
        QMutexLocker lock(&g_hookMutex);
        hook = g_hook;
    }
    if (hook) hook(s);
}

Done fromStatus(const Status& s)
{
    if (s.ok()) return {};
    if (s.is(ErrorCode::Cancelled)) return Done{true, {}};
    return Done{false, s.error().message};
}
} // namespace

void setStepHook(std::function<void(int)> hook)
{
    QMutexLocker lock(&g_hookMutex);
    g_hook = std::move(hook);
}

std::shared_ptr<Computed> compute(const std::shared_ptr<services::Session>& session, const services::ReportRequest& request,
                                  const Control& control, bool urduDigits)
{
    auto out = std::make_shared<Computed>();
    out->table = services::ReportService(*session).compute(request, [&control](int p) {
        control.progress->store(p);
        step(p);
        return !control.cancelled();
    });
    if (!out->table.ok() || control.cancelled()) return out;
    out->table.value().urduDigits = urduDigits;
    // Laying out a month's register (thousands of rows) would freeze the screen: the preview
    // has the first rows; print, PDF and CSV have them all. Laid out here, not on the GUI thread.
    ReportTable shown = out->table.value();
    for (ReportSection& s : shown.sections)
        if (s.rows.size() > kPreviewRows) {
            s.note = QCoreApplication::translate("bhu::ui::ReportsScreen",
                                                 "The preview shows the first %1 of %2 rows; print, PDF and CSV have them all.")
                         .arg(QLocale().toString(kPreviewRows), QLocale().toString(s.rows.size()));
            s.rows.resize(kPreviewRows);
        }
    out->preview = services::reportDocument(shown);
    out->preview->setDocumentMargin(4);
    out->preview->moveToThread(QCoreApplication::instance()->thread());
    control.progress->store(100);
    return out;
}

Done savePdf(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path, const Control& control)
{
    step(-1);
    if (control.cancelled()) return Done{true, {}};
    return fromStatus(services::ReportService(*session).savePdf(table, path, [&control] { return control.cancelled(); }));
}

Done saveCsv(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path, const Control& control)
{
    step(-1);
    if (control.cancelled()) return Done{true, {}};
    return fromStatus(services::ReportService(*session).saveCsv(table, path, [&control] { return control.cancelled(); }));
}

Done saveDhis2(const std::shared_ptr<services::Session>& session, const ReportTable& table, const QString& path,
               const std::optional<ReportTemplate>& templ, const QString& templatePath, const Control& control)
{
    step(-1);
    if (control.cancelled()) return Done{true, {}};
    std::optional<Dhis2Mapping> mapping;
    if (templ) {
        // A template chosen from a file brings its mapping beside it: NAME.dhis2.json.
        QString mappingPath = templatePath;
        if (mappingPath.endsWith(u".json")) mappingPath.chop(5);
        auto m = Dhis2Mapping::load(mappingPath + u".dhis2.json", *templ);
        if (!m.ok()) return Done{false, m.error().message};
        mapping = m.value();
    }
    return fromStatus(services::ReportService(*session).saveDhis2(table, path, mapping, [&control] { return control.cancelled(); }));
}

Done print(const std::shared_ptr<services::Session>& session, const ReportTable& table, const std::shared_ptr<QPrinter>& printer,
           const Control& control)
{
    step(-1);
    if (control.cancelled()) return Done{true, {}};
    auto allowed = session->require(services::Permission::ViewReports);
    if (!allowed.ok()) return fromStatus(allowed);
    // Laid out here, then painted page by page with progress; Cancel is honoured between pages.
    int calls = 0, painted = 0;
    const bool complete = services::printReport(table, printer.get(), [&](int done, int total) {
        const bool jobStarted = calls++ > 0;   // the first call comes before the job starts
        painted = done;
        if (control.cancelled()) {
            if (jobStarted) printer->abort();   // discards the pages where the print engine can
            return false;
        }
        control.progress->store(total > 0 ? done * 100 / total : 0);
        step(-2);
        return true;
    });
    if (!complete && painted == 0) return Done{true, {}};   // nothing painted: nothing printed
    // Painted (all, or after a Cancel the first pages) and handed to the print system: it is a
    // print now, whatever Cancel says.
    const Done recorded = fromStatus(services::ReportService(*session).recordPrint(table));
    return complete || !recorded.ok() ? recorded : Done{true, {}};
}

} // namespace bhu::ui::reportwork
