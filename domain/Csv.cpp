#include "bhu/domain/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::Csv", s); }

Result<QString> decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString s = d.decode(bytes.mid(2));
        if (d.hasError()) return Error::make(ErrorCode::Invalid, tr("The file is not valid UTF-16 text."));
        return s;
    }
    QStringDecoder d(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString s = d.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (d.hasError())
        return Error::make(ErrorCode::Invalid,
                           tr("The file is not UTF-8 text (Urdu and other letters would be lost). In Excel use "
                              "File → Save As → \"CSV UTF-8 (Comma delimited)\" and import that file."));
    return s;
}

// The delimiter with the most occurrences outside quotes on the first record; comma on a tie.
QChar detectDelimiter(const QString& s)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : s) {
        if (c == u'"') quoted = !quoted;
        else if (quoted) continue;
        else if (c == u'\n' || c == u'\r') break;
        else if (c == u',') ++comma;
        else if (c == u';') ++semicolon;
        else if (c == u'\t') ++tab;
    }
    if (tab > comma && tab >= semicolon) return u'\t';
    if (semicolon > comma) return u';';
    return u',';
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty()) return false;
    return true;
}
} // namespace

Result<CsvTable> parseCsv(const QByteArray& bytes)
{
    auto decoded = decode(bytes);
    if (!decoded.ok()) return decoded.error();
    const QString& s = decoded.value();
    CsvTable t;
    t.delimiter = detectDelimiter(s);
    const QChar delim = t.delimiter;

    CsvRecord rec;
    QString field;
    bool quoted = false;        // inside a quoted field
    bool wasQuoted = false;     // the current field started with a quote
    bool fieldStarted = false;  // anything read for the current record
    int line = 1;               // current physical line
    int row = 1;                // current spreadsheet row
    int quoteLine = 0;
    rec.line = line;
    rec.row = row;

    auto endField = [&] {
        rec.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(rec.fields)) t.records.append(rec);
        rec = CsvRecord{};
        fieldStarted = false;
    };

    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && s.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n') {
                    // CRLF inside a quoted field is one line break.
                    field += u'\n';
                    ++i;
                    ++line;
                } else {
                    if (c == u'\n' || c == u'\r') ++line;
                    field += (c == u'\r') ? QChar(u'\n') : c;
                }
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = fieldStarted = true;
            quoteLine = line;
            continue;
        }
        if (c == delim) {
            fieldStarted = true;
            endField();
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n') ++i;
            endRecord();
            ++line;
            ++row;
            rec.line = line;
            rec.row = row;
            continue;
        }
        fieldStarted = true;
        field += c;   // includes text after a closing quote and stray quotes: kept as typed
    }
    if (quoted)
        return Error::make(ErrorCode::Invalid,
                           tr("A quoted field that starts on line %1 is never closed (a \" is missing). Nothing was imported.")
                               .arg(quoteLine));
    if (fieldStarted || !field.isEmpty()) endRecord();
    return t;
}

QString csvLine(const QStringList& fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i) out += delimiter;
        const QString& f = fields.at(i);
        const bool needsQuotes = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') ||
                                 f.startsWith(u' ') || f.endsWith(u' ');
        if (!needsQuotes) {
            out += f;
            continue;
        }
        QString escaped = f;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out += u'"' + escaped + u'"';
    }
    return out;
}

QByteArray csvFile(const QList<QStringList>& records, QChar delimiter)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& r : records) {
        QString l = csvLine(r, delimiter);
        l.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        out += l.toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace bhu
