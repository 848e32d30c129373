#pragma once
// Name words for a full-text index (e.g. SQLite FTS5 with prefix queries).
//
// Index side: searchTokens(name) gives each canonical word as typed-and-cleaned (so that a
// prefix of what people type finds it: "moha" → "mohammad") plus its matching key (so that any
// spelling finds it: "muhammad"). Honorifics and connectors are not indexed; joins are split
// (Abdurrehman is indexed as abdul, rehman). Only the person's own name: index the guardian's
// name from its own field.
// Query side: searchQueryTerms(typed) gives, per typed word, the alternatives to OR together
// (the word and its key); AND the words and use prefix matching. Partial words that stop
// inside a join ("abdurr") are not split, so they may miss; whole words always work.
#include <QList>
#include <QStringList>
#include <QStringView>

namespace bhu {

QStringList searchTokens(QStringView name);
QList<QStringList> searchQueryTerms(QStringView typed);

} // namespace bhu
