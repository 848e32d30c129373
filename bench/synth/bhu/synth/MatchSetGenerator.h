#pragma once
// A synthetic evaluation set for the registry's matcher, with ground truth (docs/matching.md,
// "Evaluation"). People are generated household by household — father (S/O), mother (W/O, with
// her own father's name kept for her maiden records), children (S/O, D/O; some twins with the
// same birth date; adult daughters living at home: mother/daughter pairs), sometimes a
// grandmother — over one district with many union councils and villages. Some people are
// registered more than once, each extra record perturbed the way front desks do:
// transliteration (Ayesha/Aisha/Aysha, Muhammad/Mohammad/Mohd), word order, family name or
// honorifics added or left off, typos, D/O father ↔ W/O husband, guardian spelt differently or
// missing, ages stated instead of dates (±2–5 years), day/month mistakes, CNIC missing or
// mistyped, phone missing or changed, village missing, a few names in Urdu script.
// Deterministic for a seed and a date.
#include "bhu/domain/Patient.h"
#include "bhu/synth/NamePool.h"
#include "bhu/synth/Rng.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace bhu::synth {

struct MatchSetRecord {
    QString recordId;
    QString truthId;          // the person: records with the same truthId are duplicates
    Patient patient;          // name (may carry "D/O …"), relation, guardianName, sex, birth, identifiers, phone, address
    int ageYears = -1;        // >= 0: the record gives an age instead of a birth date
    bool nameSplit = false;   // written as given_name + family_name instead of full_name
    QString givenName, familyName;
};

struct MatchSetOptions {
    int duplicatePercent = 12;       // people registered twice (or more: doubleDuplicatePercent)
    int doubleDuplicatePercent = 3;  // people registered three times
    int unionCouncils = 60;          // at least; more for big sets (recordsPerUnionCouncil)
    int recordsPerUnionCouncil = 170;   // keeps namesake density per village the same at any size
    int villagesPerUnionCouncil = 6;
    int twinPercent = 6;             // households with twins
    int urduNamePercent = 2;         // duplicate records with the name typed in Urdu script only
    // Given names (people, fathers, husbands) from WideNamePool with Zipf weights (skewed, as in
    // life); false: NamePool's 40 male / 30 female names drawn uniformly (the first version).
    bool wideNamePool = true;
};

class MatchSetGenerator {
public:
    MatchSetGenerator(std::uint64_t seed, QDate today, MatchSetOptions options = {});
    // About n records (whole households), shuffled; record ids R0000001… in output order.
    QList<MatchSetRecord> generate(int n);   // call once per generator

private:
    struct Person;
    QList<Person> household();
    MatchSetRecord render(const Person& p, bool duplicate);
    QString spell(const QString& canonical, int variantPercent);
    QString typo(const QString& word);
    QString mistype(const QString& digits);
    QString cnic(Sex sex);
    QString phone();
    const PoolName& givenName(Sex sex);
    void makeGeography(int unionCouncils);

    Rng m_rng;
    QDate m_today;
    MatchSetOptions m_opt;
    QList<QString> m_unionCouncils;
    QList<QList<QString>> m_villages;
    int m_people = 0;
};

// The evaluation CSV: the columns of `bhu-registry match` plus truth_id (ignored by the matcher).
QByteArray matchSetCsv(const QList<MatchSetRecord>& records);

} // namespace bhu::synth
