#pragma once
// Transliteration variants of names → one canonical key per name.
//
// Two layers, applied to one word (a token from normalizeName(); lower case, no marks):
//  1. An alias table of known names and their spellings (Muhammad has 14+, Rehman/Rahman,
//     Hussain/Husain/Hussein, Ayesha/Aisha, Fatima/Fatimah, Zainab/Zaynab, …, and a few Urdu
//     spellings). Distinct names stay distinct on purpose: Muhammad ≠ Mahmood (محمد ≠ محمود),
//     Hasan ≠ Hussain, Amna ≠ Amina.
//  2. For words the table does not know, a generic transliteration folding
//     (foldTransliteration) so that unknown names still match approximately.
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bhu {

// Generic folding of Latin transliteration: ee/ii → i, oo/ou/uu → u, aa → a, q → k, v → w,
// doubled letters → one, a final h after a vowel dropped (Fatimah → fatima).
// Arabic-script words are returned unchanged (foldNameText() already unified them).
QString foldTransliteration(QStringView token);

// The canonical name of a known spelling (looked up as typed, then folded), or an empty string.
QString nameAlias(QStringView token);

// The matching key of one word: nameAlias(token) if known, else foldTransliteration(token).
QString nameTokenKey(QStringView token);

// True if `key` is the canonical key of a name in the alias table: two different known keys
// are two different names, however similar they look (محمد / محمود).
bool isKnownNameKey(QStringView key);

// Every canonical key in the table, sorted (for tests and for documentation screens).
QStringList knownNameKeys();

} // namespace bhu
