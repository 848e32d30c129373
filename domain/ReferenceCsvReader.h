#pragma once
// Private: the reference lists' view of a CSV file (header + padded rows), read by the project's
// one CSV reader (bhu/domain/Csv.h): comma-separated, fields may be quoted with
// "…" (a doubled "" inside is one quote; quoted fields may hold commas and line breaks),
// lines end in LF or CRLF, a UTF-8 byte-order mark is skipped. Blank lines are skipped.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bhu::refcsv {

struct CsvTable {
    QStringList header;          // the first row, trimmed
    QList<QStringList> rows;     // the other rows, each padded with "" to the header's width
    QList<int> lineNumbers;      // 1-based line where each row starts, for error messages

    // Index of a header column, or -1.
    int column(QStringView name) const { return header.indexOf(name.toString()); }
};

// Invalid (detail "csv.quote" / "csv.width" / "csv.empty") for an unterminated quote, a row
// wider than the header, or no header at all.
Result<CsvTable> parseCsv(const QByteArray& utf8);

} // namespace bhu::refcsv
