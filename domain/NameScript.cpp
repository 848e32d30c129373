#include "bhu/domain/NameScript.h"

namespace bhu {

namespace {

bool isArabicBlock(char16_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// 0 = drop the character.
char16_t unify(char16_t c)
{
    switch (c) {
    case 0x064A: // ي Arabic yeh
    case 0x0649: // ى alef maksura
        return 0x06CC; // ی Farsi yeh
    case 0x0643: // ك Arabic kaf
        return 0x06A9; // ک keheh
    case 0x0647: // ه Arabic heh
    case 0x06BE: // ھ heh doachashmee
    case 0x0629: // ة teh marbuta
    case 0x06C3: // ۃ teh marbuta goal
    case 0x06D5: // ە ae
        return 0x06C1; // ہ heh goal
    case 0x0671: // ٱ alef wasla
    case 0x0672:
    case 0x0673:
        return 0x0627; // ا
    case 0x0640: // tatweel
    case 0x0621: // hamza
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0xFEFF: // byte-order mark
        return 0;
    default:
        return c;
    }
}

} // namespace

QString foldNameText(QStringView text)
{
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        const char16_t u = unify(ch.unicode());
        if (u != 0) out.append(QChar(u));
    }
    return out;
}

bool isArabicScript(QStringView token)
{
    for (const QChar c : token)
        if (isArabicBlock(c.unicode()) && c.isLetter()) return true;
    return false;
}

} // namespace bhu
