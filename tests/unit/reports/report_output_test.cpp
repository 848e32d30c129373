// The outputs of one report agree: CSV and DHIS2 JSON cell by cell with the computed table, and
// the PDF written by `bhuctl report monthly` (read back with pdftotext) with the CSV and the
// DHIS2 file written by the same command — in English and in Urdu.
#include "ReportFixture.h"

#include "bhu/domain/Csv.h"
#include "bhu/services/ReportService.h"

#include <QJsonArray>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {

// key "section/row/column" → value, from the CSV's cell-per-line form.
QMap<QString, QString> csvCells(const QByteArray& bytes)
{
    QMap<QString, QString> out;
    auto table = parseCsv(bytes);
    EXPECT_TRUE(table.ok());
    if (!table.ok()) return out;
    const auto& recs = table->records;
    EXPECT_FALSE(recs.isEmpty());
    for (int i = 1; i < recs.size(); ++i) {
        const QStringList& f = recs[i].fields;
        EXPECT_EQ(f.size(), 11);
        out.insert(f.value(4) + u'/' + f.value(5) + u'/' + f.value(6), f.value(10));
    }
    return out;
}

// key → value, from a dataValueSet and the mapping that produced it.
QMap<QString, QString> dhis2Cells(const QJsonObject& set, const Dhis2Mapping& m)
{
    QMap<QString, QString> byPair;
    for (const QJsonValue v : set.value(u"dataValues").toArray()) {
        const QJsonObject o = v.toObject();
        byPair.insert(o.value(u"dataElement").toString() + u'.' + o.value(u"categoryOptionCombo").toString(), o.value(u"value").toString());
    }
    QMap<QString, QString> out;
    for (const Dhis2Target& t : m.targets) {
        const QString pair = t.dataElement + u'.' + t.categoryOptionCombo;
        if (byPair.contains(pair)) out.insert(t.cell, byPair.value(pair));
    }
    return out;
}

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf) { return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}); }

// The numbers printed on the line of a row, after (LTR) its title.
QStringList numbersAfter(const QString& text, const QString& title)
{
    for (const QString& line : text.split(u'\n')) {
        // The row's own line: it starts with the title, then the columns (two or more spaces).
        const QString trimmed = line.trimmed();
        if (!title.isEmpty() && !(trimmed.startsWith(title) && (trimmed.size() == title.size() || trimmed.mid(title.size(), 2) == u"  ")))
            continue;
        const qsizetype at = title.isEmpty() ? 0 : line.indexOf(title);
        QStringList out;
        static const QRegularExpression number(QStringLiteral("(?<![\\w.])\\d+(\\.\\d+)?(?![\\w.])"));
        auto it = number.globalMatch(line.mid(at + title.size()));
        while (it.hasNext()) out << it.next().captured(0);
        return out;
    }
    return {QStringLiteral("row not found: ") + title};
}

// Urdu (right to left): the numbers printed on the line of a row whose title is `title`, in
// the template's column order. pdftotext (with the PDF's ActualText spans, services/
// PdfActualText) writes the line left to right as it stands on the page — the cells from the
// last column to the first, then the title — wrapped in bidi marks, and splits a title's
// digits from its words ("1 تا 4 سال" comes out as "تا 4سال 1"). So a line is the row's when
// its letters are the title's and its last numbers are the title's numbers.
QStringList urduNumbersOf(const QString& text, const QString& title)
{
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])\\d+(\\.\\d+)?(?![\\w.])"));
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    auto letters = [](const QString& s) {
        QString out;
        for (QChar c : s)
            if (c.isLetter()) out += c;
        return out;
    };
    auto all = [](const QRegularExpression& re, const QString& s) {
        QStringList out;
        auto it = re.globalMatch(s);
        while (it.hasNext()) out << it.next().captured(0);
        return out;
    };
    QStringList own = all(digits, title);
    std::sort(own.begin(), own.end());
    for (QString line : text.split(u'\n')) {
        line.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
        if (letters(line) != letters(title)) continue;
        QStringList n = all(number, line);
        if (n.size() < own.size()) continue;
        QStringList tail = n.mid(n.size() - own.size());
        std::sort(tail.begin(), tail.end());
        if (tail != own) continue;
        n = n.mid(0, n.size() - own.size());
        std::reverse(n.begin(), n.end());
        return n;
    }
    return {QStringLiteral("row not found: ") + title};
}

class ReportOutputs : public ::testing::Test {
protected:
    void SetUp() override { m = bhu::test::makeReportMonth(); }
    QString file(const char* name) const { return m.db.dir->filePath(QString::fromLatin1(name)); }
    bhu::test::ReportMonth m;
};

} // namespace

TEST_F(ReportOutputs, CsvAndDhis2AgreeWithTheTableCellByCell)
{
    ReportService svc(*m.session);
    auto table = svc.compute(ReportRequest::month(2026, 11));
    ASSERT_TRUE(table.ok());
    ASSERT_TRUE(svc.saveCsv(table.value(), file("m.csv")).ok());
    ASSERT_TRUE(svc.saveDhis2(table.value(), file("m.json")).ok());
    const auto csv = csvCells(bhu::test::readAll(file("m.csv")));
    const QJsonObject set = QJsonDocument::fromJson(bhu::test::readAll(file("m.json"))).object();
    EXPECT_EQ(set.value(u"period").toString(), QStringLiteral("202611"));
    auto templ = ReportTemplate::builtIn();
    ASSERT_TRUE(templ.ok());
    auto mapping = Dhis2Mapping::builtIn(ReportTemplate::defaultName(), templ.value());
    ASSERT_TRUE(mapping.ok());
    const auto dhis2 = dhis2Cells(set, mapping.value());
    int cells = 0;
    for (const ReportSection& s : table->sections)
        for (const ReportRow& r : s.rows)
            for (int i = 0; i < s.columns.size(); ++i) {
                const QString key = s.id + u'/' + r.id + u'/' + s.columns[i].id;
                const ReportCell& c = r.cells[i];
                ASSERT_TRUE(csv.contains(key)) << key.toStdString();
                if (!c.available) {
                    EXPECT_EQ(csv.value(key), QString()) << key.toStdString();
                    EXPECT_FALSE(dhis2.contains(key)) << key.toStdString();
                    continue;
                }
                if (!c.number) continue;
                ++cells;
                EXPECT_EQ(csv.value(key).toDouble(), *c.number) << key.toStdString();
                ASSERT_TRUE(dhis2.contains(key)) << key.toStdString();
                EXPECT_EQ(dhis2.value(key).toDouble(), *c.number) << key.toStdString();
            }
    EXPECT_GT(cells, 100);
}

TEST_F(ReportOutputs, BhuctlPdfReadsCorrectlyAndAgreesWithCsvAndDhis2)
{
    m.session.reset();
    for (const char* lang : {"en", "ur"}) {
        SCOPED_TRACE(lang);
        const QString pdf = file("month.pdf"), csv = file("month.csv"), json = file("month.json");
        auto r = bhu::test::run(QStringLiteral("bhuctl"),
                                {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--db"), m.db.path,
                                 QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--lang"), QString::fromLatin1(lang),
                                 QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv, QStringLiteral("--dhis2"), json});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        // pdftoppm renders it (a broken PDF fails here).
        QProcess ppm;
        ppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                                              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, file("page")});
        ASSERT_TRUE(ppm.waitForFinished(60000));
        EXPECT_EQ(ppm.exitCode(), 0);

        const QString text = pdfText(pdf);
        ASSERT_FALSE(text.isEmpty());
        const auto cells = csvCells(bhu::test::readAll(csv));
        auto templ = ReportTemplate::builtIn();
        ASSERT_TRUE(templ.ok());
        auto mapping = Dhis2Mapping::builtIn(ReportTemplate::defaultName(), templ.value());
        ASSERT_TRUE(mapping.ok());
        const auto dhis2 = dhis2Cells(QJsonDocument::fromJson(bhu::test::readAll(json)).object(), mapping.value());
        EXPECT_TRUE(text.contains(u"BHU-0001"));
        if (QByteArray(lang) == "en") {
            EXPECT_TRUE(text.contains(u"November 2026"));
            EXPECT_TRUE(text.contains(u"Monthly report"));
            // Every OPD row and priority-disease row: the numbers printed on the row's line are
            // the CSV's and the DHIS2 file's, column by column.
            for (const TemplateSection& s : templ->sections) {
                if (s.id != u"opd" && s.id != u"diseases") continue;
                for (const TemplateRow& row : s.rows) {
                    QStringList fromCsv, fromDhis2;
                    for (const TemplateColumn& c : s.columns) {
                        const QString key = s.id + u'/' + row.id + u'/' + c.id;
                        fromCsv << cells.value(key);
                        fromDhis2 << dhis2.value(key);
                    }
                    const QString title = row.title.en;
                    EXPECT_EQ(numbersAfter(text, title), fromCsv) << title.toStdString();
                    EXPECT_EQ(fromDhis2, fromCsv) << title.toStdString();
                }
            }
            EXPECT_EQ(numbersAfter(text, QStringLiteral("2. Pneumonia under 5")), (QStringList{u"1"_qs, u"0"_qs, u"1"_qs}));
            EXPECT_EQ(numbersAfter(text, QStringLiteral("50 years and over")),
                      (QStringList{u"0"_qs, u"1"_qs, u"0"_qs, u"0"_qs, u"1"_qs, u"1"_qs}));
        } else {
            // Urdu: Nastaliq is embedded, and pdftotext reads the Urdu words through the
            // ActualText spans (services/PdfActualText): every OPD and priority-disease row, found
            // by its Urdu title, carries the CSV's and the DHIS2 file's numbers.
            EXPECT_TRUE(tool(QStringLiteral("pdffonts"), {pdf}).contains(u"NotoNastaliqUrdu-Regular"));
            EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("ماہانہ رپورٹ")));
            EXPECT_TRUE(text.contains(QStringLiteral("ماہانہ رپورٹ")));
            EXPECT_TRUE(text.contains(QStringLiteral("نومبر")));
            int rows = 0;
            for (const TemplateSection& s : templ->sections) {
                if (s.id != u"opd" && s.id != u"diseases") continue;
                for (const TemplateRow& row : s.rows) {
                    QStringList fromCsv, fromDhis2;
                    for (const TemplateColumn& c : s.columns) {
                        const QString key = s.id + u'/' + row.id + u'/' + c.id;
                        fromCsv << cells.value(key);
                        fromDhis2 << dhis2.value(key);
                    }
                    EXPECT_EQ(urduNumbersOf(text, row.title.ur), fromCsv) << row.id.toStdString();
                    EXPECT_EQ(fromDhis2, fromCsv) << row.id.toStdString();
                    ++rows;
                }
            }
            EXPECT_GT(rows, 30);
            // Chosen cells, known from the dataset: the OPD total row and 50+ (P2 on her birthday).
            EXPECT_EQ(urduNumbersOf(text, QStringLiteral("کل")), (QStringList{u"1"_qs, u"3"_qs, u"2"_qs, u"0"_qs, u"6"_qs, u"1"_qs}));
            const TemplateRow& fifty = templ->sections[2].rows[4];
            ASSERT_EQ(fifty.id, u"50plus"_qs);
            EXPECT_EQ(urduNumbersOf(text, fifty.title.ur), (QStringList{u"0"_qs, u"1"_qs, u"0"_qs, u"0"_qs, u"1"_qs, u"1"_qs}));
            EXPECT_EQ(dhis2.value(u"opd/total/total"_qs), u"6"_qs);
        }
        // The title stands on the left in English and on the right in Urdu.
        const QImage page(file("page.png"));
        ASSERT_FALSE(page.isNull());
        qint64 inkX = 0, ink = 0;
        for (int y = 0; y < page.height() / 8; ++y)
            for (int x = 0; x < page.width(); ++x)
                if (qGray(page.pixel(x, y)) < 128) {
                    inkX += x;
                    ++ink;
                }
        ASSERT_GT(ink, 0);
        const bool right = inkX / ink > page.width() / 2;
        EXPECT_EQ(right, QByteArray(lang) == "ur");
    }
}

TEST_F(ReportOutputs, BhuctlRefusesABrokenTemplateNamingTheRow)
{
    m.session.reset();
    QFile f(QStringLiteral(":/bhu/reports/punjab-flcf-mr-2024.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace(R"("age": "15-49")", R"("age": "15-")");
    QFile out(file("broken.json"));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    auto r = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--db"), m.db.path,
                                                       QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--template"),
                                                       file("broken.json"), QStringLiteral("--csv"), file("never.csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(R"(broken.json, section "opd", row "15-49": bad age band "15-")")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file("never.csv")));
}
