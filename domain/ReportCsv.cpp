#include "bhu/domain/Csv.h"
#include "bhu/domain/ReportExport.h"

namespace bhu {

namespace {
QString plain(const ReportCell& c)
{
    if (!c.available) return QString();
    if (c.number) return QString::number(*c.number, 'g', 12);
    return c.text;
}
} // namespace

QByteArray reportToCsv(const ReportTable& t)
{
    QList<QStringList> lines;
    bool cellPerLine = true;
    for (const ReportSection& s : t.sections) cellPerLine = cellPerLine && s.rowTitles;
    if (cellPerLine) {
        lines.append({QStringLiteral("report"), QStringLiteral("facility"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("section_id"), QStringLiteral("row_id"), QStringLiteral("column_id"), QStringLiteral("section"),
                      QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value")});
        const QString from = t.from.toString(Qt::ISODate);
        const QString to = t.to.toString(Qt::ISODate);
        for (const ReportSection& s : t.sections)
            for (const ReportRow& r : s.rows)
                for (int i = 0; i < s.columns.size() && i < r.cells.size(); ++i)
                    lines.append({t.reportId, t.facilityCode, from, to, s.id, r.id, s.columns[i].id, s.title, r.title,
                                  s.columns[i].title, plain(r.cells[i])});
        return csvFile(lines);
    }
    QStringList previousHead;
    for (const ReportSection& s : t.sections) {
        QStringList head;
        for (const ReportColumn& c : s.columns) head.append(c.title);
        if (head != previousHead) lines.append(head);   // a register split by day: one header
        previousHead = head;
        for (const ReportRow& r : s.rows) {
            QStringList fields;
            for (const ReportCell& c : r.cells) fields.append(plain(c));
            lines.append(fields);
        }
    }
    return csvFile(lines);
}

} // namespace bhu
