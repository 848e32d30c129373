#include "ReferenceCsvReader.h"

#include "bhu/domain/Csv.h"

namespace bhu::refcsv {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::Csv", s);
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& utf8)
{
    auto parsed = bhu::parseCsv(utf8);   // the project's one CSV reader
    if (!parsed.ok()) return Error::make(ErrorCode::Invalid, parsed.error().message, QStringLiteral("csv.quote"));
    const QList<CsvRecord>& records = parsed->records;
    if (records.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The file is empty: it has no header line."), QStringLiteral("csv.empty"));
    CsvTable t;
    for (const QString& h : records.front().fields) t.header.append(h.trimmed());
    for (qsizetype r = 1; r < records.size(); ++r) {
        QStringList row;
        for (const QString& f : records.at(r).fields) row.append(f.trimmed());
        if (row.size() > t.header.size()) {
            return Error::make(ErrorCode::Invalid,
                               tr("Line %1 has %2 fields but the header has %3.").arg(records.at(r).line).arg(row.size()).arg(t.header.size()),
                               QStringLiteral("csv.width"));
        }
        while (row.size() < t.header.size()) row.append(QString());
        t.rows.append(row);
        t.lineNumbers.append(records.at(r).line);
    }
    return t;
}

} // namespace bhu::refcsv
