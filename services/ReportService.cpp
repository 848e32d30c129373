#include "bhu/services/ReportService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/ReportQueries.h"
#include "bhu/domain/Clock.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/ReportDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::ReportService", s); }

Error lockedError() { return Error::make(ErrorCode::Cancelled, tr("The screen was locked; the report was not finished.")); }

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return Error::make(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Registers name patients: readable by the owner only, like the database itself.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(ErrorCode::Failed, tr("Cannot restrict access to %1.").arg(path));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

QString reportKindCode(ReportKind k)
{
    switch (k) {
    case ReportKind::Monthly: return QStringLiteral("monthly");
    case ReportKind::OpdRegister: return QStringLiteral("opd-register");
    case ReportKind::ReferralRegister: return QStringLiteral("referral-register");
    case ReportKind::LhwSummary: return QStringLiteral("lhw-summary");
    }
    return {};
}

std::optional<ReportKind> reportKindFromCode(QStringView code)
{
    for (ReportKind k : {ReportKind::Monthly, ReportKind::OpdRegister, ReportKind::ReferralRegister, ReportKind::LhwSummary})
        if (reportKindCode(k) == code) return k;
    return std::nullopt;
}

ReportRequest ReportRequest::month(int year, int month, ReportKind kind)
{
    ReportRequest r;
    r.kind = kind;
    r.from = QDate(year, month, 1);
    r.to = r.from.addMonths(1).addDays(-1);
    return r;
}

Result<ReportTable> ReportService::compute(const ReportRequest& req, const std::function<bool(int)>& progress)
{
    BHU_TRY(m_s.require(Permission::ViewReports));
    // The demo facility's figures are invented: no report, so none can reach DHIS2 or a district
    // meeting as real numbers (docs/installing.md, "Demo facility").
    if (isDemoFacility(m_s))
        return Error::make(ErrorCode::Forbidden, tr("This is the demo facility (DEMO — training data): its patients are invented, "
                                                    "so it makes no reports. Make reports in the facility's own database."),
                           QStringLiteral("demo database"));
    if (!req.from.isValid() || !req.to.isValid() || req.to < req.from)
        return Error::make(ErrorCode::Invalid, tr("Choose a period whose end is not before its start."));
    if (req.from.daysTo(req.to) > 366) return Error::make(ErrorCode::Invalid, tr("Choose a period of at most one year."));
    std::optional<ReportTemplate> templ = req.templ;
    if (req.kind == ReportKind::Monthly && !templ) {
        auto builtIn = ReportTemplate::builtIn();
        if (!builtIn.ok()) return builtIn.error();
        templ = builtIn.value();
    }
    ReportContext ctx;
    ctx.facilityName = m_s.facility().name;
    ctx.facilityCode = m_s.facility().code;
    ctx.from = req.from;
    ctx.to = req.to;
    ctx.language = req.language == u"ur" ? QStringLiteral("ur") : QStringLiteral("en");
    ctx.generatedBy = m_s.user().fullName.isEmpty() ? m_s.user().username : m_s.user().fullName + u" (" + m_s.user().username + u')';
    ctx.generatedAt = Clock::system().nowUtc();
    if (progress) ctx.progress = [&](int p) { return progress(20 + p * 80 / 100); };

    const auto detail = req.kind == ReportKind::Monthly || req.kind == ReportKind::LhwSummary ? db::ReportQueries::Detail::Counts
                                                                                              : db::ReportQueries::Detail::Register;
    Result<QList<ReportVisit>> visits = QList<ReportVisit>{};
    {
        const auto lock = m_s.guard();
        if (m_s.isLocked()) return lockedError();
        if (progress && !progress(0)) return Error::make(ErrorCode::Cancelled, tr("The report was cancelled."));
        visits = db::ReportQueries(m_s.store().conn())
                     .visits(req.from, req.to, ctx.facilityCode, detail, [&] { return progress && !progress(5); });
        if (!visits.ok()) return visits.error();
    }
    Result<CommunityFacts> community = CommunityFacts{};
    if (req.kind == ReportKind::Monthly) {
        const auto lock = m_s.guard();
        community = db::ReportQueries(m_s.store().conn()).community(req.from, req.to, ctx.facilityCode);
        if (!community.ok()) return community.error();
        ctx.community = &community.value();
    }
    Result<ReportTable> table = ReportTable{};
    switch (req.kind) {
    case ReportKind::Monthly: table = evaluateTemplate(*templ, visits.value(), ctx); break;
    case ReportKind::OpdRegister: table = opdRegister(visits.value(), ctx); break;
    case ReportKind::ReferralRegister: table = referralRegister(visits.value(), ctx); break;
    case ReportKind::LhwSummary: table = lhwSummary(visits.value(), ctx); break;
    }
    if (!table.ok()) return table.error();
    BHU_TRY(audit(QStringLiteral("report.view"), table.value()));
    return table;
}

Status ReportService::audit(const QString& action, const ReportTable& t, const QString& extra)
{
    const auto lock = m_s.guard();
    if (m_s.isLocked()) return lockedError();
    QString details = u"report=" + t.reportId + u";version=" + t.templateVersion + u";from=" + t.from.toString(Qt::ISODate) +
                      u";to=" + t.to.toString(Qt::ISODate) + u";lang=" + t.language;
    if (!extra.isEmpty()) details += u';' + extra;
    return db::AuditLog(m_s.store().conn()).record(m_s.actor(), action, QStringLiteral("Report"), t.reportId, {}, details);
}

Status ReportService::recordPrint(const ReportTable& t)
{
    BHU_TRY(m_s.require(Permission::ViewReports));
    return audit(QStringLiteral("report.print"), t);
}

Status ReportService::write(const QString& path, const QByteArray& bytes, const std::function<bool()>& cancelled)
{
    if (cancelled && cancelled()) return Error::make(ErrorCode::Cancelled, tr("Cancelled: %1 was not written.").arg(path));
    return writeFile(path, bytes);
}

Status ReportService::savePdf(const ReportTable& t, const QString& path, const std::function<bool()>& cancelled)
{
    BHU_TRY(m_s.require(Permission::ViewReports));
    auto pdf = reportPdf(t);
    if (!pdf.ok()) return pdf.error();
    BHU_TRY(write(path, pdf.value(), cancelled));
    return audit(QStringLiteral("report.pdf"), t);
}

Status ReportService::saveCsv(const ReportTable& t, const QString& path, const std::function<bool()>& cancelled)
{
    BHU_TRY(m_s.require(Permission::ExportData));
    BHU_TRY(write(path, reportToCsv(t), cancelled));
    return audit(QStringLiteral("report.csv"), t);
}

Status ReportService::saveDhis2(const ReportTable& t, const QString& path, const std::optional<Dhis2Mapping>& mapping,
                                const std::function<bool()>& cancelled)
{
    BHU_TRY(m_s.require(Permission::ExportData));
    std::optional<Dhis2Mapping> m = mapping;
    if (!m) {
        auto templ = ReportTemplate::builtIn();
        if (!templ.ok()) return templ.error();
        if (templ->id != t.reportId)
            return Error::make(ErrorCode::Invalid, tr("Only the monthly report goes to DHIS2; give the mapping file of this template."));
        auto builtIn = Dhis2Mapping::builtIn(ReportTemplate::defaultName(), templ.value());
        if (!builtIn.ok()) return builtIn.error();
        m = builtIn.value();
    }
    if (m->templateId != t.reportId)
        return Error::make(ErrorCode::Invalid, tr("The DHIS2 mapping is for template %1, not %2.").arg(m->templateId, t.reportId));
    auto set = reportToDhis2(t, *m);
    if (!set.ok()) return set.error();
    BHU_TRY(write(path, QJsonDocument(set.value()).toJson(QJsonDocument::Indented), cancelled));
    return audit(QStringLiteral("report.dhis2"), t, u"values=" + QString::number(set->value(u"dataValues").toArray().size()));
}

} // namespace bhu::services
