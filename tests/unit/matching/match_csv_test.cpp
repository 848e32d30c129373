// The CSV reader of `bhu-registry match` and the command end to end on a small fixture.
#include "bhu/match/MatchCsv.h"
#include "bhu/test/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::match;

namespace {
QString fixture() { return QStringLiteral(BHU_MATCH_FIXTURES "/small.csv"); }

QStringList lines(const QString& path)
{
    QString text = QString::fromUtf8(test::readAll(path));
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    QStringList out = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return out;
}
} // namespace

TEST(MatchCsv, ReadsTheIssueColumnsAndKeepsUnknownOnes)
{
    auto r = readMatchCsv(test::readAll(fixture()), QDate(2026, 1, 1));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const CsvRecords& c = r.value();
    ASSERT_EQ(c.records.size(), 9u);
    EXPECT_EQ(c.extraColumns, QStringList{QStringLiteral("register_page")});
    const MatchRecord& r2 = c.records[1];   // "Aisha W/O Muhammad Aslam", age 28
    EXPECT_EQ(r2.relation, Relation::WifeOf);
    EXPECT_EQ(r2.guardian.size(), 2);
    EXPECT_EQ(r2.birthYear, 1998);
    EXPECT_TRUE(r2.birthEstimated);
    EXPECT_EQ(c.records[3].birthDate, QDate(1985, 7, 1));   // dd/mm/yyyy
    EXPECT_EQ(c.records[2].cnic, QStringLiteral("3310112345671"));
    EXPECT_EQ(c.records[2].phone, QStringLiteral("+923001112223"));
    EXPECT_EQ(c.records[5].birthYear, 1960);                 // birth_year_estimated as a year
    EXPECT_TRUE(c.records[5].birthEstimated);
}

TEST(MatchCsv, RefusesMissingIdColumnAndRepeatedIds)
{
    EXPECT_TRUE(readMatchCsv("name,sex\nA,M\n", QDate(2026, 1, 1)).is(ErrorCode::Invalid));
    EXPECT_TRUE(readMatchCsv("record_id,full_name\n1,A\n1,B\n", QDate(2026, 1, 1)).is(ErrorCode::Invalid));
}

TEST(MatchCommand, WritesAutoLinkAndReviewPairs)
{
    QTemporaryDir dir;
    const QString pairs = dir.filePath(QStringLiteral("pairs.csv")), review = dir.filePath(QStringLiteral("review.csv"));
    const auto run = test::run(QStringLiteral("bhu-registry"),
                               {QStringLiteral("match"), QStringLiteral("--csv"), fixture(), QStringLiteral("--out-pairs"), pairs,
                                QStringLiteral("--out-review"), review, QStringLiteral("--today"), QStringLiteral("2026-01-01")},
                               QString());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // r3/r4: token order + Muhammad spelling; r6/r7: same CNIC typed differently.
    EXPECT_EQ(lines(pairs), (QStringList{QStringLiteral("record_id_a,record_id_b"), QStringLiteral("r3,r4"), QStringLiteral("r6,r7")}));
    // r1/r2: D/O her father, then W/O her husband. Siblings r3/r5 and twins r8/r9 appear nowhere.
    EXPECT_EQ(lines(review), (QStringList{QStringLiteral("record_id_a,record_id_b"), QStringLiteral("r1,r2")}));
}

TEST(MatchCommand, ReportsAnUnreadableFile)
{
    QTemporaryDir dir;
    const auto run = test::run(QStringLiteral("bhu-registry"),
                               {QStringLiteral("match"), QStringLiteral("--csv"), dir.filePath(QStringLiteral("missing.csv")),
                                QStringLiteral("--out-pairs"), dir.filePath(QStringLiteral("p.csv")), QStringLiteral("--out-review"),
                                dir.filePath(QStringLiteral("r.csv"))},
                               QString());
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("p.csv"))));
}
