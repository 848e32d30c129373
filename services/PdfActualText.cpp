#include "PdfActualText.h"

#include <QMap>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>

namespace bhu::services {

namespace {

struct PdfObject {
    int number = 0;
    qsizetype offset = 0;
    QByteArray bytes;   // "N 0 obj … endobj\n"
};

QByteArray inflate(const QByteArray& zlib)
{
    QByteArray prefixed(4, '\0');
    qToBigEndian<quint32>(quint32(qMax<qsizetype>(zlib.size() * 8, 1024)), prefixed.data());
    return qUncompress(prefixed + zlib);   // grows its buffer when the size hint is short
}

QByteArray deflate(const QByteArray& data)
{
    return qCompress(data).mid(4);   // a zlib stream, without Qt's length prefix
}

// The run's text in the order its glyphs stand. poppler spreads ActualText over the run from
// left to right and then reorders right-to-left script, so a right-to-left run given in logical
// order would come out reversed: such runs are given reversed, keeping digit sequences (which
// read left to right) as they are. A run of digits alone stays as it is.
QString visualOrder(const QString& text)
{
    bool rtl = false;
    for (const QChar c : text) rtl = rtl || c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    if (!rtl) return text;
    QString out;
    qsizetype i = text.size();
    while (i > 0) {
        qsizetype start = i - 1;
        if (text.at(start).isDigit())
            while (start > 0 && text.at(start - 1).isDigit()) --start;
        out += text.mid(start, i - start);
        i = start;
    }
    return out;
}

QByteArray actualText(const QString& text)
{
    QByteArray hex = "FEFF";
    for (const QChar c : visualOrder(text)) hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return "/Span << /ActualText <" + hex + "> >> BDC\n";
}

// The page's content with each BT … ET block k wrapped, or nullopt if the count differs.
std::optional<QByteArray> wrapRuns(const QByteArray& content, const QStringList& runs)
{
    QByteArray out;
    out.reserve(content.size() + runs.size() * 64);
    qsizetype pos = 0;
    int k = 0;
    while (true) {
        const qsizetype bt = content.indexOf("BT\n", pos);
        if (bt < 0) break;
        if (bt > 0 && content.at(bt - 1) != '\n') {   // not an operator at a line start
            out += content.mid(pos, bt + 3 - pos);
            pos = bt + 3;
            continue;
        }
        const qsizetype et = content.indexOf("ET\n", bt);
        if (et < 0 || k >= runs.size()) return std::nullopt;
        out += content.mid(pos, bt - pos);
        const QString& text = runs.at(k++);
        QByteArray block = content.mid(bt, et + 3 - bt);
        // Synthetic bold draws the run twice, the second time inside an empty ActualText of its
        // own; the outer span now covers both passes (nested spans confuse readers).
        static const QByteArray inner = "/Span << /ActualText <> >> BDC\n";
        if (!text.isEmpty() && block.contains(inner) && block.endsWith("EMC\nET\n")) {
            block.replace(inner, QByteArray());
            block.chop(7);
            block += "ET\n";
        }
        if (text.isEmpty()) out += block;
        else out += actualText(text) + block + "EMC\n";
        pos = et + 3;
    }
    if (k != runs.size()) return std::nullopt;
    out += content.mid(pos);
    return out;
}

} // namespace

std::optional<QByteArray> addActualText(const QByteArray& pdf, const QList<QStringList>& runsPerPage)
{
    // Objects from the cross-reference table: each runs to the next one (or to "xref").
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0) return std::nullopt;
    const qsizetype xref = pdf.lastIndexOf("\nxref\n", startxref) + 1;
    if (xref <= 0) return std::nullopt;
    // "xref\n0 N\n" then N entries of 20 bytes: "oooooooooo ggggg n \n".
    QList<PdfObject> objects;
    {
        const qsizetype header = pdf.indexOf('\n', xref + 5);
        const QList<QByteArray> first = pdf.mid(xref + 5, header - xref - 5).trimmed().split(' ');
        const int count = first.size() == 2 ? first.at(1).toInt() : 0;
        for (int n = 0; n < count; ++n) {
            const QByteArray entry = pdf.mid(header + 1 + qsizetype(n) * 20, 20);
            if (entry.size() != 20) return std::nullopt;
            if (entry.at(17) == 'n') objects.append({n, entry.left(10).toLongLong(), {}});
        }
        std::sort(objects.begin(), objects.end(), [](const PdfObject& a, const PdfObject& b) { return a.offset < b.offset; });
    }
    if (objects.isEmpty()) return std::nullopt;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const qsizetype end = i + 1 < objects.size() ? objects.at(i + 1).offset : xref;
        objects[i].bytes = pdf.mid(objects.at(i).offset, end - objects.at(i).offset);
    }
    QMap<int, qsizetype> index;
    for (qsizetype i = 0; i < objects.size(); ++i) index.insert(objects.at(i).number, i);

    // Pages in order (/Kids of the page tree), then their content streams.
    static const QRegularExpression kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression ref(QStringLiteral("(\\d+) 0 R"));
    static const QRegularExpression contents(QStringLiteral("/Contents (\\d+) 0 R"));
    static const QRegularExpression length(QStringLiteral("/Length (\\d+) 0 R"));
    QList<int> pages;
    for (const PdfObject& o : std::as_const(objects)) {
        const auto m = kids.match(QString::fromLatin1(o.bytes));
        if (!m.hasMatch()) continue;
        for (auto it = ref.globalMatch(m.captured(1)); it.hasNext();) pages << it.next().captured(1).toInt();
    }
    if (pages.size() != runsPerPage.size()) return std::nullopt;

    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!index.contains(pages.at(p))) return std::nullopt;
        const auto c = contents.match(QString::fromLatin1(objects.at(index.value(pages.at(p))).bytes));
        if (!c.hasMatch() || !index.contains(c.captured(1).toInt())) return std::nullopt;
        PdfObject& content = objects[index.value(c.captured(1).toInt())];
        const auto l = length.match(QString::fromLatin1(content.bytes));
        const qsizetype streamStart = content.bytes.indexOf("stream\n");
        const qsizetype streamEnd = content.bytes.lastIndexOf("\nendstream");
        if (!l.hasMatch() || !index.contains(l.captured(1).toInt()) || streamStart < 0 || streamEnd < streamStart) return std::nullopt;
        const QByteArray plain = inflate(content.bytes.mid(streamStart + 7, streamEnd - streamStart - 7));
        if (plain.isEmpty()) return std::nullopt;
        const auto wrapped = wrapRuns(plain, runsPerPage.at(p));
        if (!wrapped) return std::nullopt;
        const QByteArray packed = deflate(*wrapped);
        content.bytes = content.bytes.left(streamStart + 7) + packed + content.bytes.mid(streamEnd);
        PdfObject& len = objects[index.value(l.captured(1).toInt())];
        len.bytes = QByteArray::number(len.number) + " 0 obj\n" + QByteArray::number(packed.size()) + "\nendobj\n";
    }

    // Write the objects again with a new cross-reference table.
    QByteArray out = pdf.left(objects.constFirst().offset);
    QMap<int, qsizetype> offsets;
    for (const PdfObject& o : std::as_const(objects)) {
        offsets.insert(o.number, out.size());
        out += o.bytes;
    }
    const int size = offsets.lastKey() + 1;
    const qsizetype newXref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n) {
        if (offsets.contains(n)) out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else out += "0000000000 65535 f \n";
    }
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (trailer < 0 || trailer > startxref) return std::nullopt;
    out += pdf.mid(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}

} // namespace bhu::services
