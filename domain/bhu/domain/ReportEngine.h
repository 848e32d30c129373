#pragma once
// Evaluates a report template over the period's visits (pure: no I/O, no clock), and builds
// the registers (daily OPD, referrals) and the LHW summary from the same visit rows.
#include "bhu/domain/ReportCommunity.h"
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/ReportTemplate.h"

#include <functional>

namespace bhu {

struct ReportContext {
    QString facilityName;
    QString facilityCode;
    QDate from;
    QDate to;                       // inclusive
    QString language = QStringLiteral("en");   // "en" or "ur"
    QString generatedBy;
    QDateTime generatedAt;          // UTC
    // Called now and then with 0–100; returning false cancels (the result is then Cancelled).
    std::function<bool(int)> progress;
    // The community records of the period (ReportQueries::community) for rows with a
    // "community" measure; null → those cells are "not available".
    const CommunityFacts* community = nullptr;
};

// The locale numbers and dates are printed in: English (Pakistan) or Urdu (Pakistan).
QLocale reportLocale(QStringView language);
// "November 2026" for a whole calendar month, else "1 Nov 2026 – 15 Nov 2026".
QString periodText(QDate from, QDate to, QStringView language);

// Completed months of age on `day`; -1 when the birth date is unknown or after the day.
int reportAgeMonths(QDate birthDate, QDate day);

Result<ReportTable> evaluateTemplate(const ReportTemplate& t, const QList<ReportVisit>& visits, const ReportContext& ctx);

// A word of the registers and headers in the report's language ("facility", "period", …), from
// reference/reports/labels.json (the report is printed in its own language, whatever the
// program's); a template's "labels" override these for its report. Unknown keys come back as is.
QString reportLabel(const QString& key, QStringView language, const ReportTemplate* t = nullptr);

// Daily OPD register: every OPD visit of the period with diagnoses and treatment, one section
// per day (section id = the ISO date).
ReportTable opdRegister(const QList<ReportVisit>& visits, const ReportContext& ctx);
// Referral register: the visits of the period that referred the patient.
ReportTable referralRegister(const QList<ReportVisit>& visits, const ReportContext& ctx);
// LHW monthly summary: home visits (encounter class HH) by the LHW who signed them. The LHW
// module (family register, pregnancies, newborns) does not exist yet; the note says so.
ReportTable lhwSummary(const QList<ReportVisit>& visits, const ReportContext& ctx);

} // namespace bhu
