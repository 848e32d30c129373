#pragma once
// Script-level clean-up of a name before it is split into words: the same name typed on
// different keyboards (Latin with accents, Arabic or Urdu letters) becomes the same text.
#include <QString>
#include <QStringView>

namespace bhu {

// Case-folds, decomposes (NFKD) and drops combining marks (Latin accents, Arabic harakat,
// superscript alef), and unifies Arabic-script letter variants used for Urdu:
//   ي ى ئ → ی    ك → ک    ه ھ ة ۃ ە → ہ    ٱ أ إ آ → ا    ؤ → و
// It removes tatweel (ـ), the hamza ء and zero-width (non-)joiners. Note that ھ (do-chashmi he)
// is folded into ہ too: the difference never separates two names, but typists mix them up.
// Everything else, including punctuation, is kept for the tokeniser.
QString foldNameText(QStringView text);

// True if the token has at least one Arabic-script letter.
bool isArabicScript(QStringView token);

} // namespace bhu
