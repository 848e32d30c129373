#pragma once
// The one RFC 4180 CSV reader and writer of the project (QtCore only): legacy registers saved
// from Excel, geography lists, the reference data.
//
// Reading accepts what Excel and LibreOffice write: a UTF-8 byte-order mark (or UTF-16 with
// its BOM, Excel's "Unicode text"), CRLF, LF or lone CR line ends, quoted fields with commas,
// line breaks and doubled quotes inside, a missing line end at the end, blank lines (skipped)
// and a comma, semicolon or tab delimiter (detected from the first record). Bytes that are not
// valid UTF-8 are refused with a message that says how to save the file as "CSV UTF-8".
// Lenient where Excel is sloppy: a quote inside an unquoted field is kept as text.
// Writing quotes a field only when needed, uses CRLF and starts with a UTF-8 BOM so that Excel
// shows Urdu correctly.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bhu {

struct CsvRecord {
    QStringList fields;
    int line = 0;      // physical line (1-based) where the record starts in the file
    int row = 0;       // spreadsheet row (1-based, the header is row 1; blank lines counted)
};

struct CsvTable {
    QChar delimiter = u',';
    QList<CsvRecord> records;   // every non-blank record, header included
};

// Parses the whole file. Invalid: not UTF-8/UTF-16, or a quote never closed (the message
// names the line where the field started).
Result<CsvTable> parseCsv(const QByteArray& bytes);

// One record as CSV text (no line end).
QString csvLine(const QStringList& fields, QChar delimiter = u',');
// A whole file: UTF-8 BOM, records separated by CRLF.
QByteArray csvFile(const QList<QStringList>& records, QChar delimiter = u',');

} // namespace bhu
