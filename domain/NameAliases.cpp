#include "bhu/domain/NameAliases.h"

#include "bhu/domain/NameScript.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace bhu {

namespace {

struct AliasEntry {
    const char16_t* canonical;
    const char16_t* variants;   // space-separated
};

// Canonical spelling, then its variants separated by spaces (lower case; ASCII, or Urdu letters
// as foldNameText() leaves them). Adding a variant: make sure it cannot be a different name.
// Left out on purpose: Hasnain (≠ Hasan), Abdal (a name of its own), Amina (≠ Amna),
// Mohamud (too close to Mahmud).
const AliasEntry kAliases[] = {
    {u"muhammad", u"mohammad mohammed muhammed mohamad mohamed muhamad muhamed mohammod mohummad mohummed "
                 u"muhammd mohammd mohd muhd mohmmad mohmad mhd md m"},
    {u"ahmad", u"ahmed ahmd ehmad ehmed"},
    {u"mahmood", u"mehmood mahmud mehmud mahmod mehmod mehmoud mahmoud"},
    {u"rehman", u"rahman rehmaan rahmaan rehmann rahmann rehaman rahaman"},
    {u"hussain", u"husain hussein husein hossain hosain husayn hussayn hussian hosein hussaine"},
    {u"hasan", u"hassan hasen hassen"},
    {u"ayesha", u"aisha aysha ayisha aishah ayeshah aiysha aiesha aesha ayeesha aaisha ayshah aishaa"},
    {u"fatima", u"fatimah fatema fatma fatimaa faatima fathima"},
    {u"zainab", u"zaynab zenab zeinab zainub zaenab zainb"},
    {u"khadija", u"khadijah khadeeja khadeejah khatija khadejah"},
    {u"maryam", u"mariam maryum mariyam marium maryem"},
    {u"kulsoom", u"kulsum kalsoom kalsum kulthum kulsoum kalsoum"},
    {u"amna", u"aamna amnah aamnah"},
    {u"abdul", u"abdool abdel"},
    {u"abdullah", u"abdulla abdulah abdallah abdalla abdollah"},
    {u"ullah", u"ulla ulah allah ullha"},
    {u"din", u"deen deenn"},
    {u"haq", u"haque huq hak"},
    {u"usman", u"osman othman uthman usmaan osmaan"},
    {u"yusuf", u"yousaf yousuf yusaf yousef yusef youssef yousif yusif"},
    {u"umar", u"omar umer omer"},
    {u"ibrahim", u"ebrahim ibraheem ibraaheem ebraheem"},
    {u"ismail", u"ismaeel ismael esmail ismaiel ismaiil"},
    {u"ghulam", u"gulam gholam ghulaam"},
    {u"zubair", u"zubeir zobair zubayr zubeer"},
    {u"noor", u"nur nour"},
    {u"chaudhry", u"ch chaudhary chaudhri chaudry chowdhury choudhry chaudri choudhary chaudhari chowdhry"},
    {u"sheikh", u"shaikh shaykh sheik shaik"},
    {u"ali", u"aly"},
    {u"khan", u"khaan"},
    {u"islam", u"islaam"},
    {u"zaman", u"zamaan"},
    {u"nisa", u"nissa nisaa"},
    {u"hasnain", u"husnain hasnen"},
    // Common given names, listed so that two different ones are known to differ (Imran ≠ Irfan,
    // Amna ≠ Amina, Zahid ≠ Zahida) even though they look alike; typos of them still match.
    // Latin transliteration merges some distinct Urdu names (Amir/Aamir, Rashid/Rasheed): the
    // matcher cannot tell them apart either way.
    {u"imran", u""},
    {u"irfan", u""},
    {u"rizwan", u"rizvan"},
    {u"adnan", u""},
    {u"farhan", u""},
    {u"kamran", u""},
    {u"salman", u"sulman"},
    {u"imtiaz", u"imtiyaz"},
    {u"ijaz", u"ejaz aijaz"},
    {u"riaz", u"riyaz"},
    {u"fayyaz", u"fiaz fayaz faiyaz"},
    {u"niaz", u"niyaz"},
    {u"asif", u"aasif"},
    {u"arif", u"aarif"},
    {u"atif", u"aatif"},
    {u"aqib", u"aaqib"},
    {u"adil", u"aadil"},
    {u"amir", u"aamir aamer amer"},
    {u"amin", u"ameen"},
    {u"sajid", u""},
    {u"sajjad", u""},
    {u"majid", u"majeed"},
    {u"zahid", u""},
    {u"shahid", u""},
    {u"khalid", u"khaled"},
    {u"hamid", u"hameed"},
    {u"rashid", u"rasheed"},
    {u"wajid", u""},
    {u"abid", u"aabid"},
    {u"zahida", u""},
    {u"shahida", u""},
    {u"sajida", u""},
    {u"rashida", u"rasheeda"},
    {u"khalida", u""},
    {u"hamida", u"hameeda"},
    {u"abida", u"aabida"},
    {u"naveed", u"navid naweed"},
    {u"waheed", u"wahid"},
    {u"saeed", u"sayeed saeid said"},
    {u"fareed", u"farid"},
    {u"nadeem", u"nadim"},
    {u"naeem", u"naim"},
    {u"kareem", u"karim"},
    {u"saleem", u"salim"},
    {u"waseem", u"wasim"},
    {u"azeem", u"azim"},
    {u"aleem", u"alim"},
    {u"faheem", u"fahim"},
    {u"nasir", u"naseer nasser"},
    {u"bashir", u"basheer"},
    {u"nazir", u"nazeer"},
    {u"tahir", u"taher"},
    {u"qadir", u"qader kadir"},
    {u"sabir", u"saber"},
    {u"zakir", u"zaker"},
    {u"shakir", u"shaker"},
    {u"aslam", u""},
    {u"akram", u""},
    {u"azam", u"aazam"},
    {u"akbar", u""},
    {u"asghar", u"asgher asgar"},
    {u"ashraf", u""},
    {u"arshad", u""},
    {u"irshad", u""},
    {u"raza", u"rza"},
    {u"abbas", u""},
    {u"haider", u"hyder haidar"},
    {u"jafar", u"jaffar jafer"},
    {u"mehdi", u"mahdi"},
    {u"akhtar", u"akhter"},
    {u"anwar", u"anwer"},
    {u"nawaz", u""},
    {u"faisal", u"faysal"},
    {u"bilal", u"belal"},
    {u"hamza", u""},
    {u"talha", u""},
    {u"zain", u"zayn"},
    {u"umair", u"omair"},
    {u"uzair", u"uzayr"},
    {u"owais", u"awais uwais"},
    {u"waqas", u""},
    {u"yasir", u"yaser yasser"},
    {u"junaid", u"junayd"},
    {u"fahad", u"fahd"},
    {u"saad", u""},
    {u"noman", u"nauman numan"},
    {u"farooq", u"faruq farooque"},
    {u"tariq", u"tarique"},
    {u"zafar", u""},
    {u"jamil", u"jameel"},
    {u"jamal", u""},
    {u"kamal", u""},
    {u"iqbal", u""},
    {u"afzal", u""},
    {u"shahzad", u"shehzad"},
    {u"shahbaz", u"shehbaz"},
    {u"amina", u"aamina ameena"},
    {u"asma", u""},
    {u"aliya", u"alia aaliya aliyah"},
    {u"sana", u""},
    {u"hina", u"heena"},
    {u"rabia", u"rabiya rabeea"},
    {u"sadia", u"sadiya"},
    {u"saima", u"saema"},
    {u"naila", u"nayla"},
    {u"nadia", u"nadiya"},
    {u"shazia", u"shaziya"},
    {u"nazia", u"naziya"},
    {u"fouzia", u"fauzia fozia"},
    {u"rukhsana", u""},
    {u"farzana", u""},
    {u"shabana", u""},
    {u"nasreen", u"nasrin"},
    {u"naseem", u"nasim"},
    {u"parveen", u"perveen parvin pervin"},
    {u"tasleem", u"taslim"},
    {u"shamim", u"shameem"},
    {u"sughra", u"sugra"},
    {u"kubra", u""},
    {u"bushra", u""},
    {u"uzma", u""},
    {u"humaira", u"humera"},
    {u"samina", u"sameena"},
    {u"yasmin", u"yasmeen yasmine"},
    {u"razia", u"raziya"},
    {u"safia", u"safiya safiyya"},
    {u"sakina", u"sakeena"},
    {u"tahira", u""},
    {u"zubaida", u"zubeda zobaida"},
    {u"rehana", u"raihana rihana"},
    {u"salma", u""},
    // Urdu script (after foldNameText): Muhammad and Mahmood are different names.
    {u"محمد", u""},
    {u"محمود", u""},
    {u"احمد", u""},
    {u"حسن", u""},
    {u"حسین", u""},
    {u"رحمن", u"رحمان"},
    {u"عایشہ", u"عایشا"},
    {u"فاطمہ", u"فاطما"},
    {u"علی", u""},
};

struct AliasTable {
    QHash<QString, QString> byVariant;
    QSet<QString> canonical;

    AliasTable()
    {
        for (const auto& e : kAliases) {
            const QString c = QString::fromUtf16(e.canonical);
            canonical.insert(c);
            add(c, c);
            const QStringList variants = QString::fromUtf16(e.variants).split(u' ', Qt::SkipEmptyParts);
            for (const QString& variant : variants) add(variant, c);
        }
    }

    void add(const QString& variant, const QString& c)
    {
        byVariant.insert(variant, c);
        const QString f = foldTransliteration(variant);
        if (!byVariant.contains(f)) byVariant.insert(f, c);
    }
};

const AliasTable& table()
{
    static const AliasTable t;
    return t;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

} // namespace

QString foldTransliteration(QStringView token)
{
    if (isArabicScript(token)) return token.toString();
    QString s;
    s.reserve(token.size());
    // Vowel digraphs and single-letter swaps.
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token[i];
        const QChar n = i + 1 < token.size() ? token[i + 1] : QChar();
        if ((c == u'e' && n == u'e') || (c == u'i' && n == u'i')) {
            s.append(u'i');
            ++i;
        } else if ((c == u'o' && (n == u'o' || n == u'u')) || (c == u'u' && n == u'u')) {
            s.append(u'u');
            ++i;
        } else if (c == u'a' && n == u'a') {
            s.append(u'a');
            ++i;
        } else if (c == u'q') {
            s.append(u'k');
        } else if (c == u'v') {
            s.append(u'w');
        } else {
            s.append(c);
        }
    }
    // Doubled letters → one.
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (out.isEmpty() || out.back() != c) out.append(c);
    // Final h after a vowel (Fatimah, Aishah, Sarah).
    if (out.size() > 2 && out.back() == u'h' && isVowel(out.at(out.size() - 2))) out.chop(1);
    return out;
}

QString nameAlias(QStringView token)
{
    const auto& t = table();
    auto it = t.byVariant.constFind(token.toString());
    if (it != t.byVariant.cend()) return *it;
    it = t.byVariant.constFind(foldTransliteration(token));
    if (it != t.byVariant.cend()) return *it;
    return {};
}

QString nameTokenKey(QStringView token)
{
    QString a = nameAlias(token);
    return a.isEmpty() ? foldTransliteration(token) : a;
}

bool isKnownNameKey(QStringView key)
{
    return table().canonical.contains(key.toString());
}

QStringList knownNameKeys()
{
    QStringList keys(table().canonical.cbegin(), table().canonical.cend());
    keys.sort();
    return keys;
}

} // namespace bhu
