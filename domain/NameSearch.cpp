#include "bhu/domain/NameSearch.h"

#include "bhu/domain/NameNormalizer.h"

namespace bhu {

QStringList searchTokens(QStringView name)
{
    const NameKey k = normalizeName(name);
    QStringList out;
    for (const QString& t : k.tokens)
        if (!out.contains(t)) out.append(t);
    for (const QString& key : k.keys)
        if (!out.contains(key)) out.append(key);
    return out;
}

QList<QStringList> searchQueryTerms(QStringView typed)
{
    const NameKey k = normalizeName(typed);
    QList<QStringList> out;
    for (qsizetype i = 0; i < k.tokens.size(); ++i) {
        QStringList alternatives{k.tokens.at(i)};
        if (k.keys.at(i) != k.tokens.at(i)) alternatives.append(k.keys.at(i));
        if (!out.contains(alternatives)) out.append(alternatives);
    }
    return out;
}

} // namespace bhu
