#include "bhu/match/Matcher.h"

#include "bhu/match/NameCompare.h"

#include <cmath>
#include <cstdlib>

namespace bhu::match {

const MatchWeights& defaultWeights()
{
    static const MatchWeights w;
    return w;
}

QString gradeCode(Grade g)
{
    switch (g) {
    case Grade::Certain: return QStringLiteral("certain");
    case Grade::Probable: return QStringLiteral("probable");
    case Grade::Possible: return QStringLiteral("possible");
    case Grade::None: break;
    }
    return {};
}

namespace {

struct Scorer {
    const MatchWeights& w;
    bool explain;
    MatchResult& out;
    void add(const char* field, const char* level, const Level& l) { add(field, level, l.weight()); }
    void add(const char* field, const char* level, double weight)
    {
        out.weight += weight;
        if (explain) out.fields.push_back(FieldScore{field, level, weight});
    }
};

// One digit changed, or two adjacent digits swapped.
bool oneTypoApart(const QString& a, const QString& b)
{
    if (a.size() != b.size()) return false;
    int first = -1, diffs = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (first < 0) first = static_cast<int>(i);
            ++diffs;
        }
    if (diffs == 1) return true;
    return diffs == 2 && first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first];
}

// Two years that differ in exactly one of their four digits (1985 / 1986, 1985 / 1995).
bool oneDigitApart(int a, int b)
{
    int diffs = 0;
    for (int i = 0; i < 4; ++i, a /= 10, b /= 10) diffs += a % 10 != b % 10;
    return diffs == 1;
}

bool fatherLine(Relation r) { return r == Relation::SonOf || r == Relation::DaughterOf || r == Relation::ChildOf; }

void scoreIdentifiers(Scorer& s, const MatchRecord& a, const MatchRecord& b)
{
    const QString ia[] = {a.cnic, a.bform};
    const QString ib[] = {b.cnic, b.bform};
    bool anyPair = false, typo = false;
    for (const QString& x : ia)
        for (const QString& y : ib) {
            if (x.isEmpty() || y.isEmpty()) continue;
            if (x == y) {
                s.out.identifierMatch = true;
                return;
            }
            anyPair = true;
            typo = typo || oneTypoApart(x, y);
        }
    if (typo) s.add("identifier", "typo", s.w.idOneDigitApart);
    else if (anyPair) s.add("identifier", "disagree", s.w.idDisagree);
    if (!a.guardianCnic.isEmpty() && a.guardianCnic == b.guardianCnic) s.add("guardian_cnic", "agree", s.w.guardianCnicAgree);
}

void scoreName(Scorer& s, const NameComparison& n)
{
    if (!n.comparable) return;   // missing, or one side in Urdu script only: no evidence
    if (n.agree) s.add("name", "agree", n.agree * s.w.nameWordAgree.weight() + n.agreeRarity);
    if (n.commonAgree) s.add("name", "common-agree", n.commonAgree * s.w.nameCommonWordAgree.weight());
    if (n.typo) s.add("name", "typo", n.typo * s.w.nameWordTypo.weight());
    if (n.conflict) s.add("name", "conflict", n.conflict * s.w.nameWordConflict.weight());
    if (n.extra) s.add("name", "extra", n.extra * s.w.nameWordExtra.weight());
    if (n.familyConflict) s.add("name", "family-conflict", n.familyConflict * s.w.nameFamilyConflict.weight());
}

void scoreGuardian(Scorer& s, const MatchRecord& a, const MatchRecord& b)
{
    if (a.guardian.isEmpty() || b.guardian.isEmpty()) return;
    const NameComparison g = compareNames(a.guardian, b.guardian, s.w);
    if (!g.comparable) return;
    // The guardian agrees when his given name does (a surname both carry is only partial).
    const bool agree = g.conflict == 0 && g.familyConflict == 0 && g.agree + g.typo > 0 && g.firstInformativeAgree;
    const bool partial = !agree && g.agree + g.typo + g.commonAgree > 0;
    const bool switched = (fatherLine(a.relation) && b.relation == Relation::WifeOf) ||
                          (fatherLine(b.relation) && a.relation == Relation::WifeOf);
    if (switched) {
        if (agree) s.add("guardian", "father-is-husband", s.w.guardianSameNameFatherHusband);
        else s.add("guardian", "marriage-switch", s.w.guardianMarriageSwitch);
        return;
    }
    const bool lineageKnown = a.relation != Relation::None && b.relation != Relation::None;
    if (agree) s.add("guardian", "agree", s.w.guardianAgree.weight() + g.firstRarity);
    else if (partial) s.add("guardian", "partial", s.w.guardianPartial);
    else if (lineageKnown) s.add("guardian", "disagree", s.w.guardianDisagree);
}

// Returns true when the dates say "another person": another generation, or two full dates
// that differ by more than a typing slip (a day/month swap, days apart, a digit of the year).
bool scoreBirth(Scorer& s, const MatchRecord& a, const MatchRecord& b)
{
    if (a.birthYear == 0 || b.birthYear == 0) return false;
    const int dy = std::abs(a.birthYear - b.birthYear);
    if (dy >= s.w.generationGapYears) return s.add("birth", "generation", s.w.birthGeneration), true;
    if (a.birthDate.isValid() && b.birthDate.isValid()) {
        if (a.birthDate == b.birthDate) return s.add("birth", "same-date", s.w.birthSameDate), false;
        const bool swapped = a.birthDate.year() == b.birthDate.year() && a.birthDate.day() == b.birthDate.month() &&
                             a.birthDate.month() == b.birthDate.day();
        if (swapped || std::abs(a.birthDate.daysTo(b.birthDate)) <= 31) return s.add("birth", "within-month", s.w.birthWithinMonth), false;
        if (a.birthDate.month() == b.birthDate.month() && a.birthDate.day() == b.birthDate.day() && oneDigitApart(a.birthYear, b.birthYear))
            return s.add("birth", "year-typo", s.w.birthYearTypo), false;
        if (dy == 0) s.add("birth", "same-year", s.w.birthSameYear);
        else if (dy <= 2) s.add("birth", "within-2y", s.w.birthWithin2Years);
        else if (dy <= 5) s.add("birth", "within-5y", s.w.birthWithin5Years);
        else s.add("birth", "far", s.w.birthFar);
        return true;
    }
    if (dy == 0) s.add("birth", "est-same-year", s.w.estSameYear);
    else if (dy <= 2) s.add("birth", "est-within-2y", s.w.estWithin2Years);
    else if (dy <= 5) s.add("birth", "est-within-5y", s.w.estWithin5Years);
    else if (dy <= 10) s.add("birth", "est-within-10y", s.w.estWithin10Years);
    else s.add("birth", "est-far", s.w.estFar);
    return false;
}

void scoreEqual(Scorer& s, const char* field, const QString& a, const QString& b, const Level& agree, const Level& disagree)
{
    if (a.isEmpty() || b.isEmpty()) return;
    if (a == b) s.add(field, "agree", agree);
    else s.add(field, "disagree", disagree);
}

double scoreOf(double weight, const MatchWeights& w)
{
    // Logistic in bits: 0.5 at the review threshold, 0.95 at the auto-link threshold.
    const double span = (w.autoLinkThreshold - w.reviewThreshold) / std::log2(19.0);
    return 1.0 / (1.0 + std::exp2(-(weight - w.reviewThreshold) / span));
}

} // namespace

MatchResult compare(const MatchRecord& a, const MatchRecord& b, const MatchWeights& w, bool explain)
{
    MatchResult out;
    Scorer s{w, explain, out};
    scoreIdentifiers(s, a, b);
    const NameComparison name = compareNames(a.name, b.name, w);
    scoreName(s, name);
    scoreGuardian(s, a, b);
    if (a.sex != Sex::Unknown && b.sex != Sex::Unknown && a.sex != Sex::Other && b.sex != Sex::Other)
        s.add("sex", a.sex == b.sex ? "agree" : "disagree", a.sex == b.sex ? w.sexAgree : w.sexDisagree);
    const bool otherBirth = scoreBirth(s, a, b);
    scoreEqual(s, "phone", a.phone, b.phone, w.phoneAgree, w.phoneDisagree);
    scoreEqual(s, "union_council", a.unionCouncil, b.unionCouncil, w.ucAgree, w.ucDisagree);
    scoreEqual(s, "village", a.village, b.village, w.villageAgree, w.villageDisagree);
    // Given names that differ, or one side's given name against a name of common words only.
    const bool unconfirmed = name.comparable && name.agree + name.typo == 0 && (name.informativeA > 0) != (name.informativeB > 0);
    // A name alike only as a typo (Fazal / Faisal, Saima / Salma) with full birth dates that
    // really differ (or another generation): siblings or parent and child, not a slip of the pen.
    const bool typoSibling = name.comparable && name.agree == 0 && name.typo > 0 && otherBirth;
    out.householdGuard = name.conflict > 0 || unconfirmed || typoSibling;

    if (out.identifierMatch) {
        const bool sexContradicts = a.sex != b.sex && (a.sex == Sex::Male || a.sex == Sex::Female) &&
                                    (b.sex == Sex::Male || b.sex == Sex::Female);
        const bool ageContradicts = a.birthYear && b.birthYear && std::abs(a.birthYear - b.birthYear) >= w.identifierContradictionYears;
        if (!sexContradicts && !ageContradicts && !out.householdGuard) {
            out.decision = Decision::AutoLink;
            out.grade = Grade::Certain;
            out.score = 1.0;
            if (explain) out.fields.insert(out.fields.begin(), FieldScore{"identifier", "agree", 0.0});
            return out;
        }
        // The same number on records that contradict each other: a person must look.
        s.add("identifier", "agree-contradicted", w.identifierContradictedWeight);
        out.weight = std::max(out.weight, w.reviewThreshold);
        out.decision = Decision::Review;
        out.grade = Grade::Probable;
        out.score = scoreOf(out.weight, w);
        return out;
    }
    if (out.householdGuard) out.weight = std::min(out.weight, w.reviewThreshold - 0.5);
    // Auto-link needs a word of the person's own name that agrees (exactly or as a typo) — or,
    // for a name of common words only on both sides ("Muhammad Awan" / "Mohd"), those words.
    const bool onlyCommonWords = name.informativeA == 0 && name.informativeB == 0;
    const bool personalNameAgrees =
        name.agree + name.typo > 0 || (onlyCommonWords && name.genericAgree > 0 && name.genericConflict == 0);
    if (out.weight >= w.autoLinkThreshold && personalNameAgrees) {
        out.decision = Decision::AutoLink;
        out.grade = Grade::Certain;
    } else if (out.weight >= w.reviewThreshold) {
        out.decision = Decision::Review;
        out.grade = Grade::Probable;
    } else if (out.weight >= w.possibleThreshold) {
        out.grade = Grade::Possible;
    }
    out.score = scoreOf(out.weight, w);
    return out;
}

} // namespace bhu::match
