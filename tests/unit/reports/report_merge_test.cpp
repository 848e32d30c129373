// Merged patients counted once (docs/reports.md "Merged patients"): a hand-built November 2026
// where the registry merged records of one person (db/PatientLinks, migration 0005). Reports
// count persons: the survivor's sex and birth date, "new" only for the person's first visit
// under any of her records, distinct patients once, registers with the survivor's MR number.
//   Ayesha: survivor A (F, born 1990-06-15) and merged A' ("Aisha", F, recorded as born
//           1976-11-01, which would make her 50+). A' visits 11-05 (OPD, first visit ever:
//           new), A visits 11-20 (OPD: follow-up); A' has a home visit 11-06, A one on 11-21.
//   Bilal:  survivor B (M, born 2000-01-01); merged B' visited 10-10 (October). B visits 11-08:
//           follow-up, his first visit was under the other record.
//   Chand:  survivor C (M, born 2015-02-02) visited 10-12; merged C' (recorded as born
//           2020-02-02) visits 11-09: follow-up, 5–14 by the survivor's birth date.
//   Dana:   merged into a record this clinic does not hold (F, born 2024-01-01): her own person;
//           visits 11-10, new, 1–4.
#include "ReportFixture.h"

#include "bhu/db/PatientLinks.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/ReportService.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;
using bhu::test::dx;
using bhu::test::person;
using bhu::test::visit;

namespace {

double value(const ReportTable& t, const char* section, const char* row, const char* column)
{
    const ReportCell* c = t.cell(QString::fromLatin1(section), QString::fromLatin1(row), QString::fromLatin1(column));
    EXPECT_NE(c, nullptr) << section << '/' << row << '/' << column;
    if (!c || !c->number) return -1;
    return *c->number;
}

class MergedPatients : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = bhu::test::makeTestDb();
        auto store = bhu::test::openTestDb(db);
        ASSERT_TRUE(store);
        session = std::make_unique<Session>(std::move(store), QStringLiteral("test"));
        PatientService patients(*session);
        auto add = [&](const Patient& p) {
            auto r = patients.registerPatient(p, RegisterOptions{true, {}, {}});
            EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
            return r.ok() ? r.value() : Patient{};
        };
        a = add(person("Ayesha Bibi", Sex::Female, QDate(1990, 6, 15)));
        a2 = add(person("Aisha", Sex::Female, QDate(1976, 11, 1)));
        b = add(person("Bilal Ahmed", Sex::Male, QDate(2000, 1, 1)));
        b2 = add(person("Bilal", Sex::Male, QDate(2000, 1, 1)));
        c = add(person("Chand Khan", Sex::Male, QDate(2015, 2, 2)));
        c2 = add(person("Chand", Sex::Male, QDate(2020, 2, 2)));
        d = add(person("Dana Bibi", Sex::Female, QDate(2024, 1, 1)));

        using C = DiagnosisCertainty;
        QList<VisitRecord> visits{
            visit(a2, QDate(2026, 11, 5), {dx("J06.9", C::Confirmed)}),
            visit(a2, QDate(2026, 11, 6), {}, false, EncounterClass::HomeHealth),
            visit(a, QDate(2026, 11, 20), {dx("A09", C::Confirmed)}),
            visit(a, QDate(2026, 11, 21), {}, false, EncounterClass::HomeHealth),
            visit(b2, QDate(2026, 10, 10), {dx("J06.9", C::Confirmed)}),
            visit(b, QDate(2026, 11, 8), {dx("J06.9", C::Confirmed)}),
            visit(c, QDate(2026, 10, 12), {dx("J06.9", C::Confirmed)}),
            visit(c2, QDate(2026, 11, 9), {dx("J06.9", C::Confirmed)}),
            visit(d, QDate(2026, 11, 10), {dx("J06.9", C::Confirmed)}),
        };
        auto& conn = session->store().conn();
        const db::Actor who = session->actor();
        Status s = db::VisitRepository(conn).createClosedMany(visits, who);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        firstVisitOfA2 = visits[0].visit.id;

        db::Transaction tx(conn);
        db::PatientLinks links(conn);
        ASSERT_TRUE(links.apply(a2.id, a.id, who).ok());
        ASSERT_TRUE(links.apply(b2.id, b.id, who).ok());
        ASSERT_TRUE(links.apply(c2.id, c.id, who).ok());
        ASSERT_TRUE(links.apply(d.id, QStringLiteral("7d0c0000-0000-4000-8000-000000000001"), who).ok());
        ASSERT_TRUE(tx.commit().ok());
    }

    ReportTable compute(ReportKind kind)
    {
        auto r = ReportService(*session).compute(ReportRequest::month(2026, 11, kind));
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : ReportTable{};
    }

    bhu::test::TestDb db;
    std::unique_ptr<Session> session;
    Patient a, a2, b, b2, c, c2, d;
    QString firstVisitOfA2;
};

} // namespace

TEST_F(MergedPatients, NewAndFollowUpArePerPersonWithTheSurvivorsAgeAndSex)
{
    const ReportTable t = compute(ReportKind::Monthly);
    struct Row {
        const char* id;
        double newM, newF, fuM, fuF, total;
    };
    // Without the mapping: A' would be a new 50+ woman, A new, B new, C' a new boy of 1–4.
    const Row expected[] = {
        {"u1", 0, 0, 0, 0, 0},     {"1-4", 0, 1, 0, 0, 1},    {"5-14", 0, 0, 1, 0, 1},
        {"15-49", 0, 1, 1, 1, 3},  {"50plus", 0, 0, 0, 0, 0}, {"total", 0, 2, 2, 1, 5},
    };
    for (const Row& r : expected) {
        SCOPED_TRACE(r.id);
        EXPECT_EQ(value(t, "opd", r.id, "new-m"), r.newM);
        EXPECT_EQ(value(t, "opd", r.id, "new-f"), r.newF);
        EXPECT_EQ(value(t, "opd", r.id, "fu-m"), r.fuM);
        EXPECT_EQ(value(t, "opd", r.id, "fu-f"), r.fuF);
        EXPECT_EQ(value(t, "opd", r.id, "total"), r.total);
        EXPECT_EQ(value(t, "opd", r.id, "referred"), 0);
    }
    // Visits stay visits: the acute respiratory infections of A', B, C' and Dana.
    EXPECT_EQ(value(t, "diseases", "1", "m"), 2);
    EXPECT_EQ(value(t, "diseases", "1", "f"), 2);
}

TEST_F(MergedPatients, DistinctPatientsCountThePersonOnce)
{
    const ReportTable t = compute(ReportKind::Monthly);
    EXPECT_EQ(value(t, "lhw", "home-visits", "value"), 2);     // A' on 11-06 and A on 11-21
    EXPECT_EQ(value(t, "lhw", "home-patients", "value"), 1);   // one woman

    const ReportTable lhw = compute(ReportKind::LhwSummary);
    EXPECT_EQ(value(lhw, "home-visits", "lhw.lhw.rubina", "homeVisits"), 2);
    EXPECT_EQ(value(lhw, "home-visits", "lhw.lhw.rubina", "patients"), 1);
    EXPECT_EQ(value(lhw, "home-visits", "total", "patients"), 1);
}

TEST_F(MergedPatients, RegistersShowTheSurvivingRecord)
{
    const ReportTable t = compute(ReportKind::OpdRegister);
    const ReportRow* row = nullptr;
    for (const ReportSection& s : t.sections)
        for (const ReportRow& r : s.rows)
            if (r.id == firstVisitOfA2) row = &r;
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->cells[2].text, a.mrNumber());               // the survivor's MR number …
    EXPECT_NE(a.mrNumber(), a2.mrNumber());
    EXPECT_EQ(row->cells[3].text, QStringLiteral("Ayesha Bibi"));   // … and name
    EXPECT_EQ(row->cells[4].text, QStringLiteral("36 y"));
    EXPECT_EQ(row->cells[6].text, QStringLiteral("New"));

    QStringList kinds;   // visit type of each OPD visit, in register order (day, token)
    for (const ReportSection& s : t.sections)
        for (const ReportRow& r : s.rows) kinds << r.cells[3].text + QLatin1Char(':') + r.cells[6].text;
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("Ayesha Bibi:New"), QStringLiteral("Bilal Ahmed:Follow-up"),
                                  QStringLiteral("Chand Khan:Follow-up"), QStringLiteral("Dana Bibi:New"),
                                  QStringLiteral("Ayesha Bibi:Follow-up")}));
}

TEST_F(MergedPatients, AnUnmergeCountsTheRecordsAsSignedAgain)
{
    {
        auto& conn = session->store().conn();
        db::Transaction tx(conn);
        ASSERT_TRUE(db::PatientLinks(conn).apply(a2.id, QString(), session->actor()).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const ReportTable t = compute(ReportKind::Monthly);
    EXPECT_EQ(value(t, "opd", "50plus", "new-f"), 1);   // A' as recorded
    EXPECT_EQ(value(t, "opd", "15-49", "new-f"), 1);    // A's first visit
    EXPECT_EQ(value(t, "opd", "15-49", "fu-f"), 0);
    EXPECT_EQ(value(t, "lhw", "home-patients", "value"), 2);
}
