#include "PatientParts.h"

namespace bhu::fhir::patientparts {

namespace {

struct Role {
    const char16_t* word;
    const char16_t* code;
};

// guardianRelationship words (ui/patients) ⇄ v3-RoleCode. "guardian" and "other" have no code.
const Role kRoles[] = {
    {u"father", u"FTH"}, {u"mother", u"MTH"}, {u"grandfather", u"GRFTH"}, {u"grandmother", u"GRMTH"},
    {u"brother", u"BRO"}, {u"sister", u"SIS"}, {u"uncle", u"UNCLE"}, {u"aunt", u"AUNT"}, {u"husband", u"HUSB"},
};

// Titles that stand before a name and are not part of it (NameNormalizer's pure honorifics
// that precede a name; Bibi, Begum and Khatoon follow it and stay in `given`).
const char16_t* const kPrefixes[] = {
    u"mst", u"mussammat", u"musammat", u"syed", u"sayed", u"syeda", u"hafiz", u"hafiza", u"haji", u"alhaj",
    u"dr", u"mr", u"mrs", u"ms", u"miss", u"master", u"janab", u"mohtarma", u"prof", u"engr",
    u"maulana", u"maulvi", u"qari", u"mufti",
};

bool isPrefix(const QString& word)
{
    QString w = word.toLower();
    if (w.endsWith(u'.')) w.chop(1);
    for (const char16_t* p : kPrefixes)
        if (w == QStringView(p)) return true;
    return false;
}

} // namespace

QString relationRoleCode(Relation r)
{
    switch (r) {
    case Relation::SonOf:
    case Relation::DaughterOf: return QStringLiteral("FTH");
    case Relation::WifeOf: return QStringLiteral("HUSB");
    case Relation::ChildOf: return QStringLiteral("PRN");
    case Relation::None: break;
    }
    return {};
}

QString relationDisplay(Relation r)
{
    switch (r) {
    case Relation::SonOf: return QStringLiteral("son of");
    case Relation::DaughterOf: return QStringLiteral("daughter of");
    case Relation::WifeOf: return QStringLiteral("wife of");
    case Relation::ChildOf: return QStringLiteral("child of");
    case Relation::None: break;
    }
    return {};
}

QString relationGuardianWord(Relation r)
{
    switch (r) {
    case Relation::SonOf:
    case Relation::DaughterOf: return QStringLiteral("father");
    case Relation::WifeOf: return QStringLiteral("husband");
    case Relation::ChildOf:
    case Relation::None: break;
    }
    return {};
}

QString roleCodeOfWord(const QString& word)
{
    for (const Role& r : kRoles)
        if (word.compare(QStringView(r.word), Qt::CaseInsensitive) == 0) return QString::fromUtf16(r.code);
    return {};
}

QString wordOfRoleCode(const QString& code)
{
    for (const Role& r : kRoles)
        if (code == QStringView(r.code)) return QString::fromUtf16(r.word);
    return {};
}

QString roleDisplay(const QString& code)
{
    return code == u"PRN" ? QStringLiteral("parent") : wordOfRoleCode(code);
}

void splitName(const QString& name, QStringList& prefix, QStringList& given)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    qsizetype i = 0;
    // Leading honorifics, but never all the words (a woman recorded only as "Mst." keeps it as given).
    while (i + 1 < words.size() && isPrefix(words.at(i))) prefix.append(words.at(i++));
    for (; i < words.size(); ++i) given.append(words.at(i));
}

} // namespace bhu::fhir::patientparts
