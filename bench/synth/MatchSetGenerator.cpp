#include "bhu/synth/MatchSetGenerator.h"

#include "bhu/domain/Cnic.h"
#include "bhu/domain/Csv.h"
#include "bhu/domain/Phone.h"
#include "bhu/synth/Geography.h"
#include "bhu/synth/NamePool.h"
#include "bhu/synth/WideNamePool.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bhu::synth {

struct MatchSetGenerator::Person {
    QString truthId;
    Sex sex = Sex::Unknown;
    QString given, urdu;     // canonical given name (one or two words), its Urdu spelling
    bool muhammad = false;   // "Muhammad" before the given name
    bool bibi = false;
    QString family;          // canonical family name, may be empty
    Relation relation = Relation::None;
    QString guardian;        // father's or husband's name as usually written
    QString father;          // the person's father (a married woman's maiden guardian)
    QDate birthDate;         // the truth
    bool ageOnly = false;    // the person knows only an approximate age
    QString cnic, bform, phone;
    int uc = 0;
    QString village;
};

namespace {

// Spellings front desks produce beyond NamePool's own list (transliteration, vowel length).
QList<QString> moreVariants(const QString& c)
{
    static const QHash<QString, QList<QString>> v = {
        {QStringLiteral("Ahmed"), {QStringLiteral("Ahmad"), QStringLiteral("Ahmd")}},
        {QStringLiteral("Mahmood"), {QStringLiteral("Mehmood"), QStringLiteral("Mahmud")}},
        {QStringLiteral("Usman"), {QStringLiteral("Osman"), QStringLiteral("Usmaan")}},
        {QStringLiteral("Umar"), {QStringLiteral("Umer"), QStringLiteral("Omar")}},
        {QStringLiteral("Ibrahim"), {QStringLiteral("Ebrahim"), QStringLiteral("Ibraheem")}},
        {QStringLiteral("Khadija"), {QStringLiteral("Khadeeja"), QStringLiteral("Khadijah")}},
        {QStringLiteral("Maryam"), {QStringLiteral("Mariam"), QStringLiteral("Maryum")}},
        {QStringLiteral("Nasreen"), {QStringLiteral("Nasrin")}},
        {QStringLiteral("Parveen"), {QStringLiteral("Perveen"), QStringLiteral("Parvin")}},
        {QStringLiteral("Kausar"), {QStringLiteral("Kosar"), QStringLiteral("Kausir")}},
        {QStringLiteral("Javed"), {QStringLiteral("Javaid"), QStringLiteral("Jawed")}},
        {QStringLiteral("Naveed"), {QStringLiteral("Navid"), QStringLiteral("Naved")}},
        {QStringLiteral("Saleem"), {QStringLiteral("Salim")}},
        {QStringLiteral("Nadeem"), {QStringLiteral("Nadim")}},
        {QStringLiteral("Rashid"), {QStringLiteral("Rasheed")}},
        {QStringLiteral("Khalid"), {QStringLiteral("Khaled")}},
        {QStringLiteral("Tariq"), {QStringLiteral("Tarik"), QStringLiteral("Tareq")}},
        {QStringLiteral("Zahid"), {QStringLiteral("Zahed")}},
        {QStringLiteral("Shahid"), {QStringLiteral("Shahed")}},
        {QStringLiteral("Sohail"), {QStringLiteral("Suhail")}},
        {QStringLiteral("Fazal"), {QStringLiteral("Fazl")}},
        {QStringLiteral("Noor"), {QStringLiteral("Nur")}},
        {QStringLiteral("Chaudhry"), {QStringLiteral("Ch."), QStringLiteral("Chaudhary")}},
        {QStringLiteral("Siddiqui"), {QStringLiteral("Siddiqi")}},
        {QStringLiteral("Qureshi"), {QStringLiteral("Qureishi")}},
        {QStringLiteral("Rukhsana"), {QStringLiteral("Rukhsanah")}},
        {QStringLiteral("Samina"), {QStringLiteral("Sameena")}},
        {QStringLiteral("Saima"), {QStringLiteral("Saimah")}},
        {QStringLiteral("Asma"), {QStringLiteral("Asmaa")}},
        {QStringLiteral("Iqra"), {QStringLiteral("Iqraa")}},
        {QStringLiteral("Bushra"), {QStringLiteral("Bushrah")}},
        {QStringLiteral("Ghulam Abbas"), {QStringLiteral("Gulam Abbas")}},
    };
    return v.value(c);
}

QString joinWords(const QStringList& w) { return w.join(u' ').simplified(); }

} // namespace

MatchSetGenerator::MatchSetGenerator(std::uint64_t seed, QDate today, MatchSetOptions options)
    : m_rng(seed), m_today(today), m_opt(options)
{
}

void MatchSetGenerator::makeGeography(int unionCouncils)
{
    const QList<QString> places = defaultCatchment().villages;
    for (int uc = 0; uc < unionCouncils; ++uc) {
        QList<QString> villages;
        for (int v = 0; v < m_opt.villagesPerUnionCouncil; ++v)
            villages << (m_rng.chance(60) ? QStringLiteral("Chak %1 %2").arg(100 + uc * 10 + v).arg(m_rng.chance(50) ? u"RB" : u"GB")
                                          : QStringLiteral("%1 %2").arg(m_rng.pick(places)).arg(uc * 10 + v));
        m_unionCouncils << QStringLiteral("UC-%1 %2").arg(uc + 1).arg(villages.first());
        m_villages << villages;
    }
}

QString MatchSetGenerator::spell(const QString& canonical, int variantPercent)
{
    QList<QString> variants = spellingVariants(canonical);
    variants += moreVariants(canonical);
    if (variants.isEmpty() || !m_rng.chance(variantPercent)) return canonical;
    return m_rng.pick(variants);
}

QString MatchSetGenerator::typo(const QString& word)
{
    if (word.size() < 4) return word;
    QString w = word;
    const int i = m_rng.between(1, static_cast<int>(w.size()) - 2);
    switch (m_rng.below(3)) {
    case 0: w.remove(i, 1); break;                                       // a letter left out
    case 1: std::swap(w[i], w[i + 1]); break;                            // two letters swapped
    default: w.insert(i, w.at(i)); break;                                 // a letter doubled
    }
    return w;
}

QString MatchSetGenerator::mistype(const QString& digits)
{
    QString d = digits;
    const int i = m_rng.between(5, 11);
    if (m_rng.chance(50)) std::swap(d[i], d[i + 1]);
    else d[i] = QChar(u'0' + (d.at(i).digitValue() + m_rng.between(1, 9)) % 10);
    return d == digits ? QString(d).replace(i, 1, QChar(u'0' + (d.at(i).digitValue() + 1) % 10)) : d;
}

QString MatchSetGenerator::cnic(Sex sex)
{
    QString s = QString::number(defaultCatchment().provinceDigit) + QStringLiteral("3101");
    for (int i = 0; i < 7; ++i) s += QChar(u'0' + m_rng.below(10));
    return s + QChar(u'0' + m_rng.below(5) * 2 + (sex == Sex::Male ? 1 : 0));
}

QString MatchSetGenerator::phone()
{
    static const QList<QString> prefixes = {QStringLiteral("300"), QStringLiteral("301"), QStringLiteral("303"), QStringLiteral("312"),
                                            QStringLiteral("321"), QStringLiteral("333"), QStringLiteral("345"), QStringLiteral("346")};
    QString s = QStringLiteral("+92") + m_rng.pick(prefixes);
    for (int i = 0; i < 7; ++i) s += QChar(u'0' + m_rng.below(10));
    return s;
}

const PoolName& MatchSetGenerator::givenName(Sex sex)
{
    if (!m_opt.wideNamePool) return m_rng.pick(sex == Sex::Male ? maleGivenNames() : femaleGivenNames());
    const QList<PoolName>& pool = sex == Sex::Male ? wideMaleGivenNames() : wideFemaleGivenNames();
    return pool.at(zipfRank(m_rng, static_cast<int>(pool.size())));
}

QList<MatchSetGenerator::Person> MatchSetGenerator::household()
{
    const int uc = m_rng.below(static_cast<int>(m_unionCouncils.size()));
    const QString village = m_rng.pick(m_villages.at(uc));
    const QString family = m_rng.pick(familyNames()).latin;
    const QString homePhone = m_rng.chance(80) ? phone() : QString();
    QSet<QString> usedGiven;
    auto given = [&](Sex sex) {
        for (;;) {
            const PoolName& n = givenName(sex);
            if (usedGiven.contains(n.latin)) continue;
            usedGiven.insert(n.latin);
            return n;
        }
    };
    auto person = [&](Sex sex, int age) {
        Person p;
        p.truthId = QStringLiteral("P%1").arg(++m_people, 7, 10, QChar(u'0'));
        p.sex = sex;
        const PoolName n = given(sex);
        p.given = n.latin;
        p.urdu = n.urdu;
        p.muhammad = sex == Sex::Male && n.latin != u"Muhammad" && m_rng.chance(30);
        p.bibi = sex == Sex::Female && m_rng.chance(15);
        p.birthDate = m_today.addYears(-age).addDays(-m_rng.below(365));
        p.ageOnly = age >= 15 && m_rng.chance(45);
        p.uc = uc;
        p.village = village;
        return p;
    };
    auto fullName = [](const Person& p) {
        return joinWords({p.muhammad ? QStringLiteral("Muhammad") : QString(), p.given, p.family});
    };

    QList<Person> out;
    const QString grandfather = givenName(Sex::Male).latin;
    const int fatherAge = m_rng.between(24, 65);
    Person father = person(Sex::Male, fatherAge);
    father.family = family;
    father.relation = Relation::SonOf;
    father.guardian = joinWords({grandfather, m_rng.chance(50) ? family : QString()});
    father.father = father.guardian;
    if (m_rng.chance(90)) father.cnic = cnic(Sex::Male);
    father.phone = homePhone;
    const QString fatherName = fullName(father);

    Person mother = person(Sex::Female, std::max(18, fatherAge - m_rng.between(2, 10)));
    mother.relation = Relation::WifeOf;
    mother.guardian = fatherName;
    mother.father = joinWords({givenName(Sex::Male).latin, m_rng.chance(60) ? m_rng.pick(familyNames()).latin : QString()});
    if (m_rng.chance(80)) mother.cnic = cnic(Sex::Female);
    mother.phone = m_rng.chance(50) ? homePhone : (m_rng.chance(40) ? phone() : QString());
    out << father << mother;

    const int children = m_rng.between(0, 6);
    const int maxChildAge = std::min(30, std::max(0, fatherAge - 20));
    for (int i = 0; i < children; ++i) {
        const Sex sex = m_rng.chance(51) ? Sex::Male : Sex::Female;
        const int age = m_rng.between(0, maxChildAge);
        Person child = person(sex, age);
        child.family = m_rng.chance(80) ? family : QString();
        child.relation = sex == Sex::Male ? Relation::SonOf : Relation::DaughterOf;
        child.guardian = fatherName;
        child.father = fatherName;
        if (age >= 18 && m_rng.chance(70)) child.cnic = cnic(sex);
        else if (age >= 10 && m_rng.chance(40)) child.bform = cnic(sex);
        child.phone = homePhone;
        out << child;
        if (m_rng.chance(m_opt.twinPercent)) {   // a twin: same day, same father, another name
            Person twin = person(m_rng.chance(50) ? sex : (sex == Sex::Male ? Sex::Female : Sex::Male), age);
            twin.birthDate = child.birthDate;
            twin.ageOnly = child.ageOnly;
            twin.family = child.family;
            twin.relation = twin.sex == Sex::Male ? Relation::SonOf : Relation::DaughterOf;
            twin.guardian = twin.father = fatherName;
            if (!child.bform.isEmpty()) twin.bform = cnic(twin.sex);
            twin.phone = homePhone;
            out << twin;
        }
    }
    if (m_rng.chance(15)) {
        Person grandmother = person(Sex::Female, std::min(95, fatherAge + m_rng.between(18, 35)));
        grandmother.relation = Relation::WifeOf;
        grandmother.guardian = grandfather;
        grandmother.father = givenName(Sex::Male).latin;
        if (m_rng.chance(60)) grandmother.cnic = cnic(Sex::Female);
        out << grandmother;
    }
    return out;
}

MatchSetRecord MatchSetGenerator::render(const Person& p, bool dup)
{
    MatchSetRecord r;
    r.truthId = p.truthId;
    Patient& pt = r.patient;
    const int variantPercent = dup ? 50 : 25;

    // Name words.
    QStringList words;
    if (p.muhammad) words << spell(QStringLiteral("Muhammad"), variantPercent);
    words << spell(p.given, variantPercent);
    if (p.bibi && (!dup || m_rng.chance(60))) words << QStringLiteral("Bibi");
    const bool withFamily = !p.family.isEmpty() && m_rng.chance(dup ? 60 : 70);
    QString familyWord = withFamily ? spell(p.family, variantPercent) : QString();
    if (dup) {
        if (m_rng.chance(12)) {
            const int i = m_rng.below(static_cast<int>(words.size()));
            words[i] = typo(words[i]);
        }
        if (m_rng.chance(8)) words.prepend(p.sex == Sex::Female ? QStringLiteral("Mst.") : QStringLiteral("Haji"));
    }
    QString given = joinWords(words);
    if (dup && withFamily && m_rng.chance(15)) pt.name = joinWords({familyWord, given});   // word order
    else pt.name = joinWords({given, familyWord});
    if (dup && !p.urdu.isEmpty() && m_rng.chance(m_opt.urduNamePercent)) {
        pt.name = p.urdu;
        given = p.urdu;
        familyWord.clear();
    }

    // Relation and guardian: a married woman's maiden record says D/O her father.
    pt.relation = p.relation;
    QString guardian = p.guardian;
    if (dup && p.relation == Relation::WifeOf && m_rng.chance(35)) {
        pt.relation = Relation::DaughterOf;
        guardian = p.father;
    }
    QStringList gw = guardian.split(u' ', Qt::SkipEmptyParts);
    for (QString& w : gw) w = spell(w, variantPercent);
    if (dup && gw.size() > 1 && m_rng.chance(30)) gw.removeLast();
    if (dup && m_rng.chance(5) && !gw.isEmpty()) gw.last() = typo(gw.last());
    pt.guardianName = joinWords(gw);
    if (dup && m_rng.chance(8)) {
        pt.relation = Relation::None;
        pt.guardianName.clear();
    }
    if (!pt.guardianName.isEmpty() && m_rng.chance(20)) {   // relation written into the name
        pt.name += u' ' + relationCode(pt.relation).toUpper() + u' ' + pt.guardianName;
        pt.relation = Relation::None;
        pt.guardianName.clear();
    } else if (m_rng.chance(30)) {
        r.nameSplit = true;
        r.givenName = given;
        r.familyName = familyWord;
    }

    pt.sex = dup && m_rng.chance(3) ? Sex::Unknown : p.sex;

    // Birth: exact, an estimated year, a stated age, or missing.
    const int age = std::max(0, static_cast<int>(p.birthDate.daysTo(m_today) / 365));
    auto noise = [&] {
        if (age < 15) return m_rng.between(-1, 1);
        return m_rng.chance(25) ? (m_rng.chance(50) ? -1 : 1) * m_rng.between(3, 5) : m_rng.between(-2, 2);
    };
    const int mode = m_rng.below(100);
    if (dup && mode < 12) {
        // missing
    } else if (p.ageOnly || (dup && mode < 32)) {
        if (m_rng.chance(50)) r.ageYears = std::max(0, age + noise());
        else {
            pt.birthDate = QDate(p.birthDate.year() - noise(), 1, 1);
            pt.birthDateEstimated = true;
        }
    } else if (dup && mode < 40) {
        const QDate d = p.birthDate;
        pt.birthDate = d.day() <= 12 && d.day() != d.month() ? QDate(d.year(), d.day(), d.month()) : d.addDays(m_rng.between(-20, 20));
    } else {
        pt.birthDate = p.birthDate;
    }

    // Identifiers, phone, place.
    auto id = [&](const QString& v) {
        if (v.isEmpty() || !dup) return v;
        const int k = m_rng.below(100);
        return k < 38 ? QString() : (k < 45 ? mistype(v) : v);
    };
    if (const QString c = id(p.cnic); !c.isEmpty()) pt.setIdentifier(IdSystem::Cnic, c);
    if (const QString b = id(p.bform); !b.isEmpty()) pt.setIdentifier(IdSystem::BForm, b);
    pt.phone = p.phone;
    if (dup && !p.phone.isEmpty()) {
        const int k = m_rng.below(100);
        pt.phone = k < 55 ? p.phone : (k < 80 ? QString() : phone());
    } else if (dup && m_rng.chance(20)) {
        pt.phone = phone();
    }
    const Catchment& c = defaultCatchment();
    pt.address = Address{c.province, c.district, c.tehsils.at(p.uc % c.tehsils.size()), m_unionCouncils.at(p.uc), p.village};
    if (dup) {
        const int k = m_rng.below(100);
        if (k < 6) pt.address.village.clear();
        else if (k < 12) pt.address.village = m_rng.pick(m_villages.at(p.uc));
    }
    return r;
}

QList<MatchSetRecord> MatchSetGenerator::generate(int n)
{
    makeGeography(std::max(m_opt.unionCouncils, n / std::max(1, m_opt.recordsPerUnionCouncil)));
    QList<MatchSetRecord> out;
    while (out.size() < n) {
        for (const Person& p : household()) {
            out << render(p, false);
            const int k = m_rng.below(100);
            const int copies = k < m_opt.doubleDuplicatePercent ? 2 : (k < m_opt.duplicatePercent ? 1 : 0);
            for (int i = 0; i < copies; ++i) out << render(p, true);
        }
    }
    for (qsizetype i = out.size() - 1; i > 0; --i) out.swapItemsAt(i, m_rng.below(static_cast<int>(i + 1)));
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].recordId = QStringLiteral("R%1").arg(i + 1, 7, 10, QChar(u'0'));
        out[i].patient.id = out[i].recordId;
    }
    return out;
}

QByteArray matchSetCsv(const QList<MatchSetRecord>& records)
{
    QList<QStringList> rows;
    rows.reserve(records.size() + 1);
    rows.append({QStringLiteral("record_id"), QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("full_name"),
                 QStringLiteral("relation"), QStringLiteral("guardian_name"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                 QStringLiteral("birth_year_estimated"), QStringLiteral("age_years"), QStringLiteral("cnic"), QStringLiteral("phone"),
                 QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("tehsil"), QStringLiteral("union_council"),
                 QStringLiteral("village"), QStringLiteral("truth_id")});
    qsizetype i = 0;
    for (const MatchSetRecord& r : records) {
        const Patient& p = r.patient;
        const bool dashes = (i++ % 2) == 0;
        QString id = p.identifier(IdSystem::Cnic);
        if (id.isEmpty()) id = p.identifier(IdSystem::BForm);
        const QString sex = p.sex == Sex::Male ? QStringLiteral("M") : p.sex == Sex::Female ? QStringLiteral("F") : QString();
        rows.append({r.recordId, r.nameSplit ? r.givenName : QString(), r.nameSplit ? r.familyName : QString(),
                     r.nameSplit ? QString() : p.name, relationCode(p.relation).toUpper(), p.guardianName, sex,
                     p.birthDate.isValid() && !p.birthDateEstimated ? p.birthDate.toString(Qt::ISODate) : QString(),
                     p.birthDate.isValid() && p.birthDateEstimated ? QString::number(p.birthDate.year()) : QString(),
                     r.ageYears >= 0 ? QString::number(r.ageYears) : QString(), dashes ? formatCnic(id) : id,
                     dashes ? formatPhone(p.phone) : p.phone, p.address.province, p.address.district, p.address.tehsil,
                     p.address.unionCouncil, p.address.village, r.truthId});
    }
    return csvFile(rows);
}

} // namespace bhu::synth
