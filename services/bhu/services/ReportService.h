#pragma once
// Reports for supervisors (docs/reports.md): the monthly facility report from a template, the
// daily OPD and referral registers and the LHW summary, and their outputs (PDF, CSV, DHIS2
// dataValueSet). Roles: computing, printing and saving a PDF need Permission::ViewReports;
// CSV and DHIS2 files need Permission::ExportData. Every computation, print and file is
// audited (action report.view / report.print / report.pdf / report.csv / report.dhis2; details
// hold the report id and period, never patient data).
//
// Threads: every call may run on a worker thread (the Reports screen runs them all there,
// ui/screens/ReportWork). compute() takes the session lock only while it reads; the savers
// render without it and take it only to write the audit entry. A session locked meanwhile
// (idle lock) makes the call fail with Cancelled instead of touching the closed database.
// `cancelled` (savers): checked after rendering; true → nothing is written, Cancelled.
#include "bhu/domain/ReportEngine.h"
#include "bhu/domain/ReportExport.h"
#include "bhu/services/Session.h"

#include <QJsonObject>
#include <optional>

namespace bhu::services {

enum class ReportKind { Monthly, OpdRegister, ReferralRegister, LhwSummary };
QString reportKindCode(ReportKind k);                       // "monthly", "opd-register", …
std::optional<ReportKind> reportKindFromCode(QStringView code);

struct ReportRequest {
    ReportKind kind = ReportKind::Monthly;
    QDate from;
    QDate to;                                    // inclusive
    QString language = QStringLiteral("en");
    std::optional<ReportTemplate> templ;         // monthly report: the built-in default when empty
    static ReportRequest month(int year, int month, ReportKind kind = ReportKind::Monthly);
};

class ReportService {
public:
    explicit ReportService(Session& s) : m_s(s) {}

    // progress(0–100) returning false cancels: Cancelled error.
    Result<ReportTable> compute(const ReportRequest& request, const std::function<bool(int)>& progress = {});

    // Audits a print (the UI prints through QPrintDialog itself).
    Status recordPrint(const ReportTable& t);
    // Writes the file atomically (QSaveFile, owner-only permissions) and audits it.
    Status savePdf(const ReportTable& t, const QString& path, const std::function<bool()>& cancelled = {});
    Status saveCsv(const ReportTable& t, const QString& path, const std::function<bool()>& cancelled = {});
    // The built-in mapping of the template when `mapping` is empty.
    Status saveDhis2(const ReportTable& t, const QString& path, const std::optional<Dhis2Mapping>& mapping = std::nullopt,
                     const std::function<bool()>& cancelled = {});

private:
    Status audit(const QString& action, const ReportTable& t, const QString& extra = {});
    Status write(const QString& path, const QByteArray& bytes, const std::function<bool()>& cancelled);
    Session& m_s;
};

} // namespace bhu::services
