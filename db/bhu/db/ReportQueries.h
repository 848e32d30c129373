#pragma once
// The reads behind the reports (docs/reports.md): the period's signed visits, one row per
// visit chain — the current version of a corrected visit, with the correction's facts, so a
// corrected visit counts once. Aggregation by template happens in bhu::domain (ReportEngine).
#include "bhu/db/Connection.h"
#include "bhu/domain/ReportCommunity.h"
#include "bhu/domain/ReportVisit.h"

#include <functional>

namespace bhu::db {

class ReportQueries {
public:
    enum class Detail { Counts, Register };   // Register adds names, MR, complaint, treatment, referral

    explicit ReportQueries(Connection& c) : m_c(c) {}
    // Closed visits of the facility with from <= visit day <= to. `cancelled` is polled every
    // few thousand rows (Cancelled error when it returns true).
    Result<QList<ReportVisit>> visits(const QDate& from, const QDate& to, const QString& facilityCode, Detail detail,
                                      const std::function<bool()>& cancelled = {});

    // The community records behind the MCH, family-planning, EPI and LHW rows
    // (ReportCommunity.h): doses and contacts of the period, pregnancies registered or ended in
    // it, and the LHW user names.
    Result<CommunityFacts> community(const QDate& from, const QDate& to, const QString& facilityCode);

private:
    Connection& m_c;
};

} // namespace bhu::db
