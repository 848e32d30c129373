#pragma once
// A computed report, ready to show, print or export: a header and sections of rows × columns.
// Every cell has a stable key "section/row/column" that the CSV, the DHIS2 export and the
// tests use, so the three outputs can be compared cell by cell.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bhu {

struct ReportCell {
    QString text;                     // as printed (numbers in the report's locale)
    std::optional<double> number;     // numeric cells; empty for text and "not available"
    bool available = true;            // false: the data for this cell is not recorded yet
};

struct ReportColumn {
    QString id;
    QString title;
};

struct ReportRow {
    QString id;
    QString title;
    QList<ReportCell> cells;          // one per column of the section
};

struct ReportSection {
    QString id;
    QString title;
    QString note;                     // shown under the title ("not recorded yet: …")
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool rowTitles = true;            // registers have no row-title column
};

struct ReportTable {
    QString reportId;                 // "flcf-mr", "opd-register", …
    QString templateVersion;
    QString title;
    QString language;                 // "en", "ur"
    QString facilityName;
    QString facilityCode;
    QDate from;
    QDate to;
    QString periodText;               // "November 2026" / "1 Nov 2026 – 30 Nov 2026"
    QString generatedBy;
    QDateTime generatedAt;            // UTC
    // Header labels in the report's language ("Facility", "Period", …), from the template.
    QString labelFacility, labelPeriod, labelGeneratedBy, labelGeneratedAt, labelNotAvailable, labelTitle;
    QList<ReportSection> sections;
    // Printed in Urdu digits (۰–۹): the numbers, period and date of an Urdu report's PDF and
    // print, when the user chose so (Admin → Language). CSV and DHIS2 keep Western digits.
    bool urduDigits = false;

    bool rightToLeft() const { return language == u"ur"; }
    // The cell with key "section/row/column", or nullptr.
    const ReportCell* cell(const QString& sectionId, const QString& rowId, const QString& columnId) const;
};

} // namespace bhu
