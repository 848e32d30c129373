// Withdrawn visits count for nothing (docs/sync-protocol.md, "Tombstones"): the hand-built month
// of ReportFixture.cpp with visits withdrawn through services::WithdrawalService. Each expected
// number differs from the month's own (report_engine_test.cpp), so each test fails without the
// filter in db/ReportQueries.
#include "ReportFixture.h"

#include "bhu/services/ReportService.h"
#include "bhu/services/WithdrawalService.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {

double value(const ReportTable& t, const char* section, const char* row, const char* column)
{
    const ReportCell* c = t.cell(QString::fromLatin1(section), QString::fromLatin1(row), QString::fromLatin1(column));
    EXPECT_NE(c, nullptr) << section << '/' << row << '/' << column;
    if (!c || !c->number) return -1;
    return *c->number;
}

class WithdrawnVisits : public ::testing::Test {
protected:
    void SetUp() override { m = bhu::test::makeReportMonth(); }

    // The current version of the patient's visit on that day.
    QString visitOf(const char* name, QDate day)
    {
        auto st = m.session->store().conn().prepare(
            "SELECT v.id FROM visits v JOIN patients p ON p.id = v.patient_id WHERE p.name = ? AND v.visit_date = ? "
            "AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.amends_id = v.id)");
        EXPECT_TRUE(st.ok());
        st.value()->bind(1, QString::fromLatin1(name)).bind(2, day.toString(Qt::ISODate));
        EXPECT_TRUE(st.value()->step().value());
        const QString id = st.value()->text(0);
        st.value()->reset();
        return id;
    }
    void withdraw(const QString& visitId)
    {
        const Status s = WithdrawalService(*m.session).withdrawVisit(visitId, QStringLiteral("recorded under the wrong patient"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }
    ReportTable compute(ReportKind kind = ReportKind::Monthly)
    {
        auto r = ReportService(*m.session).compute(ReportRequest::month(2026, 11, kind));
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : ReportTable{};
    }

    bhu::test::ReportMonth m;
};

} // namespace

TEST_F(WithdrawnVisits, AWithdrawnVisitLeavesTheMonthlyCountsAndTheRegister)
{
    const QString nasreen = visitOf("Nasreen Bibi", QDate(2026, 11, 1));   // 50+, new, I10, referred
    withdraw(nasreen);
    const ReportTable t = compute();
    EXPECT_EQ(value(t, "opd", "50plus", "new-f"), 0);
    EXPECT_EQ(value(t, "opd", "total", "total"), 5);
    EXPECT_EQ(value(t, "opd", "total", "referred"), 0);

    const ReportTable reg = compute(ReportKind::OpdRegister);
    int rows = 0;
    for (const ReportSection& s : reg.sections)
        for (const ReportRow& r : s.rows) {
            EXPECT_NE(r.id, nasreen);
            ++rows;
        }
    EXPECT_EQ(rows, 5);
}

TEST_F(WithdrawnVisits, AWithdrawnEarlierVisitDoesNotMakeTheNextOneAFollowUp)
{
    withdraw(visitOf("Imran Shah", QDate(2026, 10, 31)));   // October: made November's visit a follow-up
    const ReportTable t = compute();
    EXPECT_EQ(value(t, "opd", "15-49", "new-m"), 1);
    EXPECT_EQ(value(t, "opd", "15-49", "fu-m"), 0);
    EXPECT_EQ(value(t, "opd", "total", "total"), 6);
}

TEST_F(WithdrawnVisits, AWithdrawnCorrectedVisitCountsNeitherVersion)
{
    withdraw(visitOf("Saima Akhtar", QDate(2026, 11, 20)));   // A09 corrected to B54
    const ReportTable t = compute();
    EXPECT_EQ(value(t, "opd", "15-49", "new-f"), 0);
    EXPECT_EQ(value(t, "opd", "total", "total"), 5);
}

TEST_F(WithdrawnVisits, AWithdrawnHomeVisitLeavesTheLhwSection)
{
    withdraw(visitOf("Usman Ghani", QDate(2026, 11, 12)));
    const ReportTable t = compute();
    EXPECT_EQ(value(t, "lhw", "home-visits", "value"), 0);
}
