// The matcher's hard cases (docs/matching.md): each must land in the expected band.
#include "MatchFixtures.h"
#include "bhu/match/Matcher.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::match;
using namespace bhu::match::test;

namespace {
const QString kUc = QStringLiteral("UC-27 Chak 204 RB");
const QString kVillage = QStringLiteral("Chak 204 RB");

std::string explain(const MatchResult& r)
{
    std::string s = "weight " + std::to_string(r.weight) + ":";
    for (const FieldScore& f : r.fields) s += std::string(" ") + f.field + "=" + f.level + "(" + std::to_string(f.weight) + ")";
    return s;
}

MatchResult cmp(const P& a, const P& b) { return compare(a.rec(), b.rec(), defaultWeights(), true); }
} // namespace

TEST(Matcher, TransliterationVariantsAutoLink)
{
    const auto r = cmp(P(QStringLiteral("Ayesha Bibi")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                           .born(1994, 3, 12).place(kUc, kVillage),
                       P(QStringLiteral("Aisha")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasul")).sex(Sex::Female)
                           .born(1994, 3, 12).place(kUc, kVillage));
    EXPECT_EQ(r.decision, Decision::AutoLink) << explain(r);
    EXPECT_EQ(r.grade, Grade::Certain);

    const auto m = cmp(P(QStringLiteral("Muhammad Imran Khan")).rel(Relation::SonOf, QStringLiteral("Muhammad Aslam")).sex(Sex::Male)
                           .born(1985, 7, 1).place(kUc, kVillage),
                       P(QStringLiteral("Mohammed Imran")).rel(Relation::SonOf, QStringLiteral("Mohd Aslam")).sex(Sex::Male)
                           .born(1985, 7, 1).place(kUc, kVillage));
    EXPECT_EQ(m.decision, Decision::AutoLink) << explain(m);
}

TEST(Matcher, DaughterOfThenWifeOfAfterMarriageGoesToReview)
{
    // Registered as her father's daughter at one BHU, as her husband's wife at the other.
    const auto r = cmp(P(QStringLiteral("Ayesha Bibi")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                           .aboutYear(1996).place(kUc, kVillage),
                       P(QStringLiteral("Aisha")).rel(Relation::WifeOf, QStringLiteral("Muhammad Aslam")).sex(Sex::Female)
                           .aboutYear(1994).place(kUc, kVillage));
    EXPECT_EQ(r.decision, Decision::Review) << explain(r);
    EXPECT_EQ(r.grade, Grade::Probable);
    bool switched = false;
    for (const FieldScore& f : r.fields) switched = switched || std::string(f.level) == "marriage-switch";
    EXPECT_TRUE(switched) << explain(r);
}

TEST(Matcher, TokenOrderDoesNotMatter)
{
    const auto r = cmp(P(QStringLiteral("Khan Imran")).rel(Relation::SonOf, QStringLiteral("Aslam Khan")).sex(Sex::Male)
                           .born(1980, 2, 2).place(kUc, kVillage).phone(QStringLiteral("03001234567")),
                       P(QStringLiteral("Imran Khan")).rel(Relation::SonOf, QStringLiteral("Khan Aslam")).sex(Sex::Male)
                           .born(1980, 2, 2).place(kUc, kVillage).phone(QStringLiteral("+923001234567")));
    EXPECT_EQ(r.decision, Decision::AutoLink) << explain(r);
}

TEST(Matcher, TypoInNameStillMatches)
{
    const auto r = cmp(P(QStringLiteral("Shazia Parveen")).rel(Relation::DaughterOf, QStringLiteral("Abdul Ghafoor")).sex(Sex::Female)
                           .born(1990, 8, 20).place(kUc, kVillage),
                       P(QStringLiteral("Shazai Parveen")).rel(Relation::DaughterOf, QStringLiteral("Abdul Ghafor")).sex(Sex::Female)
                           .born(1990, 8, 20).place(kUc, kVillage));
    EXPECT_NE(r.decision, Decision::NoLink) << explain(r);
    EXPECT_FALSE(r.householdGuard) << explain(r);
}

TEST(Matcher, EstimatedAgeWithinFiveYearsIsNoEvidenceAgainst)
{
    const P exact = P(QStringLiteral("Nasreen Akhtar")).rel(Relation::WifeOf, QStringLiteral("Muhammad Riaz")).sex(Sex::Female)
                        .born(1978, 4, 9).place(kUc, kVillage).phone(QStringLiteral("03451112233"));
    const P estimated = P(QStringLiteral("Nasrin Akhtar")).rel(Relation::WifeOf, QStringLiteral("Riaz")).sex(Sex::Female)
                            .aboutYear(1974).place(kUc, kVillage).phone(QStringLiteral("03451112233"));
    const auto r = cmp(exact, estimated);
    EXPECT_NE(r.decision, Decision::NoLink) << explain(r);
    for (const FieldScore& f : r.fields) {
        if (std::string(f.field) == "birth") {
            EXPECT_GE(f.weight, 0.0) << explain(r);
        }
    }
    // The same 4-year gap between two exact dates is evidence against (another day and month:
    // the same day and month with one digit of the year changed is a typo, YearTypoOfAFullDate…).
    const auto exactBoth = cmp(exact, P(estimated).born(1974, 6, 20));
    EXPECT_LT(exactBoth.weight, r.weight);
}

TEST(Matcher, MissingCnicOnOneSideIsNoEvidence)
{
    const P withId = P(QStringLiteral("Tariq Mahmood")).rel(Relation::SonOf, QStringLiteral("Noor Din")).sex(Sex::Male)
                         .born(1970, 1, 15).place(kUc, kVillage).cnic(QStringLiteral("33101-1234567-1"));
    const P without = P(QStringLiteral("Tariq Mehmood")).rel(Relation::SonOf, QStringLiteral("Nur Deen")).sex(Sex::Male)
                          .born(1970, 1, 15).place(kUc, kVillage);
    const auto r = cmp(withId, without);
    EXPECT_EQ(r.decision, Decision::AutoLink) << explain(r);
    for (const FieldScore& f : r.fields) EXPECT_STRNE(f.field, "identifier") << explain(r);
}

TEST(Matcher, MistypedCnicIsATypoNotAConflict)
{
    const P a = P(QStringLiteral("Rubina Kausar")).rel(Relation::WifeOf, QStringLiteral("Javed Iqbal")).sex(Sex::Female)
                    .aboutYear(1982).place(kUc, kVillage).cnic(QStringLiteral("3310112345672"));
    const P typo = P(QStringLiteral("Rubina Kausar")).rel(Relation::WifeOf, QStringLiteral("Javed Iqbal")).sex(Sex::Female)
                       .aboutYear(1983).place(kUc, kVillage).cnic(QStringLiteral("3310112354672"));   // 4 and 5 swapped
    const auto r = cmp(a, typo);
    EXPECT_FALSE(r.identifierMatch);
    EXPECT_EQ(r.decision, Decision::AutoLink) << explain(r);
    // A really different CNIC is strong evidence against the same demographics.
    const auto other = cmp(a, P(typo).cnic(QStringLiteral("3310198765432")));
    EXPECT_LT(other.weight, r.weight - 10) << explain(other);
    EXPECT_NE(other.decision, Decision::AutoLink) << explain(other);
}

TEST(Matcher, SameCnicDifferentSpellingIsCertain)
{
    const auto r = cmp(P(QStringLiteral("Mohd. Yousaf")).sex(Sex::Male).cnic(QStringLiteral("35202-7654321-3")),
                       P(QStringLiteral("Muhammad Yusuf")).sex(Sex::Male).cnic(QStringLiteral("3520276543213")).born(1960, 5, 5));
    EXPECT_TRUE(r.identifierMatch);
    EXPECT_EQ(r.decision, Decision::AutoLink);
    EXPECT_EQ(r.grade, Grade::Certain);
    EXPECT_DOUBLE_EQ(r.score, 1.0);
}

TEST(Matcher, SameCnicOnContradictingRecordsGoesToReview)
{
    // A child registered under the father's CNIC: same number, other sex, 30 years younger.
    const auto r = cmp(P(QStringLiteral("Aslam")).sex(Sex::Male).born(1965, 1, 1).cnic(QStringLiteral("3310112345671")),
                       P(QStringLiteral("Sana")).sex(Sex::Female).born(1995, 6, 1).cnic(QStringLiteral("3310112345671")));
    EXPECT_TRUE(r.identifierMatch);
    EXPECT_EQ(r.decision, Decision::Review) << explain(r);
}

TEST(Matcher, SiblingsSharingHouseholdDoNotLink)
{
    const auto r = cmp(P(QStringLiteral("Imran Khan")).rel(Relation::SonOf, QStringLiteral("Aslam Khan")).sex(Sex::Male)
                           .born(2005, 3, 1).place(kUc, kVillage).phone(QStringLiteral("03001234567")),
                       P(QStringLiteral("Usman Khan")).rel(Relation::SonOf, QStringLiteral("Aslam Khan")).sex(Sex::Male)
                           .born(2008, 9, 1).place(kUc, kVillage).phone(QStringLiteral("03001234567")));
    EXPECT_EQ(r.decision, Decision::NoLink) << explain(r);
    EXPECT_TRUE(r.householdGuard);
}

TEST(Matcher, TwinsDoNotLinkEvenWithTheSameBirthDate)
{
    // Same birth date, same father, same phone and village: only the given names differ.
    const auto r = cmp(P(QStringLiteral("Hassan Ali")).rel(Relation::SonOf, QStringLiteral("Muhammad Akbar")).sex(Sex::Male)
                           .born(2015, 11, 3).place(kUc, kVillage).phone(QStringLiteral("03001234567")),
                       P(QStringLiteral("Hussain Ali")).rel(Relation::SonOf, QStringLiteral("Muhammad Akbar")).sex(Sex::Male)
                           .born(2015, 11, 3).place(kUc, kVillage).phone(QStringLiteral("03001234567")));
    EXPECT_EQ(r.decision, Decision::NoLink) << explain(r);
    const auto girls = cmp(P(QStringLiteral("Amna")).rel(Relation::DaughterOf, QStringLiteral("Akbar")).sex(Sex::Female)
                               .born(2015, 11, 3).place(kUc, kVillage),
                           P(QStringLiteral("Amina")).rel(Relation::DaughterOf, QStringLiteral("Akbar")).sex(Sex::Female)
                               .born(2015, 11, 3).place(kUc, kVillage));
    EXPECT_EQ(girls.decision, Decision::NoLink) << explain(girls);
}

TEST(Matcher, MotherAndDaughterSharingHouseholdDataDoNotLink)
{
    // Mother W/O Ghulam Rasool, daughter D/O Ghulam Rasool, same phone and village.
    const auto sameName = cmp(P(QStringLiteral("Fatima Bibi")).rel(Relation::WifeOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                                  .aboutYear(1972).place(kUc, kVillage).phone(QStringLiteral("03001234567")),
                              P(QStringLiteral("Fatima")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                                  .born(1998, 2, 2).place(kUc, kVillage).phone(QStringLiteral("03001234567")));
    EXPECT_NE(sameName.decision, Decision::AutoLink) << explain(sameName);
    EXPECT_EQ(sameName.decision, Decision::NoLink) << explain(sameName);
    const auto otherName = cmp(P(QStringLiteral("Nasreen")).rel(Relation::WifeOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                                   .aboutYear(1975).place(kUc, kVillage).phone(QStringLiteral("03001234567")),
                               P(QStringLiteral("Sadia")).rel(Relation::DaughterOf, QStringLiteral("Ghulam Rasool")).sex(Sex::Female)
                                   .aboutYear(1997).place(kUc, kVillage).phone(QStringLiteral("03001234567")));
    EXPECT_EQ(otherName.decision, Decision::NoLink) << explain(otherName);
}

TEST(Matcher, NamesakesFromOtherFamiliesDoNotLink)
{
    const auto r = cmp(P(QStringLiteral("Muhammad Imran")).rel(Relation::SonOf, QStringLiteral("Abdul Sattar")).sex(Sex::Male)
                           .aboutYear(1985).place(kUc, kVillage),
                       P(QStringLiteral("Muhammad Imran")).rel(Relation::SonOf, QStringLiteral("Fazal Din")).sex(Sex::Male)
                           .aboutYear(1986).place(kUc, QStringLiteral("Makkuana")));
    EXPECT_NE(r.decision, Decision::AutoLink) << explain(r);
}

TEST(Matcher, UrduScriptOfAListedNameIsComparedWithItsLatinSpelling)
{
    // The names list (reference/urdu_names.csv) knows عائشہ = Ayesha: the name agrees.
    const auto r = cmp(P(QStringLiteral("عائشہ")).sex(Sex::Female).born(1990, 1, 1), P(QStringLiteral("Aisha")).sex(Sex::Female).born(1990, 1, 1));
    bool agree = false;
    for (const FieldScore& f : r.fields) agree = agree || (std::string(f.field) == "name" && std::string(f.level) == "agree");
    EXPECT_TRUE(agree) << explain(r);
    // Brothers, one written in Urdu: حسن (Hassan) and Umar conflict — the household guard.
    const auto brothers = cmp(P(QStringLiteral("حسن")).rel(Relation::SonOf, QStringLiteral("Iqbal Hussain")).sex(Sex::Male)
                                  .aboutYear(2013).place(kUc, kVillage),
                              P(QStringLiteral("Umar")).rel(Relation::SonOf, QStringLiteral("Iqbal Hussain")).sex(Sex::Male)
                                  .born(2011, 2, 25).place(kUc, kVillage));
    EXPECT_TRUE(brothers.householdGuard) << explain(brothers);
    EXPECT_EQ(brothers.decision, Decision::NoLink) << explain(brothers);
}

TEST(Matcher, UrduScriptOfAnUnlistedNameIsNoNameEvidenceAgainstLatin)
{
    const auto r = cmp(P(QStringLiteral("زرتاشہ")).sex(Sex::Female).born(1990, 1, 1), P(QStringLiteral("Zartasha")).sex(Sex::Female).born(1990, 1, 1));
    for (const FieldScore& f : r.fields) EXPECT_STRNE(f.field, "name") << explain(r);
    EXPECT_FALSE(r.householdGuard);
}

TEST(Matcher, TwoFullDatesOfTheSameYearAreEvidenceAgainst)
{
    // Namesakes of one union council, both with a full date (not an estimate) in the same year
    // but months apart: the dates speak against one person; a slip of days does not.
    const P a = P(QStringLiteral("Ali")).rel(Relation::SonOf, QStringLiteral("Muhammad Mahmood")).sex(Sex::Male).born(2024, 11, 30).place(kUc, kVillage);
    const auto far = cmp(a, P(QStringLiteral("Ali")).rel(Relation::SonOf, QStringLiteral("Mahmood")).sex(Sex::Male).born(2024, 1, 31).place(kUc, kVillage));
    bool against = false;
    for (const FieldScore& f : far.fields) against = against || (std::string(f.field) == "birth" && f.weight < 0);
    EXPECT_TRUE(against) << explain(far);
    const auto slip = cmp(a, P(QStringLiteral("Ali")).rel(Relation::SonOf, QStringLiteral("Mahmood")).sex(Sex::Male).born(2024, 12, 10).place(kUc, kVillage));
    EXPECT_GT(slip.weight, far.weight + 3.0) << explain(slip);
}

TEST(Matcher, YearTypoOfAFullDateIsEvidenceFor)
{
    // Same day and month, one digit of the year mistyped (1985 / 1986): a typo, not another person.
    const P a = P(QStringLiteral("Rukhsana")).rel(Relation::WifeOf, QStringLiteral("Tariq")).sex(Sex::Female).born(1985, 3, 17).place(kUc, kVillage);
    const auto r = cmp(a, P(QStringLiteral("Rukhsana")).rel(Relation::WifeOf, QStringLiteral("Tariq")).sex(Sex::Female).born(1986, 3, 17).place(kUc, kVillage));
    bool typo = false;
    for (const FieldScore& f : r.fields) typo = typo || (std::string(f.level) == "year-typo" && f.weight > 0);
    EXPECT_TRUE(typo) << explain(r);
    EXPECT_EQ(r.decision, Decision::AutoLink) << explain(r);
}

TEST(Matcher, GuardianAgreesOnlyOnHisGivenName)
{
    // "Tariq Hussain" / "Hussain": a surname both fathers carry is not the same father.
    const P a = P(QStringLiteral("Arshad")).rel(Relation::SonOf, QStringLiteral("Tariq Hussain")).sex(Sex::Male).aboutYear(2023).place(kUc, kVillage);
    const auto r = cmp(a, P(QStringLiteral("Muhammad Arshad")).rel(Relation::SonOf, QStringLiteral("Hussain")).sex(Sex::Male).aboutYear(2023)
                              .place(kUc, QStringLiteral("Makkuana")));
    bool partial = false;
    for (const FieldScore& f : r.fields) partial = partial || (std::string(f.field) == "guardian" && std::string(f.level) == "partial");
    EXPECT_TRUE(partial) << explain(r);
    EXPECT_EQ(r.decision, Decision::NoLink) << explain(r);
    // Shortened to his given name ("Tariq Hussain" / "Tariq"): still the same father.
    const auto shortened = cmp(a, P(QStringLiteral("Arshad")).rel(Relation::SonOf, QStringLiteral("Tariq")).sex(Sex::Male).aboutYear(2023).place(kUc, kVillage));
    bool agree = false;
    for (const FieldScore& f : shortened.fields) agree = agree || (std::string(f.field) == "guardian" && std::string(f.level) == "agree");
    EXPECT_TRUE(agree) << explain(shortened);
}

TEST(Matcher, SiblingsWithNamesAlikeAndOtherBirthDatesDoNotLink)
{
    // Fazal / Faisal: alike as a typo, but two full birth dates years apart, same father, phone
    // and village: brothers.
    const auto r = cmp(P(QStringLiteral("Fazal Rehman")).rel(Relation::SonOf, QStringLiteral("Arshad Rehman")).sex(Sex::Male)
                           .born(2016, 12, 24).place(kUc, kVillage).phone(QStringLiteral("03217987623")),
                       P(QStringLiteral("Faisal")).rel(Relation::SonOf, QStringLiteral("Arshad Rehman")).sex(Sex::Male)
                           .born(2025, 10, 27).place(kUc, kVillage).phone(QStringLiteral("03217987623")));
    EXPECT_TRUE(r.householdGuard) << explain(r);
    EXPECT_EQ(r.decision, Decision::NoLink) << explain(r);
    // The same typo with the same birth date is still one person.
    const auto same = cmp(P(QStringLiteral("Fazal Rehman")).rel(Relation::SonOf, QStringLiteral("Arshad Rehman")).sex(Sex::Male)
                              .born(2016, 12, 24).place(kUc, kVillage),
                          P(QStringLiteral("Fazl")).rel(Relation::SonOf, QStringLiteral("Arshad Rehman")).sex(Sex::Male)
                              .born(2016, 12, 24).place(kUc, kVillage));
    EXPECT_FALSE(same.householdGuard) << explain(same);
    EXPECT_NE(same.decision, Decision::NoLink) << explain(same);
}
