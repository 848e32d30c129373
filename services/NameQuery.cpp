#include "NameQuery.h"

#include "bhu/domain/NameMatch.h"
#include "bhu/domain/NameScript.h"
#include "bhu/domain/NameSkeleton.h"

namespace bhu::services::detail {

namespace {
QString quoted(const QString& token, bool prefix)
{
    QString t = token;
    t.remove(u'"');
    return u'"' + t + u'"' + (prefix ? QStringLiteral(" *") : QString());
}

// One typed word: its spelling or its key, as a prefix in `column`; for Latin words of three
// or more letters also its consonant skeleton (spelling mistakes in vowels, doubled letters).
QString wordClause(const QString& column, const QString& token, const QString& key, bool prefix, bool withSkeleton)
{
    QStringList alts{column + QStringLiteral(" : ") + quoted(token, prefix)};
    if (!key.isEmpty() && key != token) alts << column + QStringLiteral(" : ") + quoted(key, prefix);
    if (withSkeleton && token.size() >= 3) {
        const QString sk = nameSkeleton(key.isEmpty() ? token : key);
        if (sk.size() >= 2) alts << QStringLiteral("skel : ") + quoted(sk, prefix);
    }
    return alts.size() == 1 ? alts.first() : u'(' + alts.join(QStringLiteral(" OR ")) + u')';
}
} // namespace

NameQuery parseNameQuery(QStringView text, bool prefix)
{
    NameQuery q;
    q.key = normalizeName(text);
    q.prefix = prefix;
    return q;
}

QString NameQuery::ftsExpression() const
{
    QStringList clauses;
    for (qsizetype i = 0; i < key.tokens.size(); ++i)
        clauses << wordClause(QStringLiteral("name"), key.tokens.at(i), key.keys.value(i), prefix, true);
    for (qsizetype i = 0; i < key.guardianTokens.size(); ++i)
        clauses << wordClause(QStringLiteral("guardian"), key.guardianTokens.at(i), key.guardianKeys.value(i), prefix, false);
    return clauses.join(QStringLiteral(" AND "));
}

double NameQuery::score(const SearchHit& h) const
{
    NameKey own = key;
    own.guardianTokens.clear();
    own.guardianKeys.clear();
    own.relation = Relation::None;
    const bool urdu = !own.tokens.isEmpty() && isArabicScript(own.tokens.first());
    const QString candidate = urdu && !h.nameUrdu.isEmpty() ? h.nameUrdu : h.name;
    double s = nameSimilarity(own, normalizeName(candidate));
    if (!key.guardianTokens.isEmpty()) {
        NameKey g;
        g.tokens = key.guardianTokens;
        g.keys = key.guardianKeys;
        s = 0.7 * s + 0.3 * nameSimilarity(g, normalizeName(h.guardianName));
        if (key.relation != Relation::None && key.relation != h.relation) s -= 0.05;
    }
    // Every candidate matched all typed words (the index guarantees it): keep it above noise.
    return 0.4 + 0.6 * std::clamp(s, 0.0, 1.0);
}

} // namespace bhu::services::detail
