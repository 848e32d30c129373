// The CSV reader/writer of imports and the cell parsers (age, date, sex): what Excel and
// LibreOffice actually write.
#include "bhu/services/ImportCsv.h"
#include "bhu/services/ImportService.h"
#include "cli_support.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
QList<QStringList> fieldsOf(const CsvTable& t)
{
    QList<QStringList> out;
    for (const CsvRecord& r : t.records) out << r.fields;
    return out;
}

CsvTable parseOk(const QByteArray& bytes)
{
    auto r = parseCsv(bytes);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r.value() : CsvTable{};
}
} // namespace

TEST(Csv, ByteOrderMarkIsNotPartOfTheFirstHeader)
{
    const CsvTable t = parseOk("\xEF\xBB\xBFname,age\nAli,30\n");
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records.at(0).fields.at(0), u"name");
    EXPECT_EQ(t.records.at(0).fields.at(0).size(), 4);
    EXPECT_EQ(t.records.at(1).fields, (QStringList{QStringLiteral("Ali"), QStringLiteral("30")}));
}

TEST(Csv, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const CsvTable t = parseOk("a,b,c\r\n"
                               "\"Khan, Imran\",\"He said \"\"salam\"\"\",\"line one\r\nline two\"\r\n"
                               "\"\",plain,\"x\ny\"\r\n"
                               "last,row,here");
    ASSERT_EQ(t.records.size(), 4);
    EXPECT_EQ(t.records.at(1).fields,
              (QStringList{QStringLiteral("Khan, Imran"), QStringLiteral("He said \"salam\""), QStringLiteral("line one\nline two")}));
    EXPECT_EQ(t.records.at(2).fields, (QStringList{QString(), QStringLiteral("plain"), QStringLiteral("x\ny")}));
    // Spreadsheet rows count records; physical lines count line breaks inside fields too.
    EXPECT_EQ(t.records.at(2).row, 3);
    EXPECT_EQ(t.records.at(2).line, 4);
    EXPECT_EQ(t.records.at(3).row, 4);
    EXPECT_EQ(t.records.at(3).line, 6);
    EXPECT_EQ(t.records.at(3).fields, (QStringList{QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("here")}));
}

TEST(Csv, CrLfLoneCrAndBlankLines)
{
    const CsvTable crlf = parseOk("a,b\r\n1,2\r\n\r\n3,4\r\n");
    EXPECT_EQ(fieldsOf(crlf), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")},
                                                 {QStringLiteral("3"), QStringLiteral("4")}}));
    EXPECT_EQ(crlf.records.at(2).row, 4);   // the blank line is spreadsheet row 3
    const CsvTable cr = parseOk("a,b\r1,2\r");
    EXPECT_EQ(fieldsOf(cr), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}));
    // Empty trailing fields are kept: the row has as many cells as the header.
    const CsvTable trailing = parseOk("a,b,c\n1,,\n");
    EXPECT_EQ(trailing.records.at(1).fields, (QStringList{QStringLiteral("1"), QString(), QString()}));
}

TEST(Csv, UrduTextSurvives)
{
    const QString urdu = QStringLiteral("فاطمہ بی بی");
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("نام,ولدیت\n%1,\"محمد اسلم، لاہور\"\n").arg(urdu).toUtf8();
    const CsvTable t = parseOk(bytes);
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records.at(0).fields.at(0), u"نام");
    EXPECT_EQ(t.records.at(1).fields.at(0), urdu);
    EXPECT_EQ(t.records.at(1).fields.at(1), u"محمد اسلم، لاہور");
}

TEST(Csv, Utf16WithBomAndSemicolonOrTabDelimiters)
{
    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("name\tage\nعلی\t7\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvTable t = parseOk(utf16);
    EXPECT_EQ(t.delimiter, u'\t');
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records.at(1).fields, (QStringList{QStringLiteral("علی"), QStringLiteral("7")}));

    const CsvTable semi = parseOk("name;age;notes\n\"Khan; Ali\";30;a,b\n");
    EXPECT_EQ(semi.delimiter, u';');
    EXPECT_EQ(semi.records.at(1).fields, (QStringList{QStringLiteral("Khan; Ali"), QStringLiteral("30"), QStringLiteral("a,b")}));
}

TEST(Csv, RefusesAnUnclosedQuoteAndNonUtf8)
{
    auto open = parseCsv("a,b\n1,\"never closed\n2,3\n");
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.code(), ErrorCode::Invalid);
    EXPECT_TRUE(open.error().message.contains(u"line 2")) << open.error().message.toStdString();

    auto ansi = parseCsv("name\nJos\xE9\n");   // Windows-1252, as Excel's plain "CSV" writes it
    ASSERT_FALSE(ansi.ok());
    EXPECT_TRUE(ansi.error().message.contains(u"CSV UTF-8"));
}

TEST(Csv, SloppyQuotesAreKeptAsText)
{
    const CsvTable t = parseOk("a,b\n5'6\" tall,x\"y\n");
    EXPECT_EQ(t.records.at(1).fields, (QStringList{QStringLiteral("5'6\" tall"), QStringLiteral("x\"y")}));
}

TEST(Csv, WriterRoundTrips)
{
    const QList<QStringList> records = {
        {QStringLiteral("name"), QStringLiteral("row"), QStringLiteral("error")},
        {QStringLiteral("Khan, Imran"), QStringLiteral("7"), QStringLiteral("said \"no\"")},
        {QStringLiteral("فاطمہ"), QString(), QStringLiteral("two\nlines")},
        {QStringLiteral(" padded "), QStringLiteral("x"), QStringLiteral("y")},
    };
    const QByteArray bytes = csvFile(records);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_TRUE(bytes.contains("\"Khan, Imran\",7,\"said \"\"no\"\"\""));
    const CsvTable back = parseOk(bytes);
    EXPECT_EQ(fieldsOf(back), records);
}

TEST(ImportCells, Ages)
{
    using importing::parseAge;
    EXPECT_EQ(parseAge(QStringLiteral("35")), (AgeSpan{35, 0, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("35 years")), (AgeSpan{35, 0, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("35 Yrs")), (AgeSpan{35, 0, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("6m")), (AgeSpan{0, 6, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("6 months")), (AgeSpan{0, 6, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("2y 3m")), (AgeSpan{2, 3, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("2 years and 3 months")), (AgeSpan{2, 3, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("10 days")), (AgeSpan{0, 0, 10}));
    EXPECT_EQ(parseAge(QStringLiteral("3 weeks")), (AgeSpan{0, 0, 21}));
    EXPECT_EQ(parseAge(QStringLiteral("1.5")), (AgeSpan{1, 6, 0}));
    EXPECT_EQ(parseAge(QStringLiteral("۳۵ سال")), (AgeSpan{35, 0, 0}));
    EXPECT_FALSE(parseAge(QStringLiteral("abc")).has_value());
    EXPECT_FALSE(parseAge(QStringLiteral("35 apples")).has_value());
    EXPECT_FALSE(parseAge(QString()).has_value());
}

TEST(ImportCells, Dates)
{
    using importing::parseDate;
    const QDate today(2026, 11, 25);
    bool est = true;
    EXPECT_EQ(parseDate(QStringLiteral("12/08/1990"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_FALSE(est);
    EXPECT_EQ(parseDate(QStringLiteral("12/08/1990"), QStringLiteral("mdy"), today, &est), QDate(1990, 12, 8));
    EXPECT_EQ(parseDate(QStringLiteral("1990-08-12"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("12.8.1990"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("12-Aug-1990"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("August 12, 1990"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("1990-08-12 00:00:00"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("12/08/90"), QStringLiteral("dmy"), today, &est), QDate(1990, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("12/08/19"), QStringLiteral("dmy"), today, &est), QDate(2019, 8, 12));
    EXPECT_EQ(parseDate(QStringLiteral("1975"), QStringLiteral("dmy"), today, &est), QDate(1975, 1, 1));
    EXPECT_TRUE(est);
    EXPECT_FALSE(parseDate(QStringLiteral("31/02/1990"), QStringLiteral("dmy"), today, &est).has_value());
    EXPECT_FALSE(parseDate(QStringLiteral("soon"), QStringLiteral("dmy"), today, &est).has_value());
}

TEST(ImportCells, Sex)
{
    using importing::parseSex;
    EXPECT_EQ(parseSex(QStringLiteral("M")), Sex::Male);
    EXPECT_EQ(parseSex(QStringLiteral("Female")), Sex::Female);
    EXPECT_EQ(parseSex(QStringLiteral("عورت")), Sex::Female);
    EXPECT_EQ(parseSex(QStringLiteral("مرد")), Sex::Male);
    EXPECT_EQ(parseSex(QString()), Sex::Unknown);
    EXPECT_FALSE(parseSex(QStringLiteral("X")).has_value());
}
