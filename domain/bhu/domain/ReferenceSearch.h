#pragma once
// The ranking behind ReferenceData's searches (see ReferenceData.h), usable for any list of
// "code + names" entries.
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bhu {

// What one entry is matched on, folded once when the list is loaded.
struct ReferenceKey {
    QString code;             // folded, without dots and spaces
    QStringList names;        // folded whole names
    QStringList words;        // folded words of every name
};

ReferenceKey makeReferenceKey(QStringView code, const QStringList& names);

// A query, folded once per search.
struct ReferenceQuery {
    QString text;             // folded
    QString code;             // folded, without dots and spaces
    QStringList words;
    bool isEmpty() const { return text.isEmpty(); }
};

ReferenceQuery makeReferenceQuery(QStringView text);

// 0 code prefix, 1 name prefix, 2 every word a word prefix, -1 no match (an empty query gives 1).
int referenceRank(const ReferenceQuery& q, const ReferenceKey& k);

// Indexes of the matching keys, best rank first, stable within a rank, at most `limit` (< 0: all).
QList<int> rankedReferenceMatches(const ReferenceQuery& q, const QList<ReferenceKey>& keys, int limit);

} // namespace bhu
