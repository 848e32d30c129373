#pragma once
// Makes the text of a PDF written by QPdfWriter readable by text extractors when its glyphs
// cannot be mapped back to characters (Nastaliq's joined letters: Qt 6.4 builds the ToUnicode
// map from the font's cmap only, and writes no ActualText). Each text run (one BT … ET block
// of a page's content, as QPdfEngine writes one per text item) whose text is given is wrapped in
//   /Span << /ActualText <FEFF…> >> BDC … EMC
// and the file's cross-reference table is rebuilt. Services-internal; QtCore only.
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace bhu::services {

// runsPerPage[p][k]: the text of the k-th text run on page p (an empty string leaves that run
// as it is). Returns nullopt when the file does not have the expected shape (page count or run
// count differs): the caller keeps the original.
std::optional<QByteArray> addActualText(const QByteArray& pdf, const QList<QStringList>& runsPerPage);

} // namespace bhu::services
