#pragma once
// One patient as the matcher sees it: every field normalised once (names into comparable
// tokens, identifiers into digits, phone into E.164, places case-folded), so that comparing two
// records is cheap. Built from a domain Patient (the registry) or from a CSV row (batch).
#include "bhu/domain/Patient.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bhu::match {

// One word of a name, prepared for comparison.
struct NameToken {
    QString key;        // nameTokenKey(): alias-table canonical name or transliteration-folded
    QString folded;     // foldTransliteration(key), what Jaro–Winkler compares
    QString skeleton;   // nameSkeleton(key); empty for Arabic script
    bool known = false;    // key is in the alias table (two different known names differ)
    bool common = false;   // carries little information: isCommonNameKey, or a family word (markFamilyWords)
    bool family = false;   // a family, caste or tribe name (Khan, Malik, …, or a word shared with the guardian)
    bool arabic = false;   // typed in Urdu/Arabic script
    // Value-specific weight (NameFrequencies::apply): bits added to an agreement on this word,
    // log2(average u / this word's frequency) — Muhammad-like names less, rare names more.
    bool rated = false;
    float rarity = 0;
};

struct MatchRecord {
    QString id;                    // record id (CSV) or patient id (registry)
    QList<NameToken> name;         // the person's own name
    Relation relation = Relation::None;
    QList<NameToken> guardian;     // father's or husband's name
    Sex sex = Sex::Unknown;
    QDate birthDate;               // a full date, or invalid
    int birthYear = 0;             // 0 = unknown
    bool birthEstimated = false;   // the year (or date) is an estimate from a stated age
    QString cnic;                  // 13 digits, or empty
    QString bform;                 // 13 digits, or empty
    QString guardianCnic;          // 13 digits, or empty
    QString phone;                 // E.164, or empty
    QString district, unionCouncil, village;   // placeKey(): folded, or empty

    bool nameIsArabic() const;     // every word of the own name is Arabic script
};

// Words that carry little information on their own: Muhammad (and every spelling, via its
// key), Ghulam, Abdul, Allah/Ullah, Din, Noor, Bibi, Begum, Mai, Bano, Khan, Malik, Shah,
// Chaudhry, Sheikh, Syed's family forms, … Brothers share them; they never decide a match and
// never count as a conflict.
bool isCommonNameKey(const QString& key);
// The family, caste and tribe names among them (Khan, Malik, Shah, Chaudhry, Rana, …): two
// different ones are weak evidence of two families.
bool isFamilyNameKey(const QString& key);

// Name text → tokens (honorifics dropped, joins split, aliases applied). If the text carries a
// relation marker ("Ayesha D/O Ghulam Rasool"), the words after it are returned in *guardian
// and the marker in *relation (when those are non-null).
QList<NameToken> nameTokens(const QString& text, Relation* relation = nullptr, QList<NameToken>* guardian = nullptr);

// Place names compared case- and punctuation-free: "UC-12 Khurrianwala" = "uc 12 khurrianwala".
QString placeKey(const QString& text);

// 13 digits of a CNIC / B-form, or empty when the input is not 13 digits.
QString identifierDigits(const QString& text);

// A word of the person's name that is also in the guardian's name (Imran Awan S/O Ali Awan) is
// the family's, not the person's: it is marked common and family, so brothers do not "agree" on it.
// Call after filling name and guardian (recordFromPatient and readMatchCsv do).
void markFamilyWords(MatchRecord& r);

// From the registry's (or the clinic's) Patient. The name's own relation marker is used when
// relation/guardianName are empty.
MatchRecord recordFromPatient(const Patient& p);

} // namespace bhu::match
