// Printed Urdu (issue 11): a report's PDF embeds Noto Nastaliq Urdu and pdftotext reads its
// Urdu headings back; Urdu digits on request, Western digits by default.
#include "PdfActualText.h"
#include "bhu/domain/ReportTable.h"
#include "bhu/services/ReportDocument.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePoppler() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

ReportTable urduReport()
{
    ReportTable t;
    t.reportId = QStringLiteral("flcf-mr");
    t.title = QStringLiteral("ماہانہ رپورٹ");
    t.language = QStringLiteral("ur");
    t.facilityName = QStringLiteral("BHU Test");
    t.facilityCode = QStringLiteral("BHU-0001");
    t.from = QDate(2026, 11, 1);
    t.to = QDate(2026, 11, 30);
    t.periodText = QStringLiteral("نومبر 2026");
    t.generatedBy = QStringLiteral("admin");
    t.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    t.labelFacility = QStringLiteral("مرکز");
    t.labelPeriod = QStringLiteral("مدت");
    t.labelGeneratedBy = QStringLiteral("تیار کنندہ");
    t.labelGeneratedAt = QStringLiteral("تیاری کا وقت");
    ReportSection s;
    s.id = QStringLiteral("opd");
    s.title = QStringLiteral("او پی ڈی مریض");
    s.columns = {{QStringLiteral("male"), QStringLiteral("مرد")}, {QStringLiteral("female"), QStringLiteral("عورت")}};
    s.rows = {{QStringLiteral("new"), QStringLiteral("نئے مریض"), {{QStringLiteral("12"), 12.0, true}, {QStringLiteral("34"), 34.0, true}}}};
    t.sections = {s};
    return t;
}

QString writePdf(const ReportTable& t, const QTemporaryDir& dir, const QString& name)
{
    auto pdf = services::reportPdf(t);
    EXPECT_TRUE(pdf.ok());
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(pdf.ok() ? pdf.value() : QByteArray());
    return path;
}

TEST(gui_urdu_pdf, NastaliqIsEmbedded)
{
    if (!havePoppler()) GTEST_SKIP() << "poppler-utils (pdffonts, pdftotext) is not installed";
    QTemporaryDir dir;
    const QString path = writePdf(urduReport(), dir, QStringLiteral("ur.pdf"));
    const QString fonts = tool(QStringLiteral("pdffonts"), {path});
    EXPECT_TRUE(fonts.contains(QStringLiteral("NotoNastaliqUrdu-Regular"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral("NotoNastaliqUrdu-Bold"))) << "the Regular face only";
}

TEST(gui_urdu_pdf, DigitsAreWesternUnlessUrduDigitsAreChosen)
{
    if (!havePoppler()) GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    ReportTable t = urduReport();
    const QString western = tool(QStringLiteral("pdftotext"), {writePdf(t, dir, QStringLiteral("w.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(western.contains(u"12") && western.contains(u"34")) << western.toStdString();
    t.urduDigits = true;
    const QString urdu = tool(QStringLiteral("pdftotext"), {writePdf(t, dir, QStringLiteral("u.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(urdu.contains(QStringLiteral("۱۲")) && urdu.contains(QStringLiteral("۳۴"))) << urdu.toStdString();
    EXPECT_TRUE(urdu.contains(QStringLiteral("۲۰۲۶"))) << "the period and date too";
    EXPECT_TRUE(urdu.contains(QStringLiteral("BHU-0001"))) << "codes keep their digits";
}

// Qt's PDF writer maps glyphs back to text only through the font's cmap, and Nastaliq's joined
// letter forms have no cmap entry: without the ActualText spans pdftotext reads no Urdu word.
TEST(gui_urdu_pdf, PdftotextReadsTheUrduHeadings)
{
    if (!havePoppler()) GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    const QString text = tool(QStringLiteral("pdftotext"), {writePdf(urduReport(), dir, QStringLiteral("ur.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("ماہانہ رپورٹ"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("او پی ڈی مریض"))) << text.toStdString();
}

} // namespace

namespace {

// A file not shaped as expected (other pages, other runs) is left as Qt wrote it.
TEST(gui_urdu_pdf, ActualTextLeavesAnUnexpectedFileAlone)
{
    ReportTable english = urduReport();
    english.language = QStringLiteral("en");
    auto pdf = services::reportPdf(english);
    ASSERT_TRUE(pdf.ok());
    EXPECT_FALSE(services::addActualText(pdf.value(), {}).has_value()) << "page count differs";
    EXPECT_FALSE(services::addActualText(pdf.value(), {QStringList(500, QStringLiteral("x"))}).has_value()) << "run count differs";
    EXPECT_FALSE(services::addActualText(QByteArrayLiteral("%PDF-1.4\nnot really"), {{}}).has_value());
}

} // namespace
