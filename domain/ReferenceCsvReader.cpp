#include "ReferenceCsvReader.h"

namespace bhu::refcsv {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::Csv", s);
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);

    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    bool inQuotes = false, fieldQuoted = false, recordHasContent = false;
    int line = 1, recordLine = 1;

    const auto endField = [&] {
        record.append(fieldQuoted ? field : field.trimmed());
        if (!field.isEmpty() || fieldQuoted) recordHasContent = true;
        field.clear();
        fieldQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent) {
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
        recordHasContent = false;
        recordLine = line + 1;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = fieldQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (inQuotes) {
        return Error::make(ErrorCode::Invalid, tr("A quoted field starting on line %1 is not closed.").arg(recordLine),
                           QStringLiteral("csv.quote"));
    }
    endRecord();

    if (records.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("The file is empty: it has no header line."), QStringLiteral("csv.empty"));

    CsvTable t;
    for (const QString& h : records.front()) t.header.append(h.trimmed());
    for (qsizetype r = 1; r < records.size(); ++r) {
        QStringList row = records.at(r);
        if (row.size() > t.header.size()) {
            return Error::make(ErrorCode::Invalid,
                               tr("Line %1 has %2 fields but the header has %3.").arg(lines.at(r)).arg(row.size()).arg(t.header.size()),
                               QStringLiteral("csv.width"));
        }
        while (row.size() < t.header.size()) row.append(QString());
        t.rows.append(row);
        t.lineNumbers.append(lines.at(r));
    }
    return t;
}

} // namespace bhu::refcsv
