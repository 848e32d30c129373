#include "bhu/domain/NameNormalizer.h"

#include "bhu/domain/NameAliases.h"
#include "bhu/domain/NameJoins.h"
#include "bhu/domain/NameScript.h"

#include <QSet>

#include <initializer_list>
#include <optional>

namespace bhu {

namespace {

QSet<QString> makeSet(std::initializer_list<const char16_t*> words)
{
    QSet<QString> s;
    for (const char16_t* w : words) s.insert(QString::fromUtf16(w));
    return s;
}

const QSet<QString>& honorifics()
{
    static const QSet<QString> s = makeSet({
        u"syed", u"sayed", u"sayyed", u"sayyid", u"syeda", u"sayeda", u"sayyida", u"sayyeda",
        u"mst", u"mstt", u"msmt", u"musammat", u"mussammat", u"musamat", u"mussamat", u"mosammat", u"mosamat",
        u"bibi", u"bibee", u"begum", u"begam", u"khatoon", u"khatun",
        u"hafiz", u"hafiza", u"haji", u"hajji", u"haj", u"hajj", u"alhaj", u"alhaaj",
        u"dr", u"doctor", u"mr", u"mrs", u"ms", u"miss", u"master", u"janab", u"mohtarma",
        u"sahib", u"sahab", u"saheb", u"prof", u"professor", u"engr",
        u"maulana", u"moulana", u"molana", u"maulvi", u"molvi", u"moulvi", u"qari", u"mufti",
        u"سید", u"سیدہ", u"مسمات", u"مسماہ", u"محترمہ", u"جناب", u"حافظ", u"حافظہ", u"حاجی", u"الحاج",
        u"ڈاکٹر", u"بیگم", u"بی", u"بیبی", u"خاتون", u"مولانا", u"مولوی", u"قاری", u"مفتی", u"صاحب",
    });
    return s;
}

bool isSymbol(const QString& t)
{
    return t == u"/" || t == u"\\" || t == u".";
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'`' || c == 0x00B4 || c == 0x2018 || c == 0x2019 || c == 0x02BC
        || c == 0x02BE || c == 0x02BF;
}

// Words of letters; '/', '\' and '.' become tokens of their own (for S/O, S.O); apostrophes
// join; anything else (spaces, hyphens, digits, brackets, commas) separates.
QStringList tokenize(const QString& text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) out.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            word.append(c);
        } else if (isApostrophe(c.unicode())) {
            continue;
        } else if (c == u'/' || c == u'\\' || c == u'.') {
            flush();
            out.append(QString(c));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

struct Marker {
    Relation relation;
    qsizetype length;   // tokens consumed
};

std::optional<Marker> markerAt(const QStringList& t, qsizetype i, bool afterOwnName)
{
    const QString& w = t.at(i);
    const auto next = [&](qsizetype k) { return i + k < t.size() ? t.at(i + k) : QString(); };
    if (w.size() == 1 && isSymbol(next(1)) && next(2) == u"o") {
        const qsizetype len = next(3) == u"." ? 4 : 3;
        switch (w.front().unicode()) {
        case u's': return Marker{Relation::SonOf, len};
        case u'd': return Marker{Relation::DaughterOf, len};
        case u'w': return Marker{Relation::WifeOf, len};
        case u'c': return Marker{Relation::ChildOf, len};
        default: break;
        }
    }
    if (next(1) == u"of") {
        if (w == u"son") return Marker{Relation::SonOf, 2};
        if (w == u"daughter") return Marker{Relation::DaughterOf, 2};
        if (w == u"wife") return Marker{Relation::WifeOf, 2};
        if (w == u"child") return Marker{Relation::ChildOf, 2};
    }
    if (w == u"ولد") return Marker{Relation::SonOf, 1};
    if (w == u"بنت" || w == u"دختر") return Marker{Relation::DaughterOf, 1};
    if (w == u"زوجہ") return Marker{Relation::WifeOf, 1};
    if (afterOwnName) {
        if (w == u"bin" || w == u"ibn") return Marker{Relation::SonOf, 1};
        if (w == u"bint" || w == u"binte" || w == u"binti") return Marker{Relation::DaughterOf, 1};
    }
    return std::nullopt;
}

QStringList withoutHonorifics(const QStringList& words)
{
    QStringList kept;
    for (const QString& w : words)
        if (!honorifics().contains(w)) kept.append(w);
    return kept.isEmpty() ? words : kept;
}

QStringList keysOf(const QStringList& tokens)
{
    QStringList keys;
    keys.reserve(tokens.size());
    for (const QString& t : tokens) keys.append(nameTokenKey(t));
    return keys;
}

} // namespace

NameKey normalizeName(QStringView name)
{
    const QStringList raw = tokenize(foldNameText(name));
    NameKey k;
    QStringList own, guardian;
    bool inGuardian = false;
    for (qsizetype i = 0; i < raw.size();) {
        if (const auto m = markerAt(raw, i, !own.isEmpty())) {
            if (inGuardian) break;   // "A s/o B s/o C": the guardian is B
            k.relation = m->relation;
            inGuardian = true;
            i += m->length;
            continue;
        }
        if (!isSymbol(raw.at(i))) (inGuardian ? guardian : own).append(raw.at(i));
        ++i;
    }
    k.tokens = splitNameJoins(withoutHonorifics(own));
    k.keys = keysOf(k.tokens);
    k.guardianTokens = splitNameJoins(withoutHonorifics(guardian));
    k.guardianKeys = keysOf(k.guardianTokens);
    return k;
}

} // namespace bhu
