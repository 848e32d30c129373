#include "bhu/match/NameFrequencies.h"

#include "bhu/match/BlockingKeys.h"

#include <algorithm>
#include <cmath>

namespace bhu::match {

QStringList NameFrequencies::countedWords(const MatchRecord& r)
{
    if (r.unionCouncil.isEmpty() && r.village.isEmpty()) return {};
    return blockingWords(r.name);
}

void NameFrequencies::addRecord(const MatchRecord& r)
{
    const QStringList words = countedWords(r);
    if (words.isEmpty()) return;
    const Table own = tableOf(r.sex);
    for (Table t : {All, own}) {
        Counts& c = m_t[t];
        ++c.records;
        for (const QString& w : words) {
            qint64& n = c.counts[w];
            c.sumOfSquares += static_cast<double>(2 * n + 1);   // (n + 1)² − n²
            ++n;
        }
        if (own == All) break;   // unknown sex: counted once, over everyone
    }
}

NameFrequencies NameFrequencies::fromRecords(const std::vector<MatchRecord>& records)
{
    NameFrequencies f;
    for (const MatchRecord& r : records) f.addRecord(r);
    return f;
}

void NameFrequencies::setTotals(Table t, qint64 records, double sumOfSquares)
{
    m_t[t].records = records;
    m_t[t].sumOfSquares = sumOfSquares;
}

double NameFrequencies::rarityBits(Table t, const QString& word, const MatchWeights& w) const
{
    const Counts& c = m_t[t];
    if (c.records <= 0 || c.sumOfSquares <= 0) return 0.0;
    const double count = static_cast<double>(std::max<qint64>(1, c.counts.value(word)));
    // u = Σ (n/R)², f = n/R  →  log2(u / f) = log2(Σn² / (n·R)).
    const double bits = std::log2(c.sumOfSquares / (count * static_cast<double>(c.records)));
    return std::clamp(bits, -w.rarityCapBits, w.rarityCapBits);
}

void NameFrequencies::apply(MatchRecord& r, const MatchWeights& w) const
{
    if (isEmpty()) return;
    auto rate = [&](QList<NameToken>& name, Table t) {
        if (m_t[t].records == 0) t = All;
        for (NameToken& tok : name) {
            if (tok.common || tok.key.size() < 2) continue;
            tok.rated = true;
            tok.rarity = static_cast<float>(rarityBits(t, blockingWord(tok), w));
        }
    };
    rate(r.name, tableOf(r.sex));
    rate(r.guardian, Male);
}

} // namespace bhu::match
