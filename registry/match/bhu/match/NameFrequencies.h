#pragma once
// Value-specific name weights (Fellegi–Sunter with term-frequency adjustment): an agreement on a
// rare given name is worth more than one on Ali or Ayesha. Counts how many records carry each
// informative name word (the words the blocking keys carry: blockingWords(), counted once per
// record with a union council or village — exactly the records with `nu:`/`nv:` keys, so the
// registry can count them from match_keys). From the counts: f(word) = count / records, and
// u = Σ f² (the chance that two records picked at random share a word); rarityBits(word) =
// log2(u / f(word)) clamped to ± MatchWeights::rarityCapBits — 0 on average, so the
// thresholds keep their meaning. No I/O: the batch counts its input, the registry loads the
// counts of table name_frequency (migration 12).
#include "bhu/match/MatchRecord.h"
#include "bhu/match/MatchWeights.h"

#include <QHash>
#include <QString>
#include <vector>

namespace bhu::match {

class NameFrequencies {
public:
    // Frequencies are kept per sex (a name is common among women or among men: sex agreement is
    // weighed on its own) and over everyone (records of unknown sex). Guardians are men.
    enum Table { All = 0, Male = 1, Female = 2 };
    static Table tableOf(Sex sex) { return sex == Sex::Male ? Male : (sex == Sex::Female ? Female : All); }

    // The words of r that are counted (empty when r has no union council and no village).
    static QStringList countedWords(const MatchRecord& r);

    void addRecord(const MatchRecord& r);
    static NameFrequencies fromRecords(const std::vector<MatchRecord>& records);

    // Counts loaded from elsewhere (the registry): per table the records counted and Σ count²
    // over every word, then the counts of the words needed.
    void setTotals(Table t, qint64 records, double sumOfSquares);
    void setCount(Table t, const QString& word, qint64 count) { m_t[t].counts.insert(word, count); }

    bool isEmpty() const { return m_t[All].records == 0; }
    qint64 records(Table t) const { return m_t[t].records; }
    qint64 count(Table t, const QString& word) const { return m_t[t].counts.value(word); }
    double sumOfSquares(Table t) const { return m_t[t].sumOfSquares; }
    // log2(u / f) clamped; 0 when the table is empty; an uncounted word counts as seen once.
    double rarityBits(Table t, const QString& word, const MatchWeights& w = defaultWeights()) const;
    // Rates the informative words of the name (the record's sex) and of the guardian (men).
    void apply(MatchRecord& r, const MatchWeights& w = defaultWeights()) const;

private:
    struct Counts {
        QHash<QString, qint64> counts;
        qint64 records = 0;
        double sumOfSquares = 0;   // Σ count², kept up to date by addRecord
    };
    Counts m_t[3];
};

} // namespace bhu::match
