#include "bhu/domain/DigitText.h"

namespace bhu {

namespace {
bool isDashLike(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013'
        || c == u'\u2014' || c == u'\u2212';
}
} // namespace

QString stripToDigits(QStringView input, QStringView separators)
{
    const bool dashes = separators.contains(u'-');
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace()) continue;
        if (dashes && isDashLike(c.unicode())) continue;
        if (separators.contains(c)) continue;
        if (c.category() == QChar::Number_DecimalDigit) {
            out.append(QChar(u'0' + c.digitValue()));
            continue;
        }
        out.append(c);
    }
    return out;
}

QString toUrduDigits(QStringView s)
{
    QString out = s.toString();
    for (QChar& c : out)
        if (c >= u'0' && c <= u'9') c = QChar(char16_t(0x06F0 + (c.unicode() - u'0')));
    return out;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty()) return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9') return false;
    return true;
}

} // namespace bhu
