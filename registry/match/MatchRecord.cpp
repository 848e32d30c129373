#include "bhu/match/MatchRecord.h"

#include "bhu/domain/Cnic.h"
#include "bhu/domain/NameAliases.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/domain/NameScript.h"
#include "bhu/domain/NameSkeleton.h"
#include "bhu/domain/Phone.h"
#include "bhu/domain/UrduNames.h"

#include <QSet>

namespace bhu::match {

namespace {

QList<NameToken> tokensOf(const QStringList& keys)
{
    QList<NameToken> out;
    out.reserve(keys.size());
    for (const QString& typed : keys) {
        if (typed.isEmpty()) continue;
        // A name in Urdu script that the names list knows is compared as its Latin spelling
        // ("عائشہ" = Aisha); others stay in their script (compared with Urdu only).
        QString k = typed;
        if (isArabicScript(typed))
            if (const QString latin = UrduNames::builtIn().latinWord(typed); !latin.isEmpty()) k = nameTokenKey(latin);
        NameToken t;
        t.key = k;
        t.arabic = isArabicScript(k);
        t.folded = t.arabic ? k : foldTransliteration(k);
        t.skeleton = nameSkeleton(k);
        t.known = isKnownNameKey(k);
        t.family = isFamilyNameKey(k);
        t.common = t.family || isCommonNameKey(k);
        out.append(t);
    }
    return out;
}

} // namespace

bool MatchRecord::nameIsArabic() const
{
    if (name.isEmpty()) return false;
    for (const NameToken& t : name)
        if (!t.arabic) return false;
    return true;
}

bool isCommonNameKey(const QString& key)
{
    // Keys as nameTokenKey() gives them (canonical alias or folded spelling).
    static const QSet<QString> common{
        QStringLiteral("muhammad"), QStringLiteral("ghulam"), QStringLiteral("abdul"), QStringLiteral("ullah"),
        QStringLiteral("din"), QStringLiteral("bibi"), QStringLiteral("begum"),
        QStringLiteral("mai"), QStringLiteral("bano"), QStringLiteral("khatun"), QStringLiteral("haq"),
        QStringLiteral("allah"), QStringLiteral("bhi"), QStringLiteral("محمد"), QStringLiteral("غلام"),
        QStringLiteral("عبد"), QStringLiteral("بی")};
    return common.contains(key) || isFamilyNameKey(key);
}

bool isFamilyNameKey(const QString& key)
{
    static const QSet<QString> family{
        QStringLiteral("khan"), QStringLiteral("malik"), QStringLiteral("shah"), QStringLiteral("chaudhry"),
        QStringLiteral("sheikh"), QStringLiteral("rana"), QStringLiteral("mian"), QStringLiteral("raja"),
        QStringLiteral("sardar"), QStringLiteral("syed"), QStringLiteral("خان"), QStringLiteral("ملک")};
    return family.contains(key);
}

QList<NameToken> nameTokens(const QString& text, Relation* relation, QList<NameToken>* guardian)
{
    const NameKey k = normalizeName(text);
    if (relation) *relation = k.relation;
    if (guardian) *guardian = tokensOf(k.guardianKeys);
    return tokensOf(k.keys);
}

QString placeKey(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty()) out.append(u' ');
            out.append(c.toLower());
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QString identifierDigits(const QString& text)
{
    if (text.trimmed().isEmpty()) return {};
    const QString d = normalizeCnic(text);
    if (d.size() != 13) return {};
    for (const QChar c : d)
        if (!c.isDigit()) return {};
    return d;
}

void markFamilyWords(MatchRecord& r)
{
    for (NameToken& t : r.name) {
        for (const NameToken& g : r.guardian)
            if (g.key == t.key || (!t.skeleton.isEmpty() && g.skeleton == t.skeleton)) {
                t.common = t.family = true;
                break;
            }
    }
}

MatchRecord recordFromPatient(const Patient& p)
{
    MatchRecord r;
    r.id = p.id;
    Relation inName = Relation::None;
    QList<NameToken> guardianInName;
    r.name = nameTokens(p.name.isEmpty() ? p.nameUrdu : p.name, &inName, &guardianInName);
    if (r.name.isEmpty() && !p.nameUrdu.isEmpty()) r.name = nameTokens(p.nameUrdu);
    r.relation = p.relation != Relation::None ? p.relation : inName;
    r.guardian = p.guardianName.isEmpty() ? guardianInName : nameTokens(p.guardianName);
    r.sex = p.sex;
    if (p.birthDate.isValid()) {
        r.birthYear = p.birthDate.year();
        r.birthEstimated = p.birthDateEstimated;
        if (!p.birthDateEstimated) r.birthDate = p.birthDate;
    }
    r.cnic = identifierDigits(p.identifier(IdSystem::Cnic));
    r.bform = identifierDigits(p.identifier(IdSystem::BForm));
    r.guardianCnic = identifierDigits(p.guardianCnic);
    if (!p.phone.isEmpty()) {
        auto ph = normalizePhone(p.phone);
        if (ph.ok()) r.phone = ph.value();
    }
    r.district = placeKey(p.address.district);
    r.unionCouncil = placeKey(p.address.unionCouncil);
    r.village = placeKey(p.address.village);
    markFamilyWords(r);
    return r;
}

} // namespace bhu::match
