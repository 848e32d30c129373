#pragma once
// Blocking: only records that share a key are compared, so the cost grows with the size of the
// blocks, not with the registry. A pure function of one record; the registry stores the keys
// (table match_keys), the batch matcher indexes them in memory.
//
// Keys (text, prefix = kind):
//   id:<13 digits>              CNIC and B-form in one namespace (a B-form becomes the CNIC)
//   ph:<E.164>                  phone (households share it: blocks stay small anyway)
//   nb:<word>:<district>:<band> each informative name word × 5-year birth band (and the
//                               neighbouring band when the year is within 2 of its edge)
//   nu:<word>:<union council>   each informative name word × union council (estimated ages,
//                               no birth year); nv:<word>:<village> when the union council is missing
//   gu:<guardian word>:<union council>   the guardian's informative words × union council
//   gc:<13 digits>              the guardian's CNIC
//   bu:<yyyy-mm-dd>:<union council>   a full birth date (not an estimate) × union council: the
//                               same person whose name was mistyped beyond its skeleton
// <word> is the consonant skeleton of the word's key (vowel typos and transliteration agree),
// or the key itself for Urdu script. Common words (Muhammad, Khan, …) make no keys.
#include "bhu/match/MatchRecord.h"

#include <QStringList>

namespace bhu::match {

// Distinct keys, sorted.
QStringList blockingKeys(const MatchRecord& r);

// The word of a name as the keys carry it: its consonant skeleton, or the key itself for Urdu
// script. NameFrequencies counts the same words.
QString blockingWord(const NameToken& t);

// The informative words of a name that make keys (at most three, distinct, in order).
QStringList blockingWords(const QList<NameToken>& name);

// Bump when the keys change: stored keys of an older version must be rebuilt (docs/matching.md).
inline constexpr int kBlockingKeysVersion = 2;

} // namespace bhu::match
