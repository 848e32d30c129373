#pragma once
// Normalising a typed name into comparable words ("tokens") and matching keys.
//
// Steps (Latin and Urdu script alike):
//  1. foldNameText(): case-fold, drop accents/harakat, unify Arabic-script letter variants.
//  2. Split into words; apostrophes join (Ma'ruf → maruf), other punctuation separates.
//  3. Relation markers split the text into the person's own name and the guardian's:
//     S/O, S.O, S\O, "son of", bin, ibn, ولد → SonOf; D/O, "daughter of", bint, binte, بنت,
//     دختر → DaughterOf; W/O, "wife of", زوجہ → WifeOf; C/O, "child of" → ChildOf.
//     bin/bint count only after at least one word of the person's own name.
//  4. Pure honorifics are dropped: Syed/Sayed/Syeda, Mst./Mussammat/Musammat, Bibi, Begum,
//     Khatoon, Hafiz/Hafiza, Haji/Alhaj, Dr., Mr., Mrs., Ms., Miss, Master, Janab, Mohtarma,
//     Sahib, Prof., Engr., Maulana, Maulvi, Qari, Mufti (and their Urdu forms). If a name is
//     nothing but honorifics (a woman recorded as "Bibi"), they are kept.
//     Decision: Malik, Chaudhry (and "Ch."), Rana, Khan, Mian, Sheikh, Shah, Raja, Sardar and
//     Pir are family, caste or given names as often as titles: they are kept. "Ch." becomes
//     the key "chaudhry".
//  5. Joins: Abdul/Abdur/Abdus/Abd-ul-X/Abdurrehman/Abdulrehman → "abdul" + "rehman";
//     Zia-ul-Haq / Zia ul Haq / Ziaul Haq / Ziaulhaq → "zia" "haq"; Naseer-ud-Din / Nasiruddin /
//     Naseer Uddin → "naseer"/"nasir" "din"; Rahmatullah / Rahmat Ullah → "rahmat" "ullah";
//     Qamar-uz-Zaman, Mehr-un-Nisa, Ata-ur-Rehman and their Urdu forms (ضیاالحق, نصیرالدین,
//     عبدالرحمن) likewise. Connectors (ul, ud, ur, uz, un, us, al, e, ال) are dropped.
//     Limitation: a word ending in "ur"/"ul" followed by Rehman/Haq/… is read as a join
//     ("Fazlur Rehman" → fazl rehman), so a rare "Mansur Rehman" becomes "mans rehman".
//  6. Keys: nameTokenKey() of every word (alias table, else transliteration folding).
#include "bhu/domain/Patient.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace bhu {

struct NameKey {
    QStringList tokens;            // the person's own name, canonical words in typed order
    QStringList keys;              // nameTokenKey() of each token (same length and order)
    Relation relation = Relation::None;   // relation marker found in the text, if any
    QStringList guardianTokens;    // the words after the marker (up to a second marker)
    QStringList guardianKeys;
    bool isEmpty() const { return tokens.isEmpty(); }
};

NameKey normalizeName(QStringView name);

} // namespace bhu
