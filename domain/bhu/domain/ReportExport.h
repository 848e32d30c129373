#pragma once
// A computed report as CSV, and the monthly report as a DHIS2 dataValueSet (docs/reports.md).
//
// CSV: a report with row titles (the monthly report, the LHW summary) is written one cell per
// line: report, facility, from, to, section_id, row_id, column_id, section, row, column, value;
// a register is written as its table (a header line of column titles, then one line per row).
// Numbers are plain ("12", "4.5"); a cell whose data is not recorded yet is empty.
//
// DHIS2: a mapping file (JSON) names, for each template cell "section/row/column", the DHIS2
// data element and category option combo; the export lists those cells' values for the
// facility's org unit and the month's period ("202611"). Cells without data are left out.
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/ReportTemplate.h"

#include <QJsonObject>

namespace bhu {

QByteArray reportToCsv(const ReportTable& t);

struct Dhis2Target {
    QString cell;                 // "opd/u1/new-m"
    QString dataElement;          // DHIS2 UID (11 characters)
    QString categoryOptionCombo;  // DHIS2 UID
};

struct Dhis2Mapping {
    QString templateId;
    QString dataSet;
    QMap<QString, QString> orgUnits;    // facility code → org unit UID; "*" = any facility
    QList<Dhis2Target> targets;

    // Invalid with the entry that is wrong: bad UID shape, a cell the template does not have,
    // the same data element and combo mapped twice.
    static Result<Dhis2Mapping> parse(const QByteArray& json, const QString& source, const ReportTemplate& t);
    static Result<Dhis2Mapping> load(const QString& path, const ReportTemplate& t);
    // The mapping shipped next to a built-in template (":/bhu/reports/NAME.dhis2.json").
    static Result<Dhis2Mapping> builtIn(const QString& templateName, const ReportTemplate& t);
};

bool isDhis2Uid(const QString& s);

// The dataValueSet of a monthly report (from..to must be one calendar month).
Result<QJsonObject> reportToDhis2(const ReportTable& t, const Dhis2Mapping& m);

} // namespace bhu
