#pragma once
// CSV for imports: the project's CSV reader (domain/Csv.h) plus the per-row problem report.
#include "bhu/domain/Csv.h"

namespace bhu::services {

using bhu::csvFile;
using bhu::csvLine;
using bhu::CsvRecord;
using bhu::CsvTable;
using bhu::parseCsv;

// A problem with one row of an import, for the error report.
struct RowIssue {
    int row = 0;        // spreadsheet row, as in CsvRecord::row
    QString message;    // translated
};

} // namespace bhu::services
