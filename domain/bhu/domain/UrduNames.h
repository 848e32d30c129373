#pragma once
// A patient's name in Urdu script suggested from its Latin spelling, for common names only
// (reference/urdu_names.csv: given and family names, "Abdul Ghafoor"-style compounds). The
// front desk sees it as an editable suggestion; cards and slips print the Urdu name when the
// patient has one. Nothing is guessed letter by letter: a name with any word not in the list
// gets no suggestion.
#include "bhu/domain/Result.h"

#include <QHash>
#include <QString>

namespace bhu {

class UrduNames {
public:
    // From CSV bytes with the header `latin,urdu` (Invalid on a broken file or empty field).
    static Result<UrduNames> parse(const QByteArray& csv);
    static const UrduNames& builtIn();   // :/bhu/reference/urdu_names.csv

    // "Muhammad Rafiq Qureshi" → "محمد رفیق قریشی"; empty when a word is not known. Case,
    // extra spaces and dots ("Muhammad  rafiq.") do not matter; the longest compound wins.
    QString suggest(const QString& latin) const;
    // The other way, one word: an Urdu-script word (folded as names are: foldNameText) → its
    // Latin spelling from the list ("عائشہ" → "ayesha"), or empty when not listed. For the
    // matcher, so that "عائشہ" and "Aisha" can be compared.
    QString latinWord(const QString& foldedUrduWord) const { return m_latinWords.value(foldedUrduWord); }
    qsizetype size() const { return m_names.size(); }

private:
    QHash<QString, QString> m_names;   // normalised Latin (lower case, single spaces) → Urdu
    int m_longest = 1;                 // most words in one entry
    QHash<QString, QString> m_latinWords;   // folded Urdu word → Latin word (entries with as many words on both sides)
};

} // namespace bhu
