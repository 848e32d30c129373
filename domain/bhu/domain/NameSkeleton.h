#pragma once
// Consonant skeleton of a name key, for finding names typed with a vowel mistake or a doubled
// letter that neither the alias table nor transliteration folding knows: "imarn" and "imran"
// both give "imrn"; "shahid"/"shahed"/"shaahid" give "shhd". The first letter is kept even if
// a vowel. Arabic-script words have no skeleton (empty): they are matched by their keys.
#include <QString>
#include <QStringView>

namespace bhu {

QString nameSkeleton(QStringView key);

} // namespace bhu
