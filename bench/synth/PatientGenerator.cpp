#include "bhu/synth/PatientGenerator.h"

#include "bhu/synth/Geography.h"
#include "bhu/synth/NamePool.h"

#include <QUuid>

namespace bhu::synth {

PatientGenerator::PatientGenerator(std::uint64_t seed, QDate today, QString facilityCode)
    : m_rng(seed), m_today(today), m_facility(std::move(facilityCode))
{
}

QList<Patient> PatientGenerator::next(int n)
{
    while (m_pending.size() < n) m_pending.append(household());
    QList<Patient> out = m_pending.mid(0, n);
    m_pending.remove(0, n);
    return out;
}

QString PatientGenerator::spell(const QString& canonical)
{
    const QList<QString> variants = spellingVariants(canonical);
    if (variants.isEmpty() || m_rng.chance(60)) return canonical;
    return m_rng.pick(variants);
}

QDate PatientGenerator::birthDate(int ageYears, bool* estimated)
{
    // Adults often know only their approximate age: 1 January of the year, flagged estimated.
    *estimated = ageYears >= 15 && m_rng.chance(45);
    if (*estimated) return QDate(m_today.year() - ageYears, 1, 1);
    return m_today.addYears(-ageYears).addDays(-m_rng.below(365));
}

QString PatientGenerator::cnic(Sex sex)
{
    const Catchment& c = defaultCatchment();
    QString s = QString::number(c.provinceDigit) + QStringLiteral("3101");   // district code
    for (int i = 0; i < 7; ++i) s += QChar(u'0' + m_rng.below(10));
    int last = m_rng.below(5) * 2;          // even: female
    if (sex == Sex::Male) last += 1;        // odd: male
    return s + QChar(u'0' + last);
}

QString PatientGenerator::phone()
{
    static const QList<QString> prefixes = {QStringLiteral("300"), QStringLiteral("301"), QStringLiteral("303"), QStringLiteral("306"),
                                            QStringLiteral("312"), QStringLiteral("321"), QStringLiteral("333"), QStringLiteral("345")};
    QString s = QStringLiteral("+92") + m_rng.pick(prefixes);
    for (int i = 0; i < 7; ++i) s += QChar(u'0' + m_rng.below(10));
    return s;
}

Patient PatientGenerator::person(Sex sex, int ageYears, const QString& family, bool adult)
{
    const PoolName& given = m_rng.pick(sex == Sex::Male ? maleGivenNames() : femaleGivenNames());
    Patient p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.sex = sex;
    QString latin = spell(given.latin);
    // Many men carry "Muhammad" before the given name.
    if (sex == Sex::Male && given.latin != u"Muhammad" && m_rng.chance(30)) latin = spell(QStringLiteral("Muhammad")) + u' ' + latin;
    if (sex == Sex::Female && m_rng.chance(15)) latin += QStringLiteral(" Bibi");
    if (!family.isEmpty() && m_rng.chance(70)) latin += u' ' + spell(family);
    p.name = latin;
    if (!given.urdu.isEmpty() && m_rng.chance(35)) p.nameUrdu = given.urdu;
    p.birthDate = birthDate(ageYears, &p.birthDateEstimated);
    p.facilityCode = m_facility;
    if (adult && m_rng.chance(85)) p.setIdentifier(IdSystem::Cnic, cnic(sex));
    return p;
}

QList<Patient> PatientGenerator::household()
{
    const Catchment& c = defaultCatchment();
    const int tehsil = m_rng.below(static_cast<int>(c.tehsils.size()));
    Address addr{c.province, c.district, c.tehsils.at(tehsil), m_rng.pick(c.unionCouncils), m_rng.pick(c.villages)};
    const PoolName& familyName = m_rng.pick(familyNames());
    const QString homePhone = m_rng.chance(80) ? phone() : QString();

    QList<Patient> members;
    const int fatherAge = m_rng.between(24, 65);
    Patient father = person(Sex::Male, fatherAge, familyName.latin, true);
    const PoolName& grandfather = m_rng.pick(maleGivenNames());
    father.relation = Relation::SonOf;
    father.guardianName = spell(grandfather.latin);
    father.phone = homePhone;

    Patient mother = person(Sex::Female, std::max(18, fatherAge - m_rng.between(2, 10)), QString(), true);
    mother.relation = Relation::WifeOf;
    mother.guardianName = father.name;
    if (m_rng.chance(30)) mother.phone = phone();

    members << father << mother;
    const int children = m_rng.between(0, 6);
    const int maxChildAge = std::min(17, std::max(0, fatherAge - 20));
    for (int i = 0; i < children; ++i) {
        const Sex sex = m_rng.chance(51) ? Sex::Male : Sex::Female;
        const int age = m_rng.between(0, maxChildAge);
        Patient child = person(sex, age, familyName.latin, false);
        child.relation = sex == Sex::Male ? Relation::SonOf : Relation::DaughterOf;
        child.guardianName = father.name;
        if (!father.identifier(IdSystem::Cnic).isEmpty() && age < 18) {
            child.guardianCnic = father.identifier(IdSystem::Cnic);
            child.guardianRelationship = QStringLiteral("father");
        }
        if (age >= 10 && m_rng.chance(40)) child.setIdentifier(IdSystem::BForm, cnic(sex));
        members << child;
    }
    if (m_rng.chance(15)) {
        Patient grandmother = person(Sex::Female, m_rng.between(std::min(fatherAge + 18, 95), std::min(fatherAge + 40, 100)), QString(), true);
        grandmother.relation = Relation::WifeOf;
        grandmother.guardianName = spell(grandfather.latin);
        members << grandmother;
    }
    for (Patient& p : members) {
        p.address = addr;
        if (p.phone.isEmpty() && p.relation != Relation::WifeOf) p.phone = homePhone;
        ++m_serial;
    }
    return members;
}

} // namespace bhu::synth
