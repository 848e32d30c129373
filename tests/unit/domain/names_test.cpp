#include "bhu/domain/NameAliases.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/domain/NameScript.h"
#include "bhu/domain/NameSearch.h"

#include "qt_print.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace bhu;

namespace {

QString keys(QStringView name)
{
    return normalizeName(name).keys.join(u' ');
}
QString tokens(QStringView name)
{
    return normalizeName(name).tokens.join(u' ');
}
std::string s(QStringView v)
{
    return v.toString().toStdString();
}

} // namespace

// ---- Script and case -------------------------------------------------------------------------

TEST(NameScript, CaseAccentsAndArabicLetterVariants)
{
    EXPECT_EQ(foldNameText(u"ÀYÉSHA Bībī"), QStringLiteral("ayesha bibi"));
    EXPECT_EQ(foldNameText(u"علي"), QStringLiteral("علی"));            // Arabic yeh → Farsi yeh
    EXPECT_EQ(foldNameText(u"عليى"), QStringLiteral("علیی"));          // alef maksura
    EXPECT_EQ(foldNameText(u"كريم"), QStringLiteral("کریم"));          // Arabic kaf → keheh
    EXPECT_EQ(foldNameText(u"فاطمه"), QStringLiteral("فاطمہ"));        // heh → heh goal
    EXPECT_EQ(foldNameText(u"فاطمة"), QStringLiteral("فاطمہ"));        // teh marbuta
    EXPECT_EQ(foldNameText(u"فاطمھ"), QStringLiteral("فاطمہ"));        // do-chashmi he
    EXPECT_EQ(foldNameText(u"مُحَمَّد"), QStringLiteral("محمد"));       // harakat and shadda
    EXPECT_EQ(foldNameText(u"محــمد"), QStringLiteral("محمد"));         // tatweel
    EXPECT_EQ(foldNameText(u"عائشہ"), QStringLiteral("عایشہ"));        // yeh with hamza
    EXPECT_EQ(foldNameText(u"ضیاء"), QStringLiteral("ضیا"));           // hamza
    EXPECT_EQ(foldNameText(u"آمنہ"), QStringLiteral("امنہ"));          // alef madda
    EXPECT_EQ(foldNameText(u"ﻣﺤﻤﺪ"), QStringLiteral("محمد"));          // presentation forms
    EXPECT_EQ(foldNameText(u"نور\u200Cجہاں"), QStringLiteral("نورجہاں")); // ZWNJ
    EXPECT_TRUE(isArabicScript(u"محمد"));
    EXPECT_FALSE(isArabicScript(u"muhammad"));
}

// ---- Transliteration folding and aliases -----------------------------------------------------

TEST(NameAliases, GenericFolding)
{
    EXPECT_EQ(foldTransliteration(u"naseer"), QStringLiteral("nasir"));
    EXPECT_EQ(foldTransliteration(u"nasir"), QStringLiteral("nasir"));
    EXPECT_EQ(foldTransliteration(u"mehmood"), QStringLiteral("mehmud"));
    EXPECT_EQ(foldTransliteration(u"yousuf"), QStringLiteral("yusuf"));
    EXPECT_EQ(foldTransliteration(u"imraan"), QStringLiteral("imran"));
    EXPECT_EQ(foldTransliteration(u"fatimah"), QStringLiteral("fatima"));
    EXPECT_EQ(foldTransliteration(u"siddiqui"), QStringLiteral("sidikui"));
    EXPECT_EQ(foldTransliteration(u"qasim"), foldTransliteration(u"kasim"));
    EXPECT_EQ(foldTransliteration(u"javed"), foldTransliteration(u"jawed"));
    EXPECT_EQ(foldTransliteration(u"shah"), QStringLiteral("sha"));
    EXPECT_EQ(foldTransliteration(u"محمد"), QStringLiteral("محمد"));   // Urdu untouched
}

TEST(NameAliases, MuhammadHasManySpellings)
{
    const char16_t* spellings[] = {u"muhammad", u"mohammad", u"mohammed", u"muhammed", u"mohamad", u"mohamed",
                                   u"muhamad", u"muhamed", u"mohammod", u"mohummad", u"muhammd", u"mohd", u"muhd",
                                   u"md", u"m", u"mohmmad", u"mhd", u"muhammadd", u"muhhammad"};
    EXPECT_GE(std::size(spellings), 15u);
    for (const auto* sp : spellings) EXPECT_EQ(nameTokenKey(sp), QStringLiteral("muhammad")) << s(sp);
    for (const char16_t* n : {u"Mohd. Imran", u"M. Imran", u"Md Imran", u"MUHAMMED IMRAN", u"Muhammad-Imran"})
        EXPECT_EQ(keys(n), QStringLiteral("muhammad imran")) << s(n);
}

TEST(NameAliases, VariantsMapToTheirCanonicalName)
{
    struct Group {
        const char16_t* canonical;
        const char16_t* variants;   // space-separated
    };
    const Group groups[] = {
        {u"rehman", u"rahman rehmaan rahmaan Rehman"},
        {u"hussain", u"husain hussein husein hossain husayn hussian"},
        {u"ayesha", u"aisha aysha ayisha aishah Ayesha"},
        {u"fatima", u"fatimah fatema fatma"},
        {u"zainab", u"zaynab zenab zeinab"},
        {u"mahmood", u"mehmood mahmud mehmud mahmoud"},
        {u"hasan", u"hassan"},
        {u"ahmad", u"ahmed"},
        {u"yusuf", u"yousaf yousuf yusaf yousef"},
        {u"usman", u"osman uthman"},
        {u"umar", u"omar umer"},
        {u"chaudhry", u"ch chaudhary choudhry chowdhury"},
        {u"abdullah", u"abdulla abdallah"},
        {u"din", u"deen"},
        {u"haq", u"haque huq"},
        {u"محمد", u"مُحَمَّد محمّد"},
        {u"رحمن", u"رحمان رحمٰن"},
        {u"عایشہ", u"عائشہ عائشة"},
    };
    for (const Group& g : groups) {
        const QString c = QString::fromUtf16(g.canonical);
        EXPECT_EQ(keys(c), c);
        EXPECT_TRUE(isKnownNameKey(c)) << s(c);
        const QStringList variants = QString::fromUtf16(g.variants).split(u' ');
        ASSERT_FALSE(variants.isEmpty());
        for (const QString& v : variants) EXPECT_EQ(keys(v), c) << s(v);
    }
}

TEST(NameAliases, DistinctNamesStayDistinct)
{
    EXPECT_NE(nameTokenKey(u"muhammad"), nameTokenKey(u"mahmood"));
    EXPECT_NE(nameTokenKey(u"mohammad"), nameTokenKey(u"mehmood"));
    EXPECT_NE(keys(u"محمد"), keys(u"محمود"));
    EXPECT_NE(nameTokenKey(u"hasan"), nameTokenKey(u"hussain"));
    EXPECT_NE(nameTokenKey(u"amna"), nameTokenKey(u"amina"));
    EXPECT_NE(nameTokenKey(u"hasan"), nameTokenKey(u"hasnain"));
    EXPECT_NE(nameTokenKey(u"imran"), nameTokenKey(u"irfan"));
    EXPECT_NE(nameTokenKey(u"zahid"), nameTokenKey(u"zahida"));
    EXPECT_FALSE(isKnownNameKey(u"gulzar"));
    EXPECT_EQ(nameAlias(u"gulzar"), QString());
    EXPECT_EQ(nameTokenKey(u"gulzaar"), QStringLiteral("gulzar"));   // unknown: folded only
}

// The table is consistent: every canonical key maps to itself, and no two canonical keys fold
// to the same text (which would make one of them unreachable).
TEST(NameAliases, TableIsConsistent)
{
    const QStringList known = knownNameKeys();
    EXPECT_GE(known.size(), 100);
    QHash<QString, QString> folded;
    for (const QString& k : known) {
        EXPECT_EQ(nameTokenKey(k), k) << s(k);
        EXPECT_TRUE(isKnownNameKey(k));
        const QString f = foldTransliteration(k);
        EXPECT_FALSE(folded.contains(f)) << s(k) << " and " << s(folded.value(f)) << " both fold to " << s(f);
        folded.insert(f, k);
    }
}

// ---- Honorifics and family names -------------------------------------------------------------

TEST(NameNormalizer, DropsPureHonorifics)
{
    const std::pair<const char16_t*, const char16_t*> cases[] = {
        {u"Syed Ali Raza", u"ali raza"},
        {u"Sayed Ali Raza", u"ali raza"},
        {u"Syeda Fatima", u"fatima"},
        {u"Mst. Ayesha Bibi", u"ayesha"},
        {u"Mst Ayesha", u"ayesha"},
        {u"Mussammat Ayesha", u"ayesha"},
        {u"Musammat Ayesha", u"ayesha"},
        {u"Hafiz Muhammad Imran", u"muhammad imran"},
        {u"Dr. Imran", u"imran"},
        {u"Mr. Imran", u"imran"},
        {u"Mrs. Nasreen Begum", u"nasreen"},
        {u"Haji Abdul Ghafoor", u"abdul ghafoor"},
        {u"Maulana Tariq", u"tariq"},
        {u"Zahida Khatoon", u"zahida"},
    };
    for (const auto& [in, want] : cases) EXPECT_EQ(tokens(in), QString::fromUtf16(want)) << s(in);
}

TEST(NameNormalizer, KeepsFamilyNamesThatAlsoServeAsTitles)
{
    EXPECT_EQ(tokens(u"Malik Riaz"), QStringLiteral("malik riaz"));
    EXPECT_EQ(tokens(u"Rana Sanaullah"), QStringLiteral("rana sana ullah"));
    EXPECT_EQ(tokens(u"Imran Khan"), QStringLiteral("imran khan"));
    EXPECT_EQ(tokens(u"Mian Nawaz Sharif"), QStringLiteral("mian nawaz sharif"));
    EXPECT_EQ(keys(u"Ch. Aslam"), QStringLiteral("chaudhry aslam"));
    EXPECT_EQ(keys(u"Chaudhary Aslam"), QStringLiteral("chaudhry aslam"));
    EXPECT_EQ(tokens(u"Sheikh Rashid"), QStringLiteral("sheikh rashid"));
}

TEST(NameNormalizer, AHonorificAloneIsKeptAsTheName)
{
    EXPECT_EQ(tokens(u"Bibi"), QStringLiteral("bibi"));
    EXPECT_EQ(tokens(u"Mst. Bibi"), QStringLiteral("mst bibi"));
}

TEST(NameNormalizer, PunctuationAndSpacing)
{
    EXPECT_EQ(tokens(u"  imran   KHAN "), QStringLiteral("imran khan"));
    EXPECT_EQ(tokens(u"Imran, Khan (Jr)"), QStringLiteral("imran khan jr"));
    EXPECT_EQ(tokens(u"Ma'ruf O’Neil"), QStringLiteral("maruf oneil"));
    EXPECT_EQ(tokens(u"Imran2 Khan"), QStringLiteral("imran khan"));
    EXPECT_TRUE(normalizeName(u"").isEmpty());
    EXPECT_TRUE(normalizeName(u" ., -/ ").isEmpty());
}

// ---- Relations --------------------------------------------------------------------------------

TEST(NameNormalizer, RelationMarkers)
{
    const std::pair<const char16_t*, Relation> cases[] = {
        {u"Imran Khan S/O Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan s/o Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan S.O Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan S.O. Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan s\\o Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan S / O Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan son of Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan bin Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan ibn Muhammad Aslam", Relation::SonOf},
        {u"Imran Khan D/O Muhammad Aslam", Relation::DaughterOf},
        {u"Imran Khan d.o Muhammad Aslam", Relation::DaughterOf},
        {u"Imran Khan daughter of Muhammad Aslam", Relation::DaughterOf},
        {u"Imran Khan bint Muhammad Aslam", Relation::DaughterOf},
        {u"Imran Khan binte Muhammad Aslam", Relation::DaughterOf},
        {u"Imran Khan W/O Muhammad Aslam", Relation::WifeOf},
        {u"Imran Khan wife of Muhammad Aslam", Relation::WifeOf},
        {u"Imran Khan C/O Muhammad Aslam", Relation::ChildOf},
    };
    for (const auto& [in, rel] : cases) {
        const NameKey k = normalizeName(in);
        EXPECT_EQ(k.relation, rel) << s(in);
        EXPECT_EQ(k.tokens.join(u' '), QStringLiteral("imran khan")) << s(in);
        EXPECT_EQ(k.guardianKeys.join(u' '), QStringLiteral("muhammad aslam")) << s(in);
    }
}

TEST(NameNormalizer, RelationEdgeCases)
{
    EXPECT_EQ(normalizeName(u"Imran Khan").relation, Relation::None);
    EXPECT_TRUE(normalizeName(u"Imran Khan").guardianTokens.isEmpty());
    // "Bin" at the start is part of the name, not a relation.
    const NameKey binyamin = normalizeName(u"Bin Yamin");
    EXPECT_EQ(binyamin.relation, Relation::None);
    EXPECT_EQ(binyamin.tokens.join(u' '), QStringLiteral("bin yamin"));
    // Only the first marker counts; the guardian ends at a second one.
    const NameKey chain = normalizeName(u"Ali s/o Ahmed s/o Karim");
    EXPECT_EQ(chain.tokens.join(u' '), QStringLiteral("ali"));
    EXPECT_EQ(chain.guardianKeys.join(u' '), QStringLiteral("ahmad"));
    // A marker without an own name (a newborn recorded by the father's name).
    const NameKey baby = normalizeName(u"D/O Muhammad Aslam");
    EXPECT_EQ(baby.relation, Relation::DaughterOf);
    EXPECT_TRUE(baby.isEmpty());
    EXPECT_EQ(baby.guardianKeys.join(u' '), QStringLiteral("muhammad aslam"));
    // An initial S is not a relation unless followed by /O.
    EXPECT_EQ(tokens(u"S. Ali"), QStringLiteral("s ali"));
    // Honorifics are dropped on the guardian's side too.
    EXPECT_EQ(normalizeName(u"Ayesha W/O Syed Ali Raza").guardianTokens.join(u' '), QStringLiteral("ali raza"));
}

TEST(NameNormalizer, UrduRelationMarkers)
{
    const NameKey son = normalizeName(u"عمران ولد محمد اسلم");
    EXPECT_EQ(son.relation, Relation::SonOf);
    EXPECT_EQ(son.tokens.join(u' '), QStringLiteral("عمران"));
    EXPECT_EQ(son.guardianTokens.join(u' '), QStringLiteral("محمد اسلم"));
    EXPECT_EQ(normalizeName(u"عایشہ بنت محمد").relation, Relation::DaughterOf);
    EXPECT_EQ(normalizeName(u"عایشہ دختر محمد").relation, Relation::DaughterOf);
    EXPECT_EQ(normalizeName(u"عایشہ زوجہ محمد").relation, Relation::WifeOf);
    EXPECT_EQ(normalizeName(u"عایشہ زوجة محمد").relation, Relation::WifeOf);
}

// ---- Joins ------------------------------------------------------------------------------------

TEST(NameNormalizer, AbdulJoins)
{
    for (const char16_t* n : {u"Abdul Rehman", u"Abdur Rehman", u"Abdul-Rehman", u"Abd-ur-Rehman", u"Abd ul Rehman",
                              u"Abdurrehman", u"Abdulrehman", u"Abdurehman", u"Abdur Rahman", u"Abdurrahman",
                              u"ABDUL RAHMAN", u"Abdel Rahman"}) {
        EXPECT_EQ(keys(n), QStringLiteral("abdul rehman")) << s(n);
    }
    EXPECT_EQ(tokens(u"Abdussattar"), QStringLiteral("abdul sattar"));
    EXPECT_EQ(tokens(u"Abdus Sattar"), QStringLiteral("abdul sattar"));
    EXPECT_EQ(tokens(u"Abdulaziz"), QStringLiteral("abdul aziz"));
    EXPECT_EQ(tokens(u"Abdullatif"), QStringLiteral("abdul latif"));
    EXPECT_EQ(tokens(u"Abdushshakoor"), QStringLiteral("abdul shakoor"));
    EXPECT_EQ(tokens(u"Abdulghafoor"), QStringLiteral("abdul ghafoor"));
    // Abdullah is one name; Abdali is not a join.
    EXPECT_EQ(keys(u"Abdullah"), QStringLiteral("abdullah"));
    EXPECT_EQ(keys(u"Abdulla"), QStringLiteral("abdullah"));
    EXPECT_EQ(tokens(u"Abdali"), QStringLiteral("abdali"));
}

TEST(NameNormalizer, UlUdJoins)
{
    for (const char16_t* n : {u"Zia-ul-Haq", u"Zia ul Haq", u"Ziaulhaq", u"Ziaul Haq", u"Zia Ulhaq", u"Zia-ul-Haque",
                              u"ZIA UL HAQ"})
        EXPECT_EQ(keys(n), QStringLiteral("zia haq")) << s(n);
    for (const char16_t* n : {u"Naseer-ud-Din", u"Nasiruddin", u"Naseer Uddin", u"Nasir ud Din", u"Naseeruddeen",
                              u"Nasirudin", u"Naseer-ud-Deen"})
        EXPECT_EQ(keys(n), QStringLiteral("nasir din")) << s(n);
    for (const char16_t* n : {u"Ata-ur-Rehman", u"Ataur Rehman", u"Ataurrehman", u"Ata ur Rahman"})
        EXPECT_EQ(keys(n), QStringLiteral("ata rehman")) << s(n);
    for (const char16_t* n : {u"Qamar-uz-Zaman", u"Qamaruzzaman", u"Qamar uz Zaman"})
        EXPECT_EQ(keys(n), QStringLiteral("kamar zaman")) << s(n);
    for (const char16_t* n : {u"Mehr-un-Nisa", u"Mehrunnisa", u"Mehr un Nissa"})
        EXPECT_EQ(keys(n), QStringLiteral("mehr nisa")) << s(n);
    for (const char16_t* n : {u"Rahmatullah", u"Rahmat Ullah", u"Rahmat-ullah", u"Rahmatulla"})
        EXPECT_EQ(keys(n), QStringLiteral("rahmat ullah")) << s(n);
    for (const char16_t* n : {u"Noor-e-Jahan", u"Noor e Jahan"})
        EXPECT_EQ(keys(n), QStringLiteral("noor jahan")) << s(n);
    // Ordinary names that merely contain the letters are not split.
    EXPECT_EQ(tokens(u"Rasul Bakhsh"), QStringLiteral("rasul bakhsh"));
    EXPECT_EQ(tokens(u"Anisa"), QStringLiteral("anisa"));
    EXPECT_EQ(tokens(u"Mansoor Rehman"), QStringLiteral("mansoor rehman"));
    EXPECT_EQ(tokens(u"Shamsul Arifeen"), QStringLiteral("shamsul arifeen"));
}

TEST(NameNormalizer, UrduJoins)
{
    EXPECT_EQ(tokens(u"عبدالرحمن"), QStringLiteral("عبد رحمن"));
    EXPECT_EQ(tokens(u"عبد الرحمن"), QStringLiteral("عبد رحمن"));
    EXPECT_EQ(keys(u"عبدالرحمان"), QStringLiteral("عبد رحمن"));
    EXPECT_EQ(tokens(u"عبداللہ"), QStringLiteral("عبداللہ"));
    EXPECT_EQ(tokens(u"ضیاءالحق"), QStringLiteral("ضیا حق"));
    EXPECT_EQ(tokens(u"ضیاء الحق"), QStringLiteral("ضیا حق"));
    EXPECT_EQ(tokens(u"نصیرالدین"), QStringLiteral("نصیر دین"));
    EXPECT_EQ(tokens(u"نصیر الدین"), QStringLiteral("نصیر دین"));
    EXPECT_EQ(tokens(u"رحمت اللہ"), QStringLiteral("رحمت اللہ"));
    EXPECT_EQ(tokens(u"رحمت‌اللہ"), QStringLiteral("رحمت اللہ"));   // joined with ZWNJ
}

TEST(NameNormalizer, UrduHonorificsAndAliases)
{
    EXPECT_EQ(tokens(u"سید علی رضا"), QStringLiteral("علی رضا"));
    EXPECT_EQ(tokens(u"مسمات عائشہ بی بی"), QStringLiteral("عایشہ"));
    EXPECT_EQ(keys(u"مُحَمَّد عمران"), QStringLiteral("محمد عمران"));
    EXPECT_EQ(keys(u"محمود عمران"), QStringLiteral("محمود عمران"));
}

TEST(NameNormalizer, KeysParallelTokens)
{
    for (const char16_t* n : {u"Syed Muhammad Abdurrehman Ziaulhaq S/O Ch. Aslam", u"مسمات عائشہ بنت محمد", u""}) {
        const NameKey k = normalizeName(n);
        EXPECT_EQ(k.tokens.size(), k.keys.size()) << s(n);
        EXPECT_EQ(k.guardianTokens.size(), k.guardianKeys.size()) << s(n);
    }
}

// ---- Search tokens ----------------------------------------------------------------------------

TEST(NameSearch, IndexHoldsWordsAndKeys)
{
    EXPECT_EQ(searchTokens(u"Mohammad Imran"),
              (QStringList{QStringLiteral("mohammad"), QStringLiteral("imran"), QStringLiteral("muhammad")}));
    EXPECT_EQ(searchTokens(u"Syed Abdurrehman S/O Aslam"),
              (QStringList{QStringLiteral("abdul"), QStringLiteral("rehman")}));
    EXPECT_EQ(searchTokens(u"Naseer"), (QStringList{QStringLiteral("naseer"), QStringLiteral("nasir")}));
    EXPECT_TRUE(searchTokens(u"").isEmpty());
    const QStringList urdu = searchTokens(u"مُحَمَّد عمران");
    EXPECT_EQ(urdu, (QStringList{QStringLiteral("محمد"), QStringLiteral("عمران")}));
}

TEST(NameSearch, QueryTermsOfferTheWordAndItsKey)
{
    const auto q = searchQueryTerms(u"Mohd Ali");
    ASSERT_EQ(q.size(), 2);
    EXPECT_EQ(q[0], (QStringList{QStringLiteral("mohd"), QStringLiteral("muhammad")}));
    EXPECT_EQ(q[1], (QStringList{QStringLiteral("ali")}));
    // A prefix of a typed spelling is kept as typed, so it still finds "mohammad" in the index.
    EXPECT_EQ(searchQueryTerms(u"moha"), (QList<QStringList>{{QStringLiteral("moha")}}));
    EXPECT_TRUE(searchQueryTerms(u"Syed").size() == 1);   // honorific alone: kept
    EXPECT_EQ(searchQueryTerms(u"Syed Ali"), (QList<QStringList>{{QStringLiteral("ali")}}));
}

// Any spelling typed at the desk finds any spelling in the index (whole words).
TEST(NameSearch, AnySpellingFindsAnyOther)
{
    const char16_t* spellings[] = {u"Mohammad Imran", u"Muhammad Imran", u"Mohd. Imraan", u"M. Imran"};
    for (const auto* stored : spellings) {
        const QStringList index = searchTokens(stored);
        for (const auto* typed : spellings) {
            for (const QStringList& alternatives : searchQueryTerms(typed)) {
                bool hit = false;
                for (const QString& term : alternatives)
                    for (const QString& t : index) hit = hit || t.startsWith(term);
                EXPECT_TRUE(hit) << s(typed) << " in " << s(stored);
            }
        }
    }
}
