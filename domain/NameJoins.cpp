#include "bhu/domain/NameJoins.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace bhu {

namespace {

constexpr qsizetype kMinStem = 3;        // Latin letters before a joined connector
constexpr qsizetype kMinUrduStem = 2;    // Urdu letters (no short vowels written)

const char16_t* const kSecondElements[] = {
    u"din", u"deen", u"haq", u"haque", u"huq", u"rehman", u"rahman", u"rehmaan", u"rahmaan",
    u"islam", u"zaman", u"nisa", u"nissa", u"nisaa", u"amin", u"ameen", u"mulk", u"nabi",
    u"hasan", u"hassan", u"hussain", u"husain",
};
const char16_t* const kUrduSecondElements[] = {u"دین", u"حق", u"رحمن", u"رحمان", u"اسلام", u"زمان", u"نسا"};

const QString kAbdul = QStringLiteral("abdul");
const QString kUllah = QStringLiteral("ullah");
const QString kUrduAbd = QStringLiteral("عبد");
const QString kUrduAl = QStringLiteral("ال");
const QString kUrduAllah = QStringLiteral("اللہ");

bool isSunLetterStart(const QString& y)
{
    return !y.isEmpty() && QStringView(u"rsztdn").contains(y.front());
}

// Every written form "connector + second element" → the second element, longest first:
// ul+Y for any Y; for Y starting with a sun letter c also u+c+Y (uddin) and u+Y (udin).
struct JoinForms {
    std::vector<std::pair<QString, QString>> forms;
    QSet<QString> seconds;
    JoinForms()
    {
        for (const char16_t* s : kSecondElements) {
            const QString y = QString::fromUtf16(s);
            seconds.insert(y);
            forms.emplace_back(QStringLiteral("ul") + y, y);
            if (isSunLetterStart(y)) {
                forms.emplace_back(QStringLiteral("u") + y.front() + y, y);
                forms.emplace_back(QStringLiteral("u") + y, y);
            }
        }
        for (const char16_t* s : kUrduSecondElements) {
            const QString y = QString::fromUtf16(s);
            seconds.insert(y);
            forms.emplace_back(kUrduAl + y, y);
        }
        std::stable_sort(forms.begin(), forms.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }
};

const JoinForms& joinForms()
{
    static const JoinForms f;
    return f;
}

const QSet<QString>& connectors()
{
    static const QSet<QString> s = {
        QStringLiteral("ul"), QStringLiteral("ud"), QStringLiteral("ur"), QStringLiteral("us"),
        QStringLiteral("uz"), QStringLiteral("un"), QStringLiteral("ush"), QStringLiteral("ut"),
        QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("e"), QStringLiteral("ad"),
        QStringLiteral("ar"), QStringLiteral("as"), QStringLiteral("az"), QStringLiteral("an"),
        kUrduAl,
    };
    return s;
}

const QSet<QString>& abdStandalone()
{
    static const QSet<QString> s = {
        QStringLiteral("abd"), QStringLiteral("abdu"), QStringLiteral("abdul"), QStringLiteral("abdur"),
        QStringLiteral("abdus"), QStringLiteral("abduz"), QStringLiteral("abdun"), QStringLiteral("abdush"),
        QStringLiteral("abdud"), QStringLiteral("abdut"), QStringLiteral("abdel"), QStringLiteral("abdool"),
    };
    return s;
}

const QSet<QString>& abdullahForms()
{
    static const QSet<QString> s = {
        QStringLiteral("abdullah"), QStringLiteral("abdulla"), QStringLiteral("abdulah"),
        QStringLiteral("abdallah"), QStringLiteral("abdalla"), QStringLiteral("abdollah"),
    };
    return s;
}

// "abdurrehman" → "rehman"; nullopt if the word is not Abd + article + name.
std::optional<QString> afterAbd(const QString& w)
{
    if (!w.startsWith(u"abd") || abdullahForms().contains(w) || abdStandalone().contains(w)) return std::nullopt;
    QString rest = w.mid(3);
    if (rest.startsWith(u"ul") || rest.startsWith(u"el")) {
        rest = rest.mid(2);                       // abdul-aziz, abdel-aziz, abdul-latif
    } else if ((rest.startsWith(u'u') || rest.startsWith(u'e')) && rest.size() > 1) {
        rest = rest.mid(1);                       // assimilated article: abdur-rehman, abdus-sattar
        if (rest.startsWith(u"shsh")) rest = rest.mid(2);
        else if (rest.size() > 1 && rest[0] == rest[1] && isSunLetterStart(rest)) rest = rest.mid(1);
        else if (!isSunLetterStart(rest) && !rest.startsWith(u"sh")) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (rest.size() < kMinStem) return std::nullopt;
    return rest;
}

// "عبدالرحمن" → "رحمن"
std::optional<QString> afterUrduAbd(const QString& w)
{
    if (!w.startsWith(kUrduAbd) || w == kUrduAbd || w == kUrduAbd + kUrduAllah) return std::nullopt;
    QString rest = w.mid(kUrduAbd.size());
    if (rest.startsWith(kUrduAl)) rest = rest.mid(kUrduAl.size());
    if (rest.size() < kMinUrduStem) return std::nullopt;
    return rest;
}

// "ziaulhaq" → {"zia", "haq"}; "rahmatullah" → {"rahmat", "ullah"}; "نصیرالدین" → {"نصیر", "دین"}
std::optional<std::pair<QString, QString>> splitJoined(const QString& w)
{
    const bool urdu = !w.isEmpty() && w.front().unicode() >= 0x0600;
    const qsizetype minStem = urdu ? kMinUrduStem : kMinStem;
    for (const auto& [form, y] : joinForms().forms) {
        if (w.size() - form.size() >= minStem && w.endsWith(form))
            return std::pair{w.left(w.size() - form.size()), y};
    }
    if (urdu) {
        if (w.size() - kUrduAllah.size() >= kMinUrduStem && w.endsWith(kUrduAllah) && !w.startsWith(kUrduAbd))
            return std::pair{w.left(w.size() - kUrduAllah.size()), kUrduAllah};
        return std::nullopt;
    }
    if (w.startsWith(u"abd")) return std::nullopt;   // Abdullah is one name
    for (const QStringView suffix : {QStringView(u"ullah"), QStringView(u"ulla"), QStringView(u"ulah")}) {
        if (w.size() - suffix.size() >= kMinStem && w.endsWith(suffix))
            return std::pair{w.left(w.size() - suffix.size()), kUllah};
    }
    return std::nullopt;
}

// "uddin" → "din", "ulhaq" → "haq", "الرحمن" → "رحمن"
std::optional<QString> secondAfterConnector(const QString& w)
{
    for (const auto& [form, y] : joinForms().forms)
        if (w == form) return y;
    return std::nullopt;
}

// "ziaul" before "haq" → "zia"; "ataur" before "rehman" → "ata"
std::optional<QString> stemBeforeSecond(const QString& w, const QString& next)
{
    if (!joinForms().seconds.contains(next) || w == kAbdul) return std::nullopt;
    for (const QStringView c : {QStringView(u"ul"), QStringView(u"ud"), QStringView(u"ur"), QStringView(u"uz"),
                                QStringView(u"un"), QStringView(u"us")}) {
        if (w.size() - c.size() < kMinStem || !w.endsWith(c)) continue;
        if (c != u"ul" && !next.startsWith(c.back())) continue;
        return w.left(w.size() - c.size());
    }
    return std::nullopt;
}

} // namespace

QStringList splitNameJoins(const QStringList& words)
{
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (abdStandalone().contains(w)) {
            out.append(kAbdul);
        } else if (const auto rest = afterAbd(w)) {
            out << kAbdul << *rest;
        } else if (const auto urduRest = afterUrduAbd(w)) {
            out << kUrduAbd << *urduRest;
        } else if (const auto second = secondAfterConnector(w)) {
            out.append(*second);
        } else if (connectors().contains(w)) {
            continue;
        } else if (const auto parts = splitJoined(w)) {
            out << parts->first << parts->second;
        } else if (const auto stem = i + 1 < words.size() ? stemBeforeSecond(w, words.at(i + 1)) : std::nullopt) {
            out.append(*stem);
        } else {
            out.append(w);
        }
    }
    return out;
}

} // namespace bhu
