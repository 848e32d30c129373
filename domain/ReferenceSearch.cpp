#include "bhu/domain/ReferenceSearch.h"

#include "bhu/domain/NameScript.h"

#include <algorithm>

namespace bhu {

namespace {

QString fold(QStringView s)
{
    return foldNameText(s).simplified();
}

QString codeKey(const QString& folded)
{
    QString out;
    for (const QChar c : folded)
        if (c != u'.' && !c.isSpace()) out += c;
    return out;
}

QStringList wordsOf(const QString& folded)
{
    QStringList out;
    QString w;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            w += c;
        } else if (!w.isEmpty()) {
            out.append(w);
            w.clear();
        }
    }
    if (!w.isEmpty()) out.append(w);
    return out;
}

} // namespace

ReferenceKey makeReferenceKey(QStringView code, const QStringList& names)
{
    ReferenceKey k;
    k.code = codeKey(fold(code));
    for (const QString& n : names) {
        const QString f = fold(n);
        if (f.isEmpty()) continue;
        k.names.append(f);
        k.words.append(wordsOf(f));
    }
    return k;
}

ReferenceQuery makeReferenceQuery(QStringView text)
{
    ReferenceQuery q;
    q.text = fold(text);
    q.code = codeKey(q.text);
    q.words = wordsOf(q.text);
    return q;
}

int referenceRank(const ReferenceQuery& q, const ReferenceKey& k)
{
    if (q.isEmpty()) return 1;
    if (!q.code.isEmpty() && k.code.startsWith(q.code)) return 0;
    for (const QString& n : k.names)
        if (n.startsWith(q.text)) return 1;
    if (q.words.isEmpty()) return -1;
    for (const QString& qw : q.words) {
        const bool found = std::any_of(k.words.cbegin(), k.words.cend(), [&](const QString& w) { return w.startsWith(qw); });
        if (!found) return -1;
    }
    return 2;
}

QList<int> rankedReferenceMatches(const ReferenceQuery& q, const QList<ReferenceKey>& keys, int limit)
{
    QList<std::pair<int, int>> hits;   // rank, index
    for (int i = 0; i < keys.size(); ++i) {
        const int r = referenceRank(q, keys.at(i));
        if (r >= 0) hits.append({r, i});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<int> out;
    for (const auto& h : hits) {
        if (limit >= 0 && out.size() >= limit) break;
        out.append(h.second);
    }
    return out;
}

} // namespace bhu
