// The monthly report over the hand-built month (ReportFixture.cpp): every cell of the OPD
// section, the priority-disease rows the month touches, referrals, working days and the LHW
// section; confirmed-only templates; registers; roles, audit and cancellation.
#include "ReportFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/services/ReportService.h"

#include <QFile>
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

class MonthlyReport : public ::testing::Test {
protected:
    void SetUp() override
    {
        m = bhu::test::makeReportMonth();
        auto r = ReportService(*m.session).compute(ReportRequest::month(2026, 11));
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        table = r.value();
    }
    bhu::test::ReportMonth m;
    ReportTable table;
};

} // namespace

TEST_F(MonthlyReport, OpdAttendanceByAgeSexAndVisitTypeIsExact)
{
    struct Row {
        const char* id;
        double newM, newF, fuM, fuF, total, referred;
    };
    // Boundary ages on the exact birthday: P1 is 0 on 11-09 and 1 on 11-10; P3 turns 5 on
    // 11-30 (the last day); P2 turns 50 on 11-01 (the first day).
    const Row expected[] = {
        {"u1", 1, 0, 0, 0, 1, 0},    {"1-4", 0, 0, 1, 0, 1, 0},    {"5-14", 0, 1, 0, 0, 1, 0},
        {"15-49", 0, 1, 1, 0, 2, 0}, {"50plus", 0, 1, 0, 0, 1, 1}, {"total", 1, 3, 2, 0, 6, 1},
    };
    for (const Row& r : expected) {
        SCOPED_TRACE(r.id);
        EXPECT_EQ(value(table, "opd", r.id, "new-m"), r.newM);
        EXPECT_EQ(value(table, "opd", r.id, "new-f"), r.newF);
        EXPECT_EQ(value(table, "opd", r.id, "fu-m"), r.fuM);
        EXPECT_EQ(value(table, "opd", r.id, "fu-f"), r.fuF);
        EXPECT_EQ(value(table, "opd", r.id, "total"), r.total);
        EXPECT_EQ(value(table, "opd", r.id, "referred"), r.referred);
    }
}

TEST_F(MonthlyReport, PriorityDiseasesCountEachVisitOnceAndTheCorrectedVersionOnly)
{
    struct Row {
        const char* id;
        double m, f;
    };
    const Row expected[] = {
        {"1", 1, 0},    // P4: J06.9 + J02.9 in one visit, counted once
        {"2", 1, 0},    // P1 at 0 years, provisional pneumonia
        {"3", 0, 1},    // P3 on her 5th birthday
        {"7", 1, 0},    // P1 on his 1st birthday, A09
        {"8", 0, 0},    // P5's A09 was corrected to B54
        {"17", 0, 1},   // … and counts as malaria, once
        {"24", 0, 1},   // P2
        {"19", 0, 0},   // the home visit's fever is not OPD
        {"28", 0, 0},
    };
    for (const Row& r : expected) {
        SCOPED_TRACE(r.id);
        EXPECT_EQ(value(table, "diseases", r.id, "m"), r.m);
        EXPECT_EQ(value(table, "diseases", r.id, "f"), r.f);
        EXPECT_EQ(value(table, "diseases", r.id, "total"), r.m + r.f);
    }
}

TEST_F(MonthlyReport, IdentificationPerformanceReferralsAndLhw)
{
    EXPECT_EQ(table.cell(QStringLiteral("identification"), QStringLiteral("facility-code"), QStringLiteral("value"))->text,
              QStringLiteral("BHU-0001"));
    EXPECT_EQ(table.cell(QStringLiteral("identification"), QStringLiteral("month"), QStringLiteral("value"))->text,
              QStringLiteral("November 2026"));
    EXPECT_EQ(value(table, "identification", "working-days", "value"), 6);   // 1, 9, 10, 15, 20, 30 November
    EXPECT_EQ(value(table, "performance", "daily-opd", "value"), 1.0);
    EXPECT_FALSE(table.cell(QStringLiteral("performance"), QStringLiteral("anc1"), QStringLiteral("value"))->available);
    EXPECT_EQ(value(table, "referrals", "5plus", "f"), 1);
    EXPECT_EQ(value(table, "referrals", "total", "total"), 1);   // the home visit's referral is in the LHW section
    EXPECT_EQ(value(table, "lhw", "home-visits", "value"), 1);
    EXPECT_EQ(value(table, "lhw", "home-patients", "value"), 1);
    EXPECT_EQ(value(table, "lhw", "home-referred", "value"), 1);
}

TEST_F(MonthlyReport, ATemplateCanCountConfirmedDiagnosesOnly)
{
    QFile f(QStringLiteral(":/bhu/reports/punjab-flcf-mr-2024.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace(R"("certainty": "any")", R"("certainty": "confirmed")");
    auto t = ReportTemplate::parse(json, QStringLiteral("confirmed.json"));
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    ReportRequest req = ReportRequest::month(2026, 11);
    req.templ = t.value();
    auto r = ReportService(*m.session).compute(req);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(value(r.value(), "diseases", "2", "total"), 0);   // P1's pneumonia was provisional
    EXPECT_EQ(value(r.value(), "diseases", "3", "total"), 1);
    EXPECT_EQ(value(r.value(), "diseases", "1", "total"), 1);   // J06.9 confirmed in the same visit as a provisional J02.9
}

TEST_F(MonthlyReport, UrduReportHasUrduTitlesAndTheSameNumbers)
{
    ReportRequest req = ReportRequest::month(2026, 11);
    req.language = QStringLiteral("ur");
    auto r = ReportService(*m.session).compute(req);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->rightToLeft());
    EXPECT_EQ(r->cell(QStringLiteral("opd"), QStringLiteral("total"), QStringLiteral("total"))->text, QStringLiteral("6"));
    EXPECT_EQ(r->sections[2].rows.last().title, QStringLiteral("کل"));
    EXPECT_EQ(value(r.value(), "opd", "total", "new-f"), 3);
}

TEST_F(MonthlyReport, RegistersListTheVisitsWithNamesDiagnosesAndReferrals)
{
    ReportRequest req = ReportRequest::month(2026, 11, ReportKind::OpdRegister);
    auto opd = ReportService(*m.session).compute(req);
    ASSERT_TRUE(opd.ok());
    ASSERT_EQ(opd->sections.size(), 6);   // one section per day with visits
    qsizetype rows = 0;
    for (const ReportSection& s : opd->sections) rows += s.rows.size();
    EXPECT_EQ(rows, 6);   // OPD only, current versions, closed
    EXPECT_EQ(opd->sections[0].id, QStringLiteral("2026-11-01"));
    EXPECT_EQ(opd->sections[0].rows[0].cells[3].text, QStringLiteral("Nasreen Bibi"));   // 1 November first
    EXPECT_EQ(opd->sections[0].rows[0].cells[4].text, QStringLiteral("50 y"));
    bool malaria = false;
    for (const ReportSection& s : opd->sections)
        for (const ReportRow& row : s.rows) malaria = malaria || row.cells[7].text.startsWith(u"B54");
    EXPECT_TRUE(malaria);

    req.kind = ReportKind::ReferralRegister;
    auto ref = ReportService(*m.session).compute(req);
    ASSERT_TRUE(ref.ok());
    ASSERT_EQ(ref->sections[0].rows.size(), 2);   // P2 (OPD) and P6 (home visit)
    EXPECT_TRUE(ref->sections[0].rows[0].cells[6].text.contains(u"DHQ Hospital"));

    req.kind = ReportKind::LhwSummary;
    auto lhw = ReportService(*m.session).compute(req);
    ASSERT_TRUE(lhw.ok());
    EXPECT_EQ(value(lhw.value(), "home-visits", "lhw.lhw.rubina", "homeVisits"), 1);
    EXPECT_EQ(value(lhw.value(), "home-visits", "total", "referred"), 1);
    EXPECT_FALSE(lhw->sections[0].note.isEmpty());   // says the LHW module does not exist yet
}

TEST_F(MonthlyReport, RolesAuditAndCancellation)
{
    bhu::test::addUser(m.db, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("desk-password-1"));
    bhu::test::addUser(m.db, QStringLiteral("drsana"), Role::Clinician, QStringLiteral("doctor-password-1"));
    auto desk = Session::unlock(m.db.path, QStringLiteral("desk"), QStringLiteral("desk-password-1"), QStringLiteral("test"));
    ASSERT_TRUE(desk.ok());
    EXPECT_TRUE(ReportService(*desk.value()).compute(ReportRequest::month(2026, 11)).is(ErrorCode::Forbidden));
    auto doctor = Session::unlock(m.db.path, QStringLiteral("drsana"), QStringLiteral("doctor-password-1"), QStringLiteral("test"));
    ASSERT_TRUE(doctor.ok());
    auto seen = ReportService(*doctor.value()).compute(ReportRequest::month(2026, 11));
    ASSERT_TRUE(seen.ok());
    const QString csv = m.db.dir->filePath(QStringLiteral("r.csv"));
    EXPECT_TRUE(ReportService(*doctor.value()).saveCsv(seen.value(), csv).is(ErrorCode::Forbidden));
    EXPECT_FALSE(QFile::exists(csv));

    ASSERT_TRUE(ReportService(*m.session).saveCsv(table, csv).ok());
    ASSERT_TRUE(ReportService(*m.session).recordPrint(table).ok());
    auto recent = db::AuditLog(m.session->store().conn()).recent(5);
    ASSERT_TRUE(recent.ok());
    QStringList actions;
    for (const auto& e : recent.value()) actions << e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("report.print")));
    EXPECT_TRUE(actions.contains(QStringLiteral("report.csv")));
    EXPECT_TRUE(db::AuditLog(m.session->store().conn()).verify().ok());

    auto cancelled = ReportService(*m.session).compute(ReportRequest::month(2026, 11), [](int) { return false; });
    EXPECT_TRUE(cancelled.is(ErrorCode::Cancelled));
}
