// The MCH, EPI and LHW rows of the monthly report read from the community records (doses,
// pregnancies, ANC contacts) of the hand-built November 2026, through ReportService as a
// supervisor would run it; records of other months do not count.
#include "ReportFixture.h"

#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/ReportService.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {

double value(const ReportTable& t, const char* section, const char* row)
{
    const ReportCell* c = t.cell(QString::fromLatin1(section), QString::fromLatin1(row), QStringLiteral("value"));
    EXPECT_NE(c, nullptr) << section << '/' << row;
    if (!c || !c->number) return -1;
    return *c->number;
}

class CommunityRows : public ::testing::Test {
protected:
    void SetUp() override
    {
        m = bhu::test::makeReportMonth();
        bhu::test::addUser(m.db, QStringLiteral("lhw_rubina"), Role::Lhw, QStringLiteral("lhw-password-1"));
        Session& s = *m.session;
        const db::Actor who = s.actor();
        auto person = [&](const char* name, Sex sex, QDate born) {
            Patient p;
            p.name = QString::fromLatin1(name);
            p.sex = sex;
            p.birthDate = born;
            auto r = PatientService(s).registerPatient(p, RegisterOptions{true, {}, {}});
            EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
            return r.ok() ? r->id : QString();
        };
        const QString child1 = person("Community Child One", Sex::Male, QDate(2026, 9, 1));
        const QString child2 = person("Community Child Two", Sex::Female, QDate(2026, 9, 20));
        const QString mother1 = person("Community Mother One", Sex::Female, QDate(1996, 1, 1));
        const QString mother2 = person("Community Mother Two", Sex::Female, QDate(1997, 1, 1));
        const QString mother3 = person("Community Mother Three", Sex::Female, QDate(1998, 1, 1));

        db::ImmunisationRepository doses(s.store().conn());
        auto dose = [&](const QString& who_, const char* antigen, int n, QDate on) {
            Immunisation i;
            i.patientId = who_;
            i.dose = GivenDose{QString::fromLatin1(antigen), n, on, QStringLiteral("L1"), {}, false};
            i.facilityCode = s.facility().code;
            EXPECT_TRUE(doses.record(i, who).ok());
        };
        dose(child1, "Penta", 1, QDate(2026, 11, 3));
        dose(child2, "Penta", 1, QDate(2026, 11, 20));
        dose(child1, "BCG", 1, QDate(2026, 10, 31));   // October: not this report
        dose(child2, "BCG", 1, QDate(2026, 11, 5));
        dose(mother1, "Td", 2, QDate(2026, 11, 9));

        db::MaternalRepository maternal(s.store().conn());
        auto pregnancy = [&](const QString& woman, const char* by, QDate on) {
            Pregnancy p;
            p.patientId = woman;
            p.lmp = on.addDays(-60);
            p.edd = eddFromLmp(p.lmp);
            p.gravida = 2;
            p.para = 1;
            p.registeredOn = on;
            p.registeredBy = QString::fromLatin1(by);
            p.facilityCode = s.facility().code;
            auto r = maternal.registerPregnancy(p, who);
            EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
            return r.ok() ? r->id : QString();
        };
        const QString p1 = pregnancy(mother1, "lhw_rubina", QDate(2026, 11, 2));
        pregnancy(mother2, "admin", QDate(2026, 11, 3));                          // not an LHW's
        const QString p3 = pregnancy(mother3, "lhw_rubina", QDate(2026, 4, 1));   // registered in April
        ASSERT_TRUE(maternal.recordOutcome(p3, PregnancyOutcome::LiveBirth, QDate(2026, 11, 7), QStringLiteral("bhu"), QStringLiteral("LHV"), who).ok());
        auto anc = [&](const QString& pid, QDate on) {
            MchContact c;
            c.patientId = mother1;
            c.pregnancyId = pid;
            c.kind = MchKind::Antenatal;
            c.date = on;
            c.facilityCode = s.facility().code;
            EXPECT_TRUE(maternal.recordContact(c, who).ok());
        };
        anc(p1, QDate(2026, 11, 4));    // ANC-1
        anc(p1, QDate(2026, 11, 25));   // ANC-2

        auto r = ReportService(s).compute(ReportRequest::month(2026, 11));
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        table = r.value();
    }
    bhu::test::ReportMonth m;
    ReportTable table;
};

} // namespace

TEST_F(CommunityRows, EpiRowsCountTheMonthsDoses)
{
    EXPECT_EQ(value(table, "epi", "penta-1"), 2);
    EXPECT_EQ(value(table, "epi", "bcg"), 1);
    EXPECT_EQ(value(table, "epi", "tt-td-2"), 1);
    EXPECT_EQ(value(table, "epi", "mr-1"), 0);
    EXPECT_TRUE(table.cell(QStringLiteral("epi"), QStringLiteral("mr-1"), QStringLiteral("value"))->available);
}

TEST_F(CommunityRows, MchAndLhwRowsCountPregnanciesAndContacts)
{
    EXPECT_EQ(value(table, "mch", "anc1"), 1);
    EXPECT_EQ(value(table, "mch", "deliveries"), 1);
    EXPECT_EQ(value(table, "lhw", "pregnancies"), 1);
    EXPECT_FALSE(table.cell(QStringLiteral("mch"), QStringLiteral("fp-methods"), QStringLiteral("value"))->available);
}

TEST(CommunityRowsTemplate, AnUnknownMeasureIsALoadErrorNamingTheRow)
{
    const QByteArray json = R"({"id":"x","version":"1","title":{"en":"X"},"sections":[{"id":"epi","title":{"en":"EPI"},
        "rows":[{"id":"penta-9","title":{"en":"Penta-9"},"community":"epi:Penta-9"}]}]})";
    const auto t = ReportTemplate::parse(json, QStringLiteral("x.json"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(u"penta-9")) << t.error().message.toStdString();
    EXPECT_TRUE(t.error().message.contains(u"epi:Penta-9")) << t.error().message.toStdString();
}
