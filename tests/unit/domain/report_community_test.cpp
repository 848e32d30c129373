// The community cells of the monthly report (MCH, family planning, EPI, LHW) on a hand-built
// month: corrections count once, doses entered in error and records outside the month not at all.
#include "bhu/domain/ReportCommunity.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
const QDate kFrom(2026, 6, 1), kTo(2026, 6, 30);

Immunisation dose(const char* id, const char* antigen, int n, QDate on)
{
    Immunisation i;
    i.id = QString::fromLatin1(id);
    i.patientId = QStringLiteral("child");
    i.dose = GivenDose{QString::fromLatin1(antigen), n, on, QStringLiteral("L1"), {}, false};
    return i;
}

MchContact contact(const char* id, MchKind kind, QDate on, int number = 0, const char* method = "")
{
    MchContact c;
    c.id = QString::fromLatin1(id);
    c.patientId = QStringLiteral("woman");
    c.kind = kind;
    c.date = on;
    c.number = number;
    c.fpMethod = QString::fromLatin1(method);
    return c;
}

Pregnancy pregnancy(const char* by, QDate registered, PregnancyOutcome outcome = PregnancyOutcome::Ongoing, QDate ended = {},
                    const char* place = "")
{
    Pregnancy p;
    p.registeredBy = QString::fromLatin1(by);
    p.registeredOn = registered;
    p.outcome = outcome;
    p.outcomeDate = ended;
    p.deliveryPlace = QString::fromLatin1(place);
    return p;
}

CommunityFacts june()
{
    CommunityFacts f;
    f.lhwUsers = {QStringLiteral("lhw_rubina"), QStringLiteral("lhw_saima")};
    f.doses = {dose("d1", "Penta", 1, QDate(2026, 6, 3)), dose("d2", "Penta", 1, QDate(2026, 6, 20)),
               dose("d3", "Penta", 1, QDate(2026, 5, 31)),   // May: not counted
               dose("d4", "BCG", 1, QDate(2026, 6, 5)), dose("d5", "Td", 2, QDate(2026, 6, 9))};
    Immunisation wrong = dose("d6", "MR", 1, QDate(2026, 6, 10));
    Immunisation withdrawn = wrong;   // recorded on the wrong card: withdrawn
    withdrawn.id = QStringLiteral("d7");
    withdrawn.amendsId = QStringLiteral("d6");
    withdrawn.version = 2;
    withdrawn.enteredInError = true;
    Immunisation misdated = dose("d8", "PCV", 1, QDate(2026, 6, 11));
    Immunisation fixed = dose("d9", "PCV", 1, QDate(2026, 6, 12));   // the correction of d8
    fixed.amendsId = QStringLiteral("d8");
    fixed.version = 2;
    f.doses << wrong << withdrawn << misdated << fixed;

    f.contacts = {contact("c1", MchKind::Antenatal, QDate(2026, 6, 2), 1), contact("c2", MchKind::Antenatal, QDate(2026, 6, 15), 2),
                  contact("c3", MchKind::Antenatal, QDate(2026, 6, 16), 1), contact("c4", MchKind::Antenatal, QDate(2026, 7, 1), 1),
                  contact("c5", MchKind::Postnatal, QDate(2026, 6, 18), 1),
                  contact("c6", MchKind::FamilyPlanning, QDate(2026, 6, 4), 0, "injectable"),
                  contact("c7", MchKind::FamilyPlanning, QDate(2026, 6, 8), 0, "pill"),
                  contact("c8", MchKind::FamilyPlanning, QDate(2026, 6, 9), 0, "injectable")};
    f.contacts[6].newAcceptor = true;

    f.pregnancies = {pregnancy("lhw_rubina", QDate(2026, 6, 2)), pregnancy("lhw_saima", QDate(2026, 6, 25)),
                     pregnancy("dr.amina", QDate(2026, 6, 3)),   // registered by the LHV: not an LHW row
                     pregnancy("lhw_rubina", QDate(2025, 10, 1), PregnancyOutcome::LiveBirth, QDate(2026, 6, 7), "bhu"),
                     pregnancy("lhw_rubina", QDate(2025, 10, 2), PregnancyOutcome::LiveBirth, QDate(2026, 6, 8), "home"),
                     pregnancy("lhw_rubina", QDate(2025, 10, 3), PregnancyOutcome::Stillbirth, QDate(2026, 6, 9), "hospital"),
                     pregnancy("lhw_rubina", QDate(2025, 12, 1), PregnancyOutcome::Miscarriage, QDate(2026, 6, 10))};
    return f;
}

qint64 cell(const char* measure)
{
    const auto v = communityMeasure(QString::fromLatin1(measure), june(), kFrom, kTo);
    EXPECT_TRUE(v.has_value()) << measure;
    return v.value_or(-1);
}
} // namespace

TEST(ReportCommunity, EpiRowsCountTheMonthsCurrentDoses)
{
    EXPECT_EQ(cell("epi:Penta-1"), 2);
    EXPECT_EQ(cell("epi:BCG-1"), 1);
    EXPECT_EQ(cell("epi:Td-2"), 1);
    EXPECT_EQ(cell("epi:MR-1"), 0);    // withdrawn as entered in error
    EXPECT_EQ(cell("epi:PCV-1"), 1);   // corrected: counted once
    EXPECT_EQ(cell("epi:Penta-3"), 0);
}

TEST(ReportCommunity, MchAndFamilyPlanningRows)
{
    EXPECT_EQ(cell("mch:anc"), 3);
    EXPECT_EQ(cell("mch:anc1"), 2);
    EXPECT_EQ(cell("mch:pnc"), 1);
    EXPECT_EQ(cell("mch:deliveries"), 3);
    EXPECT_EQ(cell("mch:deliveries-facility"), 2);
    EXPECT_EQ(cell("fp:visits"), 3);
    EXPECT_EQ(cell("fp:new-acceptors"), 1);
    EXPECT_EQ(cell("fp:injectable"), 2);
    EXPECT_EQ(cell("fp:pill"), 1);
    EXPECT_EQ(cell("fp:iucd"), 0);
}

TEST(ReportCommunity, LhwPregnanciesCountOnlyLhwRegistrations)
{
    EXPECT_EQ(cell("lhw:pregnancies"), 2);
}

TEST(ReportCommunity, UnknownMeasuresAreRefused)
{
    EXPECT_FALSE(isCommunityMeasure(u"epi:Penta-4"));
    EXPECT_FALSE(isCommunityMeasure(u"fp:prayer"));
    EXPECT_FALSE(isCommunityMeasure(u"mch:everything"));
    EXPECT_FALSE(communityMeasure(u"visits", june(), kFrom, kTo).has_value());
    EXPECT_TRUE(isCommunityMeasure(u"epi:OPV-0"));
}
