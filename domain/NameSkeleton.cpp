#include "bhu/domain/NameSkeleton.h"

#include "bhu/domain/NameScript.h"

namespace bhu {

QString nameSkeleton(QStringView key)
{
    if (key.isEmpty() || isArabicScript(key)) return {};
    QString out;
    out.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i).toLower();
        if (!c.isLetter()) continue;
        const bool vowel = c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
        if (vowel && !out.isEmpty()) continue;
        if (!out.isEmpty() && out.back() == c) continue;   // doubled letters
        out.append(c);
    }
    return out;
}

} // namespace bhu
